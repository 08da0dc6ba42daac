package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyCell;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;

/**
 * An activation record on the heap (CPython's _PyInterpreterFrame). A Python-to-Python call
 * links a new frame to its caller through {@link #back} and the dispatch loop continues with it:
 * no Java recursion per Python call.
 */
public final class Frame {
    public final CodeObject code;
    /** The function being run, or null for module and class bodies. */
    public final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** Name-keyed locals for module and class bodies (*_NAME instructions); null in functions. */
    public final PyDict locals;
    /**
     * Fast locals, indexed like code.varnames; null marks an unbound variable. The same array as
     * {@link #stack} (CPython's localsplus): the locals are its first {@link #stackBase} slots.
     */
    public final Object[] fast;
    /** Cells: code.cellvars then code.freevars. */
    public final PyCell[] cells;
    /**
     * The operand stack, from index {@link #stackBase} of the same array as {@link #fast} (one
     * allocation per frame); {@link #sp} is the index of its first free slot.
     */
    public final Object[] stack;
    /** Where the operand stack starts in {@link #stack}: the number of fast locals. */
    public final int stackBase;
    public int sp;
    /** Index of the next instruction to run. */
    public int pc;
    /** The caller, while this frame runs in the same dispatch loop; null for an entry frame. */
    public Frame back;
    /** True while a generator's frame is suspended at a yield or not yet started. */
    boolean suspended;
    /** True once the frame has returned or raised (a generator is exhausted). */
    boolean finished;
    /**
     * The instance being initialised when this frame runs {@code __init__} for a class call
     * pushed by CALL (type.__call__ done by the loop): its return value must be None and the
     * caller receives this instead. Null for every other frame.
     */
    Object initSelf;
    /** The thread state of the thread running a function's frame (set by the interpreter when it makes the frame), or null. */
    Interpreter.ThreadState ts;
    /**
     * Raised at f.pc when the frame resumes: set by generator.throw(), and for an exception raised
     * by compiled code the interpreter takes over from ({@link Interpreter#callCompiled}).
     */
    Throwable pendingThrow;

    Frame(CodeObject code, PyFunction function, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        int nlocals = code.varnames.length;
        Object[] localsplus = new Object[nlocals + code.stacksize + 1];
        this.fast = localsplus;
        this.stack = localsplus;
        this.stackBase = nlocals;
        this.sp = nlocals;
        int ncells = code.cellvars.length + code.freevars.length;
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
    }

    private static final PyCell[] NO_CELLS = new PyCell[0];

    /** The line being run (for tracebacks and debugging). */
    public int currentLine() {
        return code.lineOf(Math.max(0, pc - 1));
    }
}
