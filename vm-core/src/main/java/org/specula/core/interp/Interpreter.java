package org.specula.core.interp;

import org.specula.api.spi.Family;
import org.specula.api.spi.ForIterHandler;
import org.specula.api.spi.LoadMethodHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.core.adaptive.Adaptive;
import org.specula.core.adaptive.Specialized;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;
import org.specula.core.code.ExceptionTableEntry;
import org.specula.core.code.Opcode;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyBoundMethod;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyCell;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyInstance;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PySet;
import org.specula.core.runtime.PySlice;
import org.specula.core.runtime.PyIterator;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Traceback;
import org.specula.core.runtime.Types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.specula.core.code.Opcode.*;

/**
 * The bytecode interpreter: one dispatch loop ({@link #run}) over heap frames.
 *
 * <p>A call from Python to a Python function pushes a {@link Frame} and continues in the same
 * loop; a return pops it. Java re-enters the loop only where CPython's C code would (dunder
 * methods called by operations, {@code __init__}, key functions, generators, class bodies).
 *
 * <p>Exceptions are zero-cost until raised: the loop's {@code catch} looks the failing
 * instruction up in the code object's exception table, as CPython 3.11 does.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Per-thread interpreter state (CPython's PyThreadState). */
    static final class ThreadState {
        final PyRuntime runtime;
        final PyDict builtins;
        /** Python frames alive on this thread (checked against the recursion limit). */
        int depth;
        /** The exception being handled (sys.exc_info()), or null. */
        PyBaseException handled;
        /** The innermost running frame (for globals(), locals(), eval and exec). */
        Frame top;
        /** Set by RERAISE and bare raise: the exception already has its traceback entry. */
        boolean reraise;

        ThreadState(PyRuntime runtime) {
            this.runtime = runtime;
            this.builtins = runtime.builtins.dict;
        }
    }

    private static final ThreadLocal<ThreadState> STATE = new ThreadLocal<>();

    static ThreadState state() {
        PyRuntime rt = PyRuntime.current();
        ThreadState ts = STATE.get();
        if (ts == null || ts.runtime != rt) {
            ts = new ThreadState(rt);
            STATE.set(ts);
        }
        return ts;
    }

    /** The exception currently being handled on this thread (sys.exc_info()[1]), or null. */
    public static PyBaseException handledException() {
        return state().handled;
    }

    // ------------------------------------------------------------------ entry points

    /** Runs a module's code with the given globals (which are also its locals). */
    public static Object runModule(CodeObject code, PyDict globals) {
        ThreadState ts = state();
        Frame f = new Frame(code, null, globals, ts.builtins, globals);
        enterFrame(ts);
        return run(ts, f);
    }

    /** Runs a class body function with ns as its locals (used by __build_class__). */
    static Object runClassBody(PyFunction body, PyDict ns) {
        ThreadState ts = state();
        Frame f = new Frame(body.code, body, body.globals, ts.builtins, ns);
        initCells(f, body);
        enterFrame(ts);
        return run(ts, f);
    }

    /** Calls a Python function from Java (re-entering the dispatch loop). */
    public static Object call(PyFunction fn, Object[] args, String[] kwnames) {
        ThreadState ts = state();
        Frame f = newFrame(ts, fn, args, 0, args.length, kwnames);
        if ((fn.code.flags & CodeObject.CO_GENERATOR) != 0) {
            ts.depth--;
            return new PyGenerator(f);
        }
        return run(ts, f);
    }

    /** RAISE_VARARGS: the exception to throw, its arg operands at stack[sp .. sp + arg) (popped, cleared). */
    static PyException raiseVarargs(ThreadState ts, Object[] stack, int sp, int arg) {
        if (arg != 0) return raiseFromStack(ts, stack, sp, arg);
        if (ts.handled == null) return Errors.of(Errors.RuntimeError, "No active exception to reraise");
        ts.reraise = true;
        return new PyException(ts.handled);
    }

    /**
     * CALL for compiled code, which wrote the call's operands (the NULL or method slot, the
     * callable, argc arguments) to f's stack array from index base: the same choice of path as
     * the CALL instruction. Returns the result, the operands cleared; or
     * {@link TierSupport#INTERPRET}, the array otherwise unchanged in meaning, when the interpreter
     * must make the call: a Python function without compiled code entering at its start (the
     * interpreter pushes its frame and counts the call towards its compilation), a class with a
     * Python {@code __init__}, {@code super()}, and the built-ins that read the caller's locals.
     * A Python function with compiled code is run directly ({@link #runCompiled}).
     */
    static Object callFromCompiled(Frame f, int base, int arg, String[] kw, boolean beforeGetIter) {
        Object[] stack = f.stack;
        int sp = base + arg + 2;
        unpackBoundMethod(stack, base);
        Object callable = stack[base];
        int argc = arg, argStart;
        if (callable != null) {
            argc++;
            argStart = base + 1;
        } else {
            callable = stack[base + 1];
            argStart = base + 2;
        }
        if (callable instanceof PyFunction fn && (fn.code.flags & CodeObject.CO_GENERATOR) == 0) {
            CompiledCode cc = fn.code.compiled;
            if (cc == null || !cc.entersAt(0)) return TierSupport.INTERPRET;
            ThreadState ts = f.ts != null ? f.ts : state();
            Frame nf = newFrame(ts, fn, stack, argStart, argc, kw);
            clear(stack, base, sp);
            return runCompiled(ts, nf, cc);
        }
        if (callable instanceof PyType t && (t == Types.SUPER || stack[base] == null && t.pythonInit() != null)) {
            return TierSupport.INTERPRET;
        }
        if (callable instanceof PyBuiltinFunction b && b.readsFrame) return TierSupport.INTERPRET;
        Object result = callOther(stack, base, sp, argStart, argc, callable, kw);
        // for x in genfunc(...): the loop holds the only reference (closed if dropped early)
        if (beforeGetIter && result instanceof PyGenerator g && callable instanceof PyFunction) g.loopOwned = true;
        return result;
    }

    /**
     * Runs a new frame's compiled code from its start; if it leaves before returning (or raises),
     * the interpreter finishes the call with the frame as its entry frame (a Java re-entry, as
     * for a call from Java). Returns the function's result.
     */
    private static Object runCompiled(ThreadState ts, Frame f, CompiledCode cc) {
        Frame outer = ts.top;
        ts.top = f;
        try {
            int pc;
            try {
                pc = cc.run(f, 0);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                f.pendingThrow = e;
                return loop(ts, f);
            }
            if (Opcode.opcodeOf(f.code.instructions[pc]) == RETURN_VALUE) {
                Object v = f.stack[--f.sp];
                f.stack[f.sp] = null;
                ts.depth--;
                f.finished = true;
                return v;
            }
            f.pc = pc;
            return loop(ts, f);
        } finally {
            ts.top = outer;
        }
    }

    /** Resumes a suspended generator frame on ts's thread; returns the yielded or returned value. */
    static Object resume(ThreadState ts, Frame f) {
        enterFrame(ts);
        return run(ts, f);
    }

    static void enterFrame(ThreadState ts) {
        if (++ts.depth > ts.runtime.recursionLimit) {
            ts.depth--;
            throw Errors.of(Errors.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /**
     * Creates the frame for a call of fn, binding arguments args[off .. off+argc) (keyword
     * values last, named by kwnames). Counts the frame against the recursion limit.
     */
    static Frame newFrame(ThreadState ts, PyFunction fn, Object[] args, int off, int argc, String[] kwnames) {
        CodeObject co = fn.code;
        Frame f = new Frame(co, fn, fn.globals, ts.builtins, null);
        f.ts = ts;
        if (kwnames == null && argc == co.argcount && co.simpleCall) {
            // the common call: positional arguments straight into the locals, no cells to make
            System.arraycopy(args, off, f.fast, 0, argc);
        } else {
            Arguments.bind(fn, co, f.fast, args, off, argc, kwnames);
            initCells(f, fn);
        }
        enterFrame(ts);
        return f;
    }

    /**
     * CALL of a class whose call is type.__call__ with object.__new__ and a Python __init__
     * ({@link PyType#pythonInit}): creates the instance, stores it at stack[selfSlot] (the NULL
     * slot below the class, or the class's own slot) and returns the __init__ frame bound to
     * stack[selfSlot .. selfSlot+argc). Null for any other class (called through {@code Ops.call}).
     */
    private static Frame initFrame(ThreadState ts, PyType t, Object[] stack, int selfSlot, int argc, String[] kw) {
        PyFunction init = t.pythonInit();
        if (init == null) return null;
        PyInstance self = new PyInstance(t);
        stack[selfSlot] = self;
        Frame nf = newFrame(ts, init, stack, selfSlot, argc, kw);
        nf.initSelf = self;
        return nf;
    }

    private static PyException initReturnedNotNone(Object v) {
        return Errors.typeError("__init__() should return None, not '" + Ops.typeName(v) + "'");
    }

    private static void initCells(Frame f, PyFunction fn) {
        CodeObject co = f.code;
        int ncell = co.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            int a = co.cell2arg == null ? -1 : co.cell2arg[i];
            f.cells[i] = new PyCell(a >= 0 ? f.fast[a] : null);
        }
        int nfree = co.freevars.length;
        for (int i = 0; i < nfree; i++) {
            f.cells[ncell + i] = fn.closure[i];
        }
    }

    // ------------------------------------------------------------------ the loop

    // The bits of Adaptive.countedFamilies(), one per family.
    private static final int COUNT_BINARY_OP = 1 << Family.BINARY_OP.ordinal();
    private static final int COUNT_COMPARE_OP = 1 << Family.COMPARE_OP.ordinal();
    private static final int COUNT_CONTAINS_OP = 1 << Family.CONTAINS_OP.ordinal();
    private static final int COUNT_BINARY_SUBSCR = 1 << Family.BINARY_SUBSCR.ordinal();
    private static final int COUNT_STORE_SUBSCR = 1 << Family.STORE_SUBSCR.ordinal();
    private static final int COUNT_LOAD_GLOBAL = 1 << Family.LOAD_GLOBAL.ordinal();
    private static final int COUNT_LOAD_ATTR = 1 << Family.LOAD_ATTR.ordinal();
    private static final int COUNT_STORE_ATTR = 1 << Family.STORE_ATTR.ordinal();
    private static final int COUNT_LOAD_METHOD = 1 << Family.LOAD_METHOD.ordinal();
    private static final int COUNT_CALL = 1 << Family.CALL.ordinal();
    private static final int COUNT_UNPACK_SEQUENCE = 1 << Family.UNPACK_SEQUENCE.ordinal();
    private static final int COUNT_FOR_ITER = 1 << Family.FOR_ITER.ordinal();

    /**
     * Runs frames starting with entry (at entry.pc) until entry returns or yields. Returns the
     * value returned or yielded (a yield leaves entry.suspended set).
     */
    static Object run(ThreadState ts, Frame entry) {
        entry.suspended = false;
        Frame outer = ts.top;
        ts.top = entry;
        try {
            return loop(ts, entry);
        } finally {
            ts.top = outer;
        }
    }

    /** The loop's pc while compiled code runs: an exception then finds pc and sp in the frame. */
    private static final int IN_COMPILED_CODE = -1;

    /*
     * The loop's shape is kept so that C1 (HotSpot's fast compiler) compiles it: otherwise every
     * program runs the loop in the bytecode interpreter until C2 has compiled it, seconds on a
     * busy machine.
     * - One loop head: every instruction continues the loop, so on-stack replacement has one
     *   entry point (each loop head may cost a compilation of the whole method).
     * - One frame switch, at the end of the loop body: CALL, RETURN_VALUE and the exception
     *   handler change f (saving sp and pc in the frame they leave) and break out to it; it loads
     *   the registers (the code's arrays, the locals, the operand stack, sp and pc) from f.
     * - The exception handler is a helper ({@link #unwind}) that needs only f, pc and sp, and the
     *   registers are reloaded after it: the hundreds of instructions that may throw need no
     *   copies of the registers on their exception edges (which overflowed C1's code buffer).
     * - No loops of their own: an instruction that loops calls a helper, and so does a rare or
     *   bulky one. (A loop inlined into the dispatch loop, even Arrays.fill's, makes the tiered
     *   policy discard the loop's C1 code once C2 has compiled the inlined method.)
     */
    private static Object loop(ThreadState ts, Frame entry) {
        final Adaptive adaptive = ts.runtime.adaptive;
        final Object MISS = SpecializedOp.MISS;
        // An instruction counts its executions only when some installed specializer serves its
        // family: in the generic VM none counts, and a family no plugin serves never pays for it.
        final int counted = adaptive.countedFamilies();
        // The compiled tier runs hot functions' specialized code (none in the generic VM).
        final int compileAfter = counted != 0 ? adaptive.policy().compileAfter() : 0;
        Frame f = entry;
        if (f.pendingThrow != null) {
            // generator.throw(), or compiled code that raised in a call it made (runCompiled):
            // raised at the frame's pc
            Throwable thrown = f.pendingThrow;
            f.pendingThrow = null;
            f = unwind(ts, entry, f, f.pc, f.sp, thrown);
        }
        int[] code = f.code.instructions;
        Object[] consts = f.code.consts;
        String[] names = f.code.names;
        AdaptiveSite[] sites = f.code.sites;
        Object[] fast = f.fast;
        Object[] stack = f.stack;
        int sp = f.sp;
        int pc = f.pc;
        String[] kwnames = null;

        for (;;) {
            frameSwitch:
            {
                try {
                    int word = code[pc++];
                    int arg = word >>> 8;
                    backEdge:
                    {
                    switch (word & 0xFF) {
                        case NOP:
                            break;
                        case POP_TOP:
                            if (stack[--sp] instanceof PyGenerator g && g.loopOwned) g.dropped();
                            stack[sp] = null;
                            break;
                        case PUSH_NULL:
                            stack[sp++] = null;
                            break;
                        case COPY:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            Object t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                            break;
                        }
                        case UNARY_POSITIVE:
                            stack[sp - 1] = Ops.positive(stack[sp - 1]);
                            break;
                        case UNARY_NEGATIVE:
                            stack[sp - 1] = Ops.negative(stack[sp - 1]);
                            break;
                        case UNARY_NOT:
                            stack[sp - 1] = Ops.isTrue(stack[sp - 1]) ? Boolean.FALSE : Boolean.TRUE;
                            break;
                        case UNARY_INVERT:
                            stack[sp - 1] = Ops.invert(stack[sp - 1]);
                            break;
                        // A specializable instruction comes in two forms: the specialized form runs the
                        // site's plugin handler and, when the handler misses, falls through to the
                        // adaptive form, which counts executions, attempts specialization when the count
                        // reaches the site's threshold, and runs the generic operation.
                        case BINARY_OP_SPECIALIZED: {
                            Object r = Specialized.binaryOp(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1]);
                            if (r != MISS) {
                                stack[--sp] = null;
                                stack[sp - 1] = r;
                                break;
                            }
                        }
                        // fall through
                        case BINARY_OP: {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            Object a = stack[sp - 1];
                            if ((counted & COUNT_BINARY_OP) != 0) tick(adaptive, f.code, sites[pc - 1], arg, a, b);
                            stack[sp - 1] = Ops.binaryOp(arg, a, b);
                            break;
                        }
                        case COMPARE_OP_SPECIALIZED: {
                            Object r = Specialized.compareOp(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1]);
                            if (r != MISS) {
                                stack[--sp] = null;
                                stack[sp - 1] = r;
                                break;
                            }
                        }
                        // fall through
                        case COMPARE_OP: {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            Object a = stack[sp - 1];
                            if ((counted & COUNT_COMPARE_OP) != 0) tick(adaptive, f.code, sites[pc - 1], arg, a, b);
                            stack[sp - 1] = Ops.compare(arg, a, b);
                            break;
                        }
                        case COMPARE_OP_JUMP_SPECIALIZED: {
                            // fused with the POP_JUMP_IF_FALSE/TRUE that follows (the install made
                            // sure of it): the result steers the jump, which is skipped
                            Object r = Specialized.compareOp(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1]);
                            if (r == MISS) {
                                // the generic comparison, pushed for the jump instruction to pop
                                Object b = stack[--sp];
                                stack[sp] = null;
                                stack[sp - 1] = Ops.compare(arg, stack[sp - 1], b);
                                break;
                            }
                            stack[--sp] = null;
                            stack[--sp] = null;
                            int jump = code[pc++];
                            boolean ifTrue = (jump & 0xFF) == POP_JUMP_FORWARD_IF_TRUE || (jump & 0xFF) == POP_JUMP_BACKWARD_IF_TRUE;
                            if ((r == Boolean.TRUE || (r != Boolean.FALSE && Ops.isTrue(r))) == ifTrue) pc = jump >>> 8;
                            break;
                        }
                        case IS_OP: {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            boolean r = Ops.is(stack[sp - 1], b);
                            stack[sp - 1] = r != (arg == 1) ? Boolean.TRUE : Boolean.FALSE;
                            break;
                        }
                        case CONTAINS_OP_SPECIALIZED: {
                            Object r = Specialized.containsOp(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1]);
                            if (r != MISS) {
                                stack[--sp] = null;
                                stack[sp - 1] = (r == Boolean.TRUE) != (arg == 1) ? Boolean.TRUE : Boolean.FALSE;
                                break;
                            }
                        }
                        // fall through
                        case CONTAINS_OP: {
                            Object container = stack[--sp];
                            stack[sp] = null;
                            Object item = stack[sp - 1];
                            if ((counted & COUNT_CONTAINS_OP) != 0) tick(adaptive, f.code, sites[pc - 1], arg, item, container);
                            boolean r = Ops.contains(container, item);
                            stack[sp - 1] = r != (arg == 1) ? Boolean.TRUE : Boolean.FALSE;
                            break;
                        }
                        case BINARY_SUBSCR_SPECIALIZED: {
                            Object r = Specialized.binarySubscr(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1]);
                            if (r != MISS) {
                                stack[--sp] = null;
                                stack[sp - 1] = r;
                                break;
                            }
                        }
                        // fall through
                        case BINARY_SUBSCR: {
                            Object key = stack[--sp];
                            stack[sp] = null;
                            Object container = stack[sp - 1];
                            if ((counted & COUNT_BINARY_SUBSCR) != 0) tick(adaptive, f.code, sites[pc - 1], arg, container, key);
                            stack[sp - 1] = Ops.getItem(container, key);
                            break;
                        }
                        case STORE_SUBSCR_SPECIALIZED:
                            if (Specialized.storeSubscr(adaptive, f.code, sites[pc - 1], stack[sp - 2], stack[sp - 1], stack[sp - 3])) {
                                sp -= 3;
                                stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                                break;
                            }
                        // fall through
                        case STORE_SUBSCR: {
                            Object key = stack[sp - 1];
                            Object container = stack[sp - 2];
                            Object value = stack[sp - 3];
                            sp -= 3;
                            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                            if ((counted & COUNT_STORE_SUBSCR) != 0) tick(adaptive, f.code, sites[pc - 1], arg, container, key, value);
                            Ops.setItem(container, key, value);
                            break;
                        }
                        case DELETE_SUBSCR: {
                            Object key = stack[sp - 1];
                            Object container = stack[sp - 2];
                            sp -= 2;
                            stack[sp] = stack[sp + 1] = null;
                            Ops.delItem(container, key);
                            break;
                        }
                        case BUILD_SLICE:
                            sp = buildSlice(stack, sp, arg);
                            break;
                        case LOAD_CONST:
                            stack[sp++] = consts[arg];
                            break;
                        case LOAD_NAME:
                            stack[sp++] = loadName(f, names[arg]);
                            break;
                        case STORE_NAME:
                            f.locals.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case DELETE_NAME: {
                            String name = names[arg];
                            if (f.locals.remove(name) == null) throw nameError(name, f);
                            break;
                        }
                        case LOAD_GLOBAL_SPECIALIZED: {
                            Object v = Specialized.loadGlobal(adaptive, f.code, sites[pc - 1], f.globals, f.builtins);
                            if (v != MISS) {
                                if ((arg & 1) != 0) stack[sp++] = null;
                                stack[sp++] = v;
                                break;
                            }
                        }
                        // fall through
                        case LOAD_GLOBAL: {
                            if ((counted & COUNT_LOAD_GLOBAL) != 0) tick(adaptive, f.code, sites[pc - 1], arg, f.globals, f.builtins);
                            String name = names[arg >>> 1];
                            Object v = f.globals.getStr(name);
                            if (v == null) {
                                v = f.builtins.getStr(name);
                                if (v == null) throw nameError(name, f);
                            }
                            if ((arg & 1) != 0) stack[sp++] = null;
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_GLOBAL:
                            f.globals.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case DELETE_GLOBAL: {
                            String name = names[arg];
                            if (f.globals.remove(name) == null) throw nameError(name, f);
                            break;
                        }
                        case LOAD_FAST: {
                            Object v = fast[arg];
                            if (v == null) throw unboundLocal(f.code.varnames[arg]);
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST:
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            break;
                        case DELETE_FAST:
                            if (fast[arg] == null) throw unboundLocal(f.code.varnames[arg]);
                            fast[arg] = null;
                            break;
                        case LOAD_CLOSURE:
                            stack[sp++] = f.cells[arg];
                            break;
                        case LOAD_DEREF: {
                            Object v = f.cells[arg].contents;
                            if (v == null) throw unboundDeref(f, arg);
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            f.cells[arg].contents = stack[--sp];
                            stack[sp] = null;
                            break;
                        case DELETE_DEREF:
                            if (f.cells[arg].contents == null) throw unboundDeref(f, arg);
                            f.cells[arg].contents = null;
                            break;
                        case LOAD_CLASSDEREF:
                            stack[sp++] = loadClassDeref(f, arg);
                            break;
                        case LOAD_ATTR_SPECIALIZED: {
                            Object v = Specialized.loadAttr(adaptive, f.code, sites[pc - 1], stack[sp - 1]);
                            if (v != MISS) {
                                stack[sp - 1] = v;
                                break;
                            }
                        }
                        // fall through
                        case LOAD_ATTR: {
                            Object owner = stack[sp - 1];
                            if ((counted & COUNT_LOAD_ATTR) != 0) tick(adaptive, f.code, sites[pc - 1], arg, owner);
                            stack[sp - 1] = Ops.getAttr(owner, names[arg]);
                            break;
                        }
                        case STORE_ATTR_SPECIALIZED:
                            if (Specialized.storeAttr(adaptive, f.code, sites[pc - 1], stack[sp - 1], stack[sp - 2])) {
                                sp -= 2;
                                stack[sp] = stack[sp + 1] = null;
                                break;
                            }
                        // fall through
                        case STORE_ATTR: {
                            Object owner = stack[sp - 1];
                            Object value = stack[sp - 2];
                            sp -= 2;
                            stack[sp] = stack[sp + 1] = null;
                            if ((counted & COUNT_STORE_ATTR) != 0) tick(adaptive, f.code, sites[pc - 1], arg, owner, value);
                            Ops.setAttr(owner, names[arg], value);
                            break;
                        }
                        case DELETE_ATTR: {
                            Object owner = stack[--sp];
                            stack[sp] = null;
                            Ops.delAttr(owner, names[arg]);
                            break;
                        }
                        case LOAD_METHOD_SPECIALIZED:
                            if (loadMethodSpecialized(adaptive, f.code, sites[pc - 1], stack, sp)) {
                                sp++;
                                break;
                            }
                        // fall through
                        case LOAD_METHOD: {
                            Object obj = stack[sp - 1];
                            if ((counted & COUNT_LOAD_METHOD) != 0) tick(adaptive, f.code, sites[pc - 1], arg, obj);
                            String name = names[arg];
                            Object meth = Ops.lookupMethod(obj, name);
                            if (meth != null) {
                                stack[sp - 1] = meth;
                                stack[sp++] = obj;
                            } else {
                                stack[sp - 1] = null;
                                stack[sp++] = Ops.getAttr(obj, name);
                            }
                            break;
                        }
                        case KW_NAMES:
                            kwnames = kwNames(consts[arg]);
                            break;
                        case CALL_SPECIALIZED: {
                            Object r = callSpecialized(adaptive, f.code, sites[pc - 1], stack, sp, arg, kwnames);
                            if (r != MISS && r != org.specula.api.spi.CallHandler.ENTER_FRAME) {
                                int base = sp - arg - 2;
                                clear(stack, base, sp);
                                sp = base;
                                stack[sp++] = r;
                                break;
                            }
                        }
                        // fall through (a miss, or ENTER_FRAME: the generic CALL pushes the frame)
                        case CALL: {
                            String[] kw = kwnames;
                            kwnames = null;
                            int base = sp - arg - 2;
                            unpackBoundMethod(stack, base);
                            Object callable = stack[base];
                            int argc = arg, argStart;
                            if (callable != null) {
                                argc++;
                                argStart = base + 1;
                            } else {
                                callable = stack[base + 1];
                                argStart = base + 2;
                            }
                            if ((counted & COUNT_CALL) != 0) tickCall(adaptive, f.code, sites[pc - 1], arg, kw, callable, stack, argStart, argc);
                            Frame nf = null;
                            if (callable instanceof PyFunction fn) {
                                if ((fn.code.flags & CodeObject.CO_GENERATOR) == 0) nf = newFrame(ts, fn, stack, argStart, argc, kw);
                            } else if (callable instanceof PyType t && stack[base] == null) {
                                // a class with a Python __init__: its frame runs in this loop (RETURN_VALUE checks it)
                                nf = initFrame(ts, t, stack, base + 1, argc + 1, kw);
                            }
                            if (nf != null) {
                                clear(stack, base, sp);
                                f.sp = base;
                                f.pc = pc;
                                nf.back = f;
                                f = nf;
                                ts.top = f;
                                if (compileAfter != 0) {
                                    CompiledCode cc = CompiledCode.enter(f.code, 0, adaptive, compileAfter);
                                    if (cc != null) {
                                        pc = IN_COMPILED_CODE;
                                        f.pc = cc.run(f, 0);
                                    }
                                }
                                break frameSwitch;
                            }
                            int top = sp;
                            sp = base;
                            Object result = callOther(stack, base, top, argStart, argc, callable, kw);
                            // for x in genfunc(...): the loop holds the only reference (closed if dropped early)
                            if (result instanceof PyGenerator g && callable instanceof PyFunction && (code[pc] & 0xFF) == GET_ITER) {
                                g.loopOwned = true;
                            }
                            stack[sp++] = result;
                            break;
                        }
                        case CALL_FUNCTION_EX:
                            sp = callFunctionEx(stack, sp, arg);
                            break;
                        case RETURN_VALUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ts.depth--;
                            f.finished = true;
                            if (f == entry) {
                                f.sp = sp;
                                return v;
                            }
                            Frame caller = f.back;
                            f.back = null;
                            Object self = f.initSelf;
                            f = caller;
                            ts.top = f;
                            if (self != null) {
                                // type.__call__'s check, raised in the caller at its CALL
                                if (v != Py.None) {
                                    pc = f.pc;
                                    sp = f.sp;
                                    throw initReturnedNotNone(v);
                                }
                                v = self;
                            }
                            f.stack[f.sp++] = v;
                            if (compileAfter != 0) {
                                // back after a call: the caller may go on in its compiled code
                                CompiledCode cc = f.code.compiled;
                                if (cc != null && cc.entersAt(f.pc)) {
                                    pc = IN_COMPILED_CODE;
                                    f.pc = cc.run(f, f.pc);
                                }
                            }
                            break frameSwitch;
                        }
                        case MAKE_FUNCTION:
                            sp = makeFunction(stack, sp, arg, f);
                            break;
                        case BUILD_TUPLE: {
                            Object[] items = new Object[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            clear(stack, sp, sp + arg);
                            stack[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(items);
                            break;
                        }
                        case BUILD_LIST: {
                            Object[] items = new Object[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            clear(stack, sp, sp + arg);
                            stack[sp++] = new PyList(items);
                            break;
                        }
                        case BUILD_SET:
                            sp = buildSet(stack, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = buildMap(stack, sp, arg);
                            break;
                        case BUILD_CONST_KEY_MAP:
                            sp = buildConstKeyMap(stack, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = buildString(stack, sp, arg);
                            break;
                        case LIST_APPEND: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                            break;
                        }
                        case SET_ADD: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ((PySet) stack[sp - arg]).add(v);
                            break;
                        }
                        case MAP_ADD: {
                            Object v = stack[--sp];
                            Object k = stack[--sp];
                            stack[sp] = stack[sp + 1] = null;
                            ((PyDict) stack[sp - arg]).put(k, v);
                            break;
                        }
                        case LIST_EXTEND: {
                            Object it = stack[--sp];
                            stack[sp] = null;
                            Containers.listExtend((PyList) stack[sp - arg], it);
                            break;
                        }
                        case SET_UPDATE: {
                            Object it = stack[--sp];
                            stack[sp] = null;
                            Containers.setUpdate((PySet) stack[sp - arg], it);
                            break;
                        }
                        case DICT_UPDATE: {
                            Object it = stack[--sp];
                            stack[sp] = null;
                            Containers.dictUpdate((PyDict) stack[sp - arg], it, false, null);
                            break;
                        }
                        case DICT_MERGE: {
                            Object it = stack[--sp];
                            stack[sp] = null;
                            Containers.dictUpdate((PyDict) stack[sp - arg], it, true, stack[sp - arg - 2]);
                            break;
                        }
                        case LIST_TO_TUPLE: {
                            PyList l = (PyList) stack[sp - 1];
                            stack[sp - 1] = new PyTuple(Arrays.copyOf(l.items, l.size));
                            break;
                        }
                        case FORMAT_VALUE:
                            sp = formatValue(stack, sp, arg);
                            break;
                        case UNPACK_SEQUENCE_SPECIALIZED: {
                            Object[] items = Specialized.unpackSequence(adaptive, f.code, sites[pc - 1], stack[sp - 1], arg);
                            if (items != null) {
                                sp = unpackSequence(stack, sp, arg, items);
                                break;
                            }
                        }
                        // fall through
                        case UNPACK_SEQUENCE:
                            if ((counted & COUNT_UNPACK_SEQUENCE) != 0) tick(adaptive, f.code, sites[pc - 1], arg, stack[sp - 1]);
                            sp = unpackSequence(stack, sp, arg, null);
                            break;
                        case UNPACK_EX:
                            sp = unpackEx(stack, sp, arg);
                            break;
                        case GET_ITER:
                            stack[sp - 1] = Ops.iter(stack[sp - 1]);
                            break;
                        case FOR_ITER_STORE_SPECIALIZED: {
                            // fused with the STORE_FAST that follows (the install made sure of it)
                            Object v = Specialized.forIter(adaptive, f.code, sites[pc - 1], stack[sp - 1]);
                            if (v == ForIterHandler.EXHAUSTED) {
                                stack[--sp] = null;
                                pc = arg;
                            } else if (v != MISS) {
                                fast[code[pc++] >>> 8] = v;
                            } else {
                                // the generic step, the item pushed for the STORE_FAST to store
                                v = Ops.next(stack[sp - 1]);
                                if (v == null) {
                                    stack[--sp] = null;
                                    pc = arg;
                                } else {
                                    stack[sp++] = v;
                                }
                            }
                            break;
                        }
                        case FOR_ITER_SPECIALIZED: {
                            Object v = Specialized.forIter(adaptive, f.code, sites[pc - 1], stack[sp - 1]);
                            if (v == ForIterHandler.EXHAUSTED) {
                                stack[--sp] = null;
                                pc = arg;
                                break;
                            }
                            if (v != MISS) {
                                stack[sp++] = v;
                                break;
                            }
                        }
                        // fall through
                        case FOR_ITER: {
                            if ((counted & COUNT_FOR_ITER) != 0) tick(adaptive, f.code, sites[pc - 1], arg, stack[sp - 1]);
                            Object v = Ops.next(stack[sp - 1]);
                            if (v == null) {
                                stack[--sp] = null;
                                pc = arg;
                            } else {
                                stack[sp++] = v;
                            }
                            break;
                        }
                        case JUMP_FORWARD:
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc = arg;
                            break;
                        case JUMP_BACKWARD:
                            pc = arg;
                            break backEdge;
                        // the backward conditional jumps, when taken, also leave by backEdge
                        case POP_JUMP_FORWARD_IF_FALSE:
                        case POP_JUMP_BACKWARD_IF_FALSE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.isTrue(v))) {
                                pc = arg;
                                if ((word & 0xFF) == POP_JUMP_BACKWARD_IF_FALSE) break backEdge;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_TRUE:
                        case POP_JUMP_BACKWARD_IF_TRUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.isTrue(v))) {
                                pc = arg;
                                if ((word & 0xFF) == POP_JUMP_BACKWARD_IF_TRUE) break backEdge;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_NONE:
                        case POP_JUMP_BACKWARD_IF_NONE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Py.None) {
                                pc = arg;
                                if ((word & 0xFF) == POP_JUMP_BACKWARD_IF_NONE) break backEdge;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_NOT_NONE:
                        case POP_JUMP_BACKWARD_IF_NOT_NONE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v != Py.None) {
                                pc = arg;
                                if ((word & 0xFF) == POP_JUMP_BACKWARD_IF_NOT_NONE) break backEdge;
                            }
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP: {
                            Object v = stack[sp - 1];
                            if (!Ops.isTrue(v)) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        }
                        case JUMP_IF_TRUE_OR_POP: {
                            Object v = stack[sp - 1];
                            if (Ops.isTrue(v)) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        }
                        case PUSH_EXC_INFO: {
                            Object exc = stack[sp - 1];
                            stack[sp - 1] = ts.handled == null ? Py.None : ts.handled;
                            ts.handled = (PyBaseException) exc;
                            stack[sp++] = exc;
                            break;
                        }
                        case POP_EXCEPT: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ts.handled = v == Py.None ? null : (PyBaseException) v;
                            break;
                        }
                        case CHECK_EXC_MATCH: {
                            Object type = stack[sp - 1];
                            checkExceptType(type);
                            stack[sp - 1] = Ops.isInstance(stack[sp - 2], type) ? Boolean.TRUE : Boolean.FALSE;
                            break;
                        }
                        case RERAISE: {
                            Object exc = stack[--sp];
                            stack[sp] = null;
                            ts.reraise = true;
                            throw new PyException((PyBaseException) exc);
                        }
                        case RAISE_VARARGS:
                            sp -= arg;
                            throw raiseVarargs(ts, stack, sp, arg);
                        case LOAD_ASSERTION_ERROR:
                            stack[sp++] = Errors.AssertionError;
                            break;
                        case LOAD_BUILD_CLASS: {
                            Object bc = f.builtins.getStr("__build_class__");
                            if (bc == null) throw Errors.nameError("__build_class__ not found");
                            stack[sp++] = bc;
                            break;
                        }
                        case SETUP_ANNOTATIONS:
                            if (f.locals.getStr("__annotations__") == null) f.locals.put("__annotations__", new PyDict());
                            break;
                        case IMPORT_NAME: {
                            Object fromlist = stack[--sp];
                            Object level = stack[sp - 1];
                            stack[sp] = null;
                            stack[sp - 1] = Importer.importName(ts.runtime, names[arg], fromlist,
                                    ((Number) level).intValue(), f.globals);
                            break;
                        }
                        case IMPORT_FROM:
                            stack[sp] = Importer.importFrom(stack[sp - 1], names[arg]);
                            sp++;
                            break;
                        case IMPORT_STAR: {
                            Object module = stack[--sp];
                            stack[sp] = null;
                            Importer.importStar(module, f.locals != null ? f.locals : f.globals);
                            break;
                        }
                        case BEFORE_WITH:
                            sp = beforeWith(stack, sp, arg);
                            break;
                        case WITH_EXCEPT_START:
                            sp = withExceptStart(stack, sp, arg);
                            break;
                        case RETURN_GENERATOR:
                            throw Errors.of(Errors.SystemError, "RETURN_GENERATOR is not used by Specula");
                        case YIELD_VALUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (f != entry) throw Errors.of(Errors.SystemError, "yield outside a generator frame");
                            f.sp = sp;
                            f.pc = pc;
                            f.suspended = true;
                            ts.depth--;
                            return v;
                        }
                        case GET_YIELD_FROM_ITER: {
                            Object v = stack[sp - 1];
                            if (!(v instanceof PyGenerator)) stack[sp - 1] = Ops.iter(v);
                            break;
                        }
                        case SEND:
                            if (send(stack, sp)) {
                                sp--;
                                pc = arg;
                            }
                            break;
                        default:
                            throw unknownOpcode(word);
                    }
                    continue;
                    }
                    // a backward jump taken: the loop may go on in the compiled tier from here
                    if (compileAfter != 0) {
                        CompiledCode cc = CompiledCode.enter(f.code, pc, adaptive, compileAfter);
                        if (cc != null) {
                            int target = pc;
                            f.sp = sp;
                            pc = IN_COMPILED_CODE;
                            pc = cc.run(f, target);
                            sp = f.sp;
                        }
                    }
                    continue;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError caught) {
                    if (pc == IN_COMPILED_CODE) {
                        // raised in compiled code, which left the failing instruction and depth in f
                        pc = f.pc;
                        sp = f.sp;
                    }
                    f = unwind(ts, entry, f, pc, sp, caught);
                }
            }
            // the frame switch: f's registers
            code = f.code.instructions;
            consts = f.code.consts;
            names = f.code.names;
            sites = f.code.sites;
            fast = f.fast;
            stack = f.stack;
            sp = f.sp;
            pc = f.pc;
            kwnames = null;
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Nulls, the source of {@link #clear}. */
    private static final Object[] NULLS = new Object[64];

    /**
     * Clears stack[from, to) (values an instruction popped). Not {@code Arrays.fill}: C1 inlines
     * that small method into the loop, and when the inlined method's own loop gets hot, HotSpot's
     * tiered policy compiles it with C2 and discards the loop's C1 code (on-stack replacement):
     * the dispatch loop falls back to the bytecode interpreter until C2 has compiled all of it.
     */
    private static void clear(Object[] stack, int from, int to) {
        int n = to - from;
        if (n <= NULLS.length) {
            System.arraycopy(NULLS, 0, stack, from, n);
        } else {
            Arrays.fill(stack, from, to, null);
        }
    }

    /** LOAD_METHOD's specialized form: true when the handler hit (two values now at stack[sp - 1], stack[sp]). */
    private static boolean loadMethodSpecialized(Adaptive adaptive, CodeObject code, AdaptiveSite site, Object[] stack, int sp) {
        if (!(site.handler instanceof LoadMethodHandler h)) return false;
        Object obj = stack[sp - 1];
        Object m = Specialized.loadMethod(adaptive, code, site, h, obj);
        if (m == SpecializedOp.MISS) return false;
        if (h.bindsOwner()) {
            stack[sp - 1] = m;
            stack[sp] = obj;
        } else {
            stack[sp - 1] = null;
            stack[sp] = m;
        }
        return true;
    }

    /**
     * CALL's specialized form: runs the site's handler on [callable or NULL, self or callable,
     * args...] (a bound Python method unpacked in place, as the generic CALL does first).
     */
    private static Object callSpecialized(Adaptive adaptive, CodeObject code, AdaptiveSite site, Object[] stack, int sp,
                                          int arg, String[] kwnames) {
        int base = sp - arg - 2;
        unpackBoundMethod(stack, base);
        Object callable = stack[base];
        int argc = arg, argStart;
        if (callable != null) {
            argc++;
            argStart = base + 1;
        } else {
            callable = stack[base + 1];
            argStart = base + 2;
        }
        return Specialized.call(adaptive, code, site, callable, stack, argStart, argc, kwnames);
    }

    /**
     * CALL's first step: {@code [NULL, bound method of a Python function, args...]} becomes
     * {@code [function, self, args...]} in place, so the function is entered directly.
     */
    private static void unpackBoundMethod(Object[] stack, int base) {
        if (stack[base] == null && stack[base + 1] instanceof PyBoundMethod bm && bm.function instanceof PyFunction) {
            stack[base] = bm.function;
            stack[base + 1] = bm.self;
        }
    }

    private static PyException unknownOpcode(int word) {
        return Errors.of(Errors.SystemError, "unknown opcode " + Opcode.name(word & 0xFF));
    }

    /**
     * UNPACK_SEQUENCE: replaces the sequence on top of the stack by its n items, the first on
     * top. items are the sequence's (from its specialized handler), or null to unpack it here.
     * Returns the new depth.
     */
    private static int unpackSequence(Object[] stack, int sp, int n, Object[] items) {
        Object seq = stack[--sp];
        stack[sp] = null;
        if (items == null) items = unpackItems(seq, n);
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    /** UNPACK_SEQUENCE's values, in order (a tuple's or list's own array when it has exactly n). */
    static Object[] unpackItems(Object seq, int n) {
        if (seq instanceof PyTuple t && t.items.length == n) return t.items;
        if (seq instanceof PyList l && l.size == n) return l.items;
        return Ops.unpack(seq, n);
    }

    private static Object loadClassDeref(Frame f, int i) {
        Object v = f.locals.getStr(cellName(f.code, i));
        if (v == null) {
            v = f.cells[i].contents;
            if (v == null) throw unboundDeref(f, i);
        }
        return v;
    }

    /**
     * The exception handler of the loop: caught was raised by instruction pc - 1 of f, whose
     * stack held sp values. Finds the handler in f or, popping frames, in a caller up to entry;
     * returns the frame that handles it, its stack holding the handler's values and its pc at
     * the handler. Throws the exception out of the loop when entry has no handler.
     */
    private static Frame unwind(ThreadState ts, Frame entry, Frame f, int pc, int sp, Throwable caught) {
        PyException pe = asPyException(caught);
        PyBaseException exc = pe.value;
        if (!ts.reraise) raisedAt(ts, exc, f, pc - 1);
        ts.reraise = false;
        for (;;) {
            Object[] stack = f.stack;
            ExceptionTableEntry h = findHandler(f.code, pc - 1);
            if (h != null) {
                int depth = f.stackBase + h.depth();
                PyGenerator.dropAll(stack, depth, sp, f.fast, f.stackBase);
                Arrays.fill(stack, depth, sp, null);
                sp = depth;
                if (h.lasti()) stack[sp++] = (long) (pc - 1);
                stack[sp++] = exc;
                f.sp = sp;
                f.pc = h.target();
                return f;
            }
            ts.depth--;
            f.finished = true;
            PyGenerator.dropAll(stack, f.stackBase, sp, f.fast, f.stackBase);
            Arrays.fill(stack, f.stackBase, sp, null);
            if (f == entry) {
                f.sp = f.stackBase;
                throw pe;
            }
            Frame caller = f.back;
            f.back = null;
            f = caller;
            ts.top = f;
            sp = f.sp;
            pc = f.pc;
            exc.traceback = new Traceback(f.code, pc - 1, exc.traceback);
        }
    }

    /** A new exception raised at instruction index in f: its context and first traceback entry. */
    private static void raisedAt(ThreadState ts, PyBaseException exc, Frame f, int index) {
        if (exc.traceback == null && exc.context == null && ts.handled != null && ts.handled != exc) {
            exc.context = ts.handled;
        }
        exc.traceback = new Traceback(f.code, index, exc.traceback);
    }

    /**
     * An adaptive instruction's execution count; asks the engine to specialize at the threshold.
     * (Also called by compiled code, for its adaptive sites.)
     */
    static void tick(Adaptive adaptive, CodeObject code, AdaptiveSite s, int arg, Object a) {
        if (++s.count >= s.threshold) adaptive.attempt(code, s, arg, null, a);
    }

    static void tick(Adaptive adaptive, CodeObject code, AdaptiveSite s, int arg, Object a, Object b) {
        if (++s.count >= s.threshold) adaptive.attempt(code, s, arg, null, a, b);
    }

    static void tick(Adaptive adaptive, CodeObject code, AdaptiveSite s, int arg, Object a, Object b, Object c) {
        if (++s.count >= s.threshold) adaptive.attempt(code, s, arg, null, a, b, c);
    }

    /** CALL's count: the operands are the callable and its arguments. */
    private static void tickCall(Adaptive adaptive, CodeObject code, AdaptiveSite site, int arg, String[] kw,
                                 Object callable, Object[] stack, int argStart, int argc) {
        if (++site.count >= site.threshold) {
            Object[] operands = new Object[argc + 1];
            operands[0] = callable;
            System.arraycopy(stack, argStart, operands, 1, argc);
            adaptive.attempt(code, site, arg, kw, operands);
        }
    }

    /** CALL of anything but a Python function: [callable or NULL, self or callable, args...] at base. */
    private static Object callOther(Object[] stack, int base, int sp, int argStart, int argc, Object callable, String[] kw) {
        if (stack[base] != null && callable instanceof PyBuiltinFunction b && b.isMethod) {
            // [method, self, args...] for a built-in method: Ops passes self as it expects.
            Object self = stack[base + 1];
            Object[] args = Arrays.copyOfRange(stack, base + 2, sp);
            Arrays.fill(stack, base, sp, null);
            return Ops.callMethod(self, callable, args, kw);
        }
        Object[] args = Arrays.copyOfRange(stack, argStart, argStart + argc);
        Arrays.fill(stack, base, sp, null);
        return Ops.call(callable, args, kw);
    }

    /** RAISE_VARARGS 1 or 2: the exception (and cause) at stack[sp], popped. */
    static PyException raiseFromStack(ThreadState ts, Object[] stack, int sp, int arg) {
        Object exc = stack[sp];
        Object cause = arg == 2 ? stack[sp + 1] : null;
        Arrays.fill(stack, sp, sp + arg, null);
        return raise(ts, exc, cause, arg == 2);
    }

    private static Object loadName(Frame f, String name) {
        Object v = f.locals.getStr(name);
        if (v == null && f.locals != f.globals) v = f.globals.getStr(name);
        if (v == null) v = f.builtins.getStr(name);
        if (v == null) throw nameError(name, f);
        return v;
    }

    static int callFunctionEx(Object[] stack, int sp, int arg) {
        int top = sp;
        Object kwargs = (arg & 1) != 0 ? stack[--sp] : null;
        Object callargs = stack[--sp];
        Object callable = stack[--sp];
        sp--;
        Arrays.fill(stack, sp, top, null);
        stack[sp++] = callEx(callable, callargs, kwargs);
        return sp;
    }

    private static int withExceptStart(Object[] stack, int sp, int arg) {
        Object exc = stack[sp - 1];
        Object exitFn = stack[sp - 4];
        Object tb = Ops.getAttr(exc, "__traceback__", Py.None);
        Object res = Ops.call(exitFn, new Object[] {Ops.type(exc), exc, tb}, null);
        stack[sp++] = res;
        return sp;
    }

    static int beforeWith(Object[] stack, int sp, int arg) {
        Object mgr = stack[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null || exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol"
                    + (enter != null ? " (missed __exit__ method)" : ""));
        }
        stack[sp - 1] = Ops.getAttr(mgr, "__exit__");
        Object res = Ops.call(Ops.getAttr(mgr, "__enter__"), new Object[0], null);
        stack[sp++] = res;
        return sp;
    }

    static int unpackEx(Object[] stack, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >>> 8;
        Object[] items = Ops.unpackEx(stack[--sp], before, after);
        for (int i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    static int formatValue(Object[] stack, int sp, int arg) {
        Object spec = (arg & 4) != 0 ? stack[--sp] : null;
        Object v = stack[sp - 1];
        switch (arg & 3) {
            case 1: v = Ops.str(v); break;
            case 2: v = Ops.repr(v); break;
            case 3: v = Containers.ascii(Ops.repr(v)); break;
            default: break;
        }
        String s = spec == null && v instanceof String str ? str
                : Ops.format(v, spec == null ? "" : (String) spec);
        stack[sp] = null;
        stack[sp - 1] = s;
        return sp;
    }

    static int buildString(Object[] stack, int sp, int arg) {
        StringBuilder sb = new StringBuilder();
        sp -= arg;
        for (int i = 0; i < arg; i++) {
            sb.append((String) stack[sp + i]);
            stack[sp + i] = null;
        }
        stack[sp++] = sb.toString();
        return sp;
    }

    static int buildConstKeyMap(Object[] stack, int sp, int arg) {
        Object[] keys = ((PyTuple) stack[--sp]).items;
        PyDict d = new PyDict();
        sp -= arg;
        for (int i = 0; i < arg; i++) d.put(keys[i], stack[sp + i]);
        Arrays.fill(stack, sp, sp + arg + 1, null);
        stack[sp++] = d;
        return sp;
    }

    static int buildMap(Object[] stack, int sp, int arg) {
        PyDict d = new PyDict();
        sp -= 2 * arg;
        for (int i = 0; i < arg; i++) {
            d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
        }
        Arrays.fill(stack, sp, sp + 2 * arg, null);
        stack[sp++] = d;
        return sp;
    }

    static int buildSet(Object[] stack, int sp, int arg) {
        PySet set = new PySet(false);
        sp -= arg;
        for (int i = 0; i < arg; i++) {
            set.add(stack[sp + i]);
            stack[sp + i] = null;
        }
        stack[sp++] = set;
        return sp;
    }

    private static int buildSlice(Object[] stack, int sp, int arg) {
        Object step = arg == 3 ? stack[--sp] : Py.None;
        Object stop = stack[--sp];
        Object start = stack[sp - 1];
        stack[sp] = null;
        stack[sp - 1] = new PySlice(start, stop, step);
        return sp;
    }

    static int makeFunction(Object[] stack, int sp, int arg, Frame f) {
        int top = sp;
        CodeObject fc = (CodeObject) stack[--sp];
        PyCell[] closure = null;
        if ((arg & MF_CLOSURE) != 0) {
            Object[] cells = ((PyTuple) stack[--sp]).items;
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) closure[i] = (PyCell) cells[i];
        }
        Object[] annotations = (arg & MF_ANNOTATIONS) != 0 ? ((PyTuple) stack[--sp]).items : null;
        PyDict kwdefaults = (arg & MF_KWDEFAULTS) != 0 ? (PyDict) stack[--sp] : null;
        Object[] defaults = (arg & MF_DEFAULTS) != 0 ? ((PyTuple) stack[--sp]).items : null;
        Arrays.fill(stack, sp, top, null);
        PyFunction fn = new PyFunction(fc, f.globals, defaults, kwdefaults, closure);
        if (annotations != null) {
            PyDict ann = new PyDict();
            for (int i = 0; i + 1 < annotations.length; i += 2) ann.put(annotations[i], annotations[i + 1]);
            fn.annotations = ann;
        }
        fn.doc = docOf(fc);
        stack[sp++] = fn;
        return sp;
    }

    // Rare instructions live out of the loop, keeping Interpreter.loop small enough for C1 to
    // compile it (a huge loop overflows C1's code buffer and waits in the bytecode interpreter
    // for C2). Each takes the operand stack and its depth and returns the new depth.

    /** SEND: true when the receiver finished (its result replaces it), else the value is pushed. */
    private static boolean send(Object[] stack, int sp) {
        Object v = stack[--sp];
        stack[sp] = null;
        Object receiver = stack[sp - 1];
        Object r;
        boolean done;
        if (receiver instanceof PyGenerator g) {
            r = g.sendRaw(v);
            done = g.isFinished();
        } else if (v == Py.None && receiver instanceof PyIterator) {
            r = Ops.next(receiver);
            done = r == null;
            if (done) r = Py.None;
        } else {
            // a Python iterator: the StopIteration's value is the yield from's result
            try {
                Object nm = v == Py.None ? Ops.type(receiver).lookup("__next__") : null;
                r = v != Py.None ? Ops.call(Ops.getAttr(receiver, "send"), new Object[] {v}, null)
                        : nm != null ? Ops.callMethod(receiver, nm, new Object[0], null) : Ops.next(receiver);
                done = false;
            } catch (PyException e) {
                if (!Errors.matches(e, Errors.StopIteration)) throw e;
                r = Ops.getAttr(e.value, "value", Py.None);
                done = true;
            }
        }
        if (done) {
            stack[sp - 1] = r;
        } else {
            stack[sp] = r;
        }
        return done;
    }

    /** Turns anything thrown inside the loop into a Python exception. */
    private static PyException asPyException(Throwable t) {
        if (t instanceof PyException pe) return pe;
        if (t instanceof StackOverflowError) {
            return Errors.of(Errors.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            // The failed allocation's data is unreachable once the stack unwinds: report it as
            // CPython does, as a MemoryError the program may catch.
            return new PyException((PyBaseException) Ops.call(Errors.MemoryError, new Object[0], null));
        }
        return InternalError.wrap(t);
    }

    private static ExceptionTableEntry findHandler(CodeObject code, int index) {
        for (ExceptionTableEntry e : code.exceptionTable) {
            if (index >= e.start() && index < e.end()) return e;
        }
        return null;
    }

    static String[] kwNames(Object tuple) {
        Object[] items = ((PyTuple) tuple).items;
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) out[i] = (String) items[i];
        return out;
    }

    private static Object docOf(CodeObject code) {
        if (code.consts.length > 0 && code.consts[0] instanceof String s && !code.name.startsWith("<")) return s;
        return Py.None;
    }

    private static PyException nameError(String name, Frame f) {
        return lookupFailed(Errors.nameError("name '" + name + "' is not defined"), name, f);
    }

    /** As CPython's format_exc_check_arg for NameError: the name, and where it was looked up. */
    private static PyException lookupFailed(PyException e, String name, Frame f) {
        Ops.setAttr(e.value, "name", name);
        e.value.lookupGlobals = f.globals;
        e.value.lookupBuiltins = f.builtins;
        return e;
    }

    private static PyException unboundLocal(String name) {
        return Errors.of(Errors.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    private static String cellName(CodeObject code, int i) {
        return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
    }

    private static PyException unboundDeref(Frame f, int i) {
        CodeObject code = f.code;
        String name = cellName(code, i);
        if (i < code.cellvars.length) return unboundLocal(name);
        return lookupFailed(Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope"), name, f);
    }

    private static void checkExceptType(Object type) {
        if (type instanceof PyTuple t) {
            for (Object o : t.items) checkExceptType(o);
            return;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Errors.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Builds the exception for {@code raise exc [from cause]}. */
    private static PyException raise(ThreadState ts, Object exc, Object cause, boolean hasCause) {
        PyBaseException value = toException(exc, "exceptions must derive from BaseException");
        if (hasCause) {
            if (cause == Py.None) {
                value.cause = null;
            } else {
                value.cause = toException(cause, "exception causes must derive from BaseException");
            }
            value.suppressContext = true;
        }
        if (ts.handled != null && ts.handled != value && value.context == null) {
            value.context = ts.handled;
        }
        return new PyException(value);
    }

    private static PyBaseException toException(Object exc, String message) {
        if (exc instanceof PyType t && t.isSubtypeOf(Errors.BaseException)) {
            Object v = Ops.call(t, new Object[0], null);
            if (v instanceof PyBaseException be) return be;
            throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not "
                    + Ops.type(v).name);
        }
        if (exc instanceof PyBaseException be) return be;
        throw Errors.typeError(message);
    }

    /** {@code f(*args, **kwargs)}. */
    private static Object callEx(Object callable, Object callargs, Object kwargs) {
        Object[] pos;
        if (callargs instanceof PyTuple t) {
            pos = t.items;
        } else {
            PyList l = new PyList();
            Object it = Containers.starIter(callargs, callable);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) l.append(v);
            pos = Arrays.copyOf(l.items, l.size);
        }
        if (kwargs == null) return Ops.call(callable, pos, null);
        PyDict kw = (PyDict) kwargs;
        List<String> kwn = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        Containers.forEachItem(kw, (k, v) -> {
            kwn.add((String) k);
            vals.add(v);
        });
        if (kwn.isEmpty()) return Ops.call(callable, pos, null);
        Object[] all = Arrays.copyOf(pos, pos.length + vals.size());
        for (int i = 0; i < vals.size(); i++) all[pos.length + i] = vals.get(i);
        return Ops.call(callable, all, kwn.toArray(new String[0]));
    }
}
