package org.specula.core.code;

/**
 * A compiled unit (module, class body, function, lambda, comprehension): the equivalent of
 * CPython's {@code types.CodeType}. Immutable once built, except {@link #instructions}, which the
 * adaptive interpreter rewrites in place (a specializable instruction and its specialized form,
 * see {@link Opcode#FIRST_SPECIALIZED}), and the {@link #sites} that hold the adaptive state.
 */
public final class CodeObject {
    // co_flags bits, as CPython
    public static final int CO_OPTIMIZED = 0x01, CO_NEWLOCALS = 0x02, CO_VARARGS = 0x04, CO_VARKEYWORDS = 0x08,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20;

    /** Source file name as given to the compiler (shown in tracebacks). */
    public final String filename;
    /** co_name: function name, "<module>", "<lambda>", "<listcomp>", class name for a class body. */
    public final String name;
    /** co_qualname, e.g. "C.method" or "f.<locals>.g". */
    public final String qualname;
    public final int flags;
    /** Positional parameters, including positional-only ones. */
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    /** Instruction words: {@code opcode | arg << 8} (see {@link Opcode}). */
    public final int[] instructions;
    /**
     * Constants: Long, BigInteger, Double, Boolean, String, Py.None, Py.Ellipsis, CodeObject, and
     * tuples of constants (the runtime's tuple type) e.g. for KW_NAMES and default tuples.
     */
    public final Object[] consts;
    /** Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD and IMPORT_* instructions. */
    public final String[] names;
    /** Local variable names: parameters first (positional, keyword-only, *args, **kwargs), then others. */
    public final String[] varnames;
    /** Names of locals captured by inner functions; cell i is created when the frame starts. */
    public final String[] cellvars;
    /** Names of variables captured from enclosing scopes; filled from the function's closure. */
    public final String[] freevars;
    /**
     * For each cellvar, the index in varnames of the parameter of the same name whose argument
     * value initialises the cell, or -1.
     */
    public final int[] cell2arg;
    /** Maximum operand stack depth. */
    public final int stacksize;
    public final int firstlineno;
    /**
     * Source positions, four ints per instruction: line, end line, column, end column (columns
     * 0-based, in code points, end exclusive); -1 where unknown. Used for tracebacks and dis.
     */
    public final int[] positions;
    /** The exception table (zero-cost try), ordered by start; innermost entries first on overlap. */
    public final ExceptionTableEntry[] exceptionTable;
    /** For each instruction of a specializable family its adaptive site, else null (parallel to instructions). */
    public final AdaptiveSite[] sites;
    /**
     * The compiled tier's code for this code object, or null: set when the code gets hot, dropped
     * (set to null) when one of its sites changes state.
     */
    public volatile org.specula.core.interp.CompiledCode compiled;
    /** Function entries and backward jumps counted towards compilation by the tier. */
    public int heat;
    /** Site changes (specializations and deoptimizations) so far. */
    public int siteChanges;
    /** Compilations so far (the tier stops compiling a code object whose sites keep changing). */
    public int compilations;
    /**
     * True when a call passing exactly {@link #argcount} positional arguments (no keywords) only
     * copies them into the new frame's locals: no *args, **kwargs or keyword-only parameters, no
     * cell or free variables, not a generator. The interpreter's fast call path tests this.
     */
    public final boolean simpleCall;

    public CodeObject(String filename, String name, String qualname, int flags, int argcount,
                      int posonlyargcount, int kwonlyargcount, int[] instructions, Object[] consts, String[] names,
                      String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg, int stacksize,
                      int firstlineno, int[] positions, ExceptionTableEntry[] exceptionTable) {
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.flags = flags;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.instructions = instructions;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.stacksize = stacksize;
        this.firstlineno = firstlineno;
        this.positions = positions;
        this.exceptionTable = exceptionTable;
        this.simpleCall = (flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) == 0 && kwonlyargcount == 0
                && cellvars.length == 0 && freevars.length == 0;
        this.sites = new AdaptiveSite[instructions.length];
        for (int i = 0; i < instructions.length; i++) {
            int family = Opcode.familyOf(Opcode.opcodeOf(instructions[i]));
            if (family >= 0) sites[i] = new AdaptiveSite(family, i);
        }
    }

    /** The instruction words as the compiler emitted them (specialized forms mapped back). */
    public int[] originalInstructions() {
        int[] out = instructions.clone();
        for (int i = 0; i < out.length; i++) {
            int op = Opcode.opcodeOf(out[i]);
            if (op >= Opcode.FIRST_SPECIALIZED) out[i] = Opcode.encode(Opcode.deopt(op), Opcode.argOf(out[i]));
        }
        return out;
    }

    /** The line of instruction {@code index}, or -1. */
    public int lineOf(int index) {
        return index >= 0 && index * 4 < positions.length ? positions[index * 4] : -1;
    }

    /** Total parameter count, including *args and **kwargs slots. */
    public int totalArgs() {
        int n = argcount + kwonlyargcount;
        if ((flags & CO_VARARGS) != 0) n++;
        if ((flags & CO_VARKEYWORDS) != 0) n++;
        return n;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
