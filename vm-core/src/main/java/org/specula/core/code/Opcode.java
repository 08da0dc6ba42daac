package org.specula.core.code;

/**
 * The instruction set. Names, stack effects and argument meanings follow CPython 3.11's opcodes
 * where the job is the same (see CPython's {@code Python/ceval.c} and {@code Lib/dis.py}); each
 * constant's Javadoc states the semantics Specula implements.
 *
 * <p>Deviations from CPython 3.11, by design:
 * <ul>
 *   <li>An instruction is one {@code int}: {@code opcode | arg << 8}. There are no CACHE entries and
 *       no EXTENDED_ARG; {@code dis} shows offset {@code 2 * index}.</li>
 *   <li>Jump arguments are absolute instruction indices (not relative deltas); the FORWARD/BACKWARD
 *       names are still chosen by direction, as in 3.11.</li>
 *   <li>No PRECALL, RESUME, CACHE, MAKE_CELL or COPY_FREE_VARS: cells live in their own array
 *       (cellvars then freevars), created when the frame is.</li>
 * </ul>
 */
public final class Opcode {
    private Opcode() {}

    /** What an instruction's argument means, used by dis to render it. */
    public enum ArgKind { NONE, NUM, CONST, NAME, GLOBAL, LOCAL, FREE, JUMP, COMPARE, BINOP, FORMAT }
    /** Does nothing. */
    public static final int NOP = 0;
    /** Pops TOS. */
    public static final int POP_TOP = 1;
    /** Pushes the NULL marker (Java null) used by CALL. */
    public static final int PUSH_NULL = 2;
    /** Pushes stack[-i] (i >= 1). */
    public static final int COPY = 3;
    /** Swaps TOS with stack[-i]. */
    public static final int SWAP = 4;
    /** TOS = +TOS. */
    public static final int UNARY_POSITIVE = 5;
    /** TOS = -TOS. */
    public static final int UNARY_NEGATIVE = 6;
    /** TOS = not TOS (a Boolean). */
    public static final int UNARY_NOT = 7;
    /** TOS = ~TOS. */
    public static final int UNARY_INVERT = 8;
    /** TOS = TOS1 op TOS; arg numbering as CPython 3.11's NB_* (0 ADD .. 12 XOR, 13.. 25 in-place forms). */
    public static final int BINARY_OP = 9;
    /** TOS = TOS1 cmp TOS; arg 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (CPython's Py_LT..Py_GE). */
    public static final int COMPARE_OP = 10;
    /** TOS = (TOS1 is TOS), negated when arg is 1. */
    public static final int IS_OP = 11;
    /** TOS = (TOS1 in TOS), negated when arg is 1. */
    public static final int CONTAINS_OP = 12;
    /** TOS = TOS1[TOS]. */
    public static final int BINARY_SUBSCR = 13;
    /** TOS1[TOS] = TOS2; pops all three. */
    public static final int STORE_SUBSCR = 14;
    /** del TOS1[TOS]. */
    public static final int DELETE_SUBSCR = 15;
    /** Pushes slice(TOS1, TOS) (arg 2) or slice(TOS2, TOS1, TOS) (arg 3). */
    public static final int BUILD_SLICE = 16;
    /** Pushes consts[arg]. */
    public static final int LOAD_CONST = 17;
    /** Pushes the value of names[arg] from locals dict, then globals, then builtins. */
    public static final int LOAD_NAME = 18;
    /** Stores TOS in the locals dict under names[arg]. */
    public static final int STORE_NAME = 19;
    /** Deletes names[arg] from the locals dict. */
    public static final int DELETE_NAME = 20;
    /** Pushes NULL first when arg & 1, then the global/builtin names[arg >> 1] (as CPython 3.11). */
    public static final int LOAD_GLOBAL = 21;
    /** Stores TOS as global names[arg]. */
    public static final int STORE_GLOBAL = 22;
    /** Deletes global names[arg]. */
    public static final int DELETE_GLOBAL = 23;
    /** Pushes local varnames[arg]; UnboundLocalError if unset. */
    public static final int LOAD_FAST = 24;
    /** Pops TOS into local varnames[arg]. */
    public static final int STORE_FAST = 25;
    /** Unsets local varnames[arg]. */
    public static final int DELETE_FAST = 26;
    /** Pushes the cell cells[arg] (cellvars then freevars) itself. */
    public static final int LOAD_CLOSURE = 27;
    /** Pushes the contents of cells[arg]; NameError/UnboundLocalError if empty. */
    public static final int LOAD_DEREF = 28;
    /** Pops TOS into cells[arg]. */
    public static final int STORE_DEREF = 29;
    /** Empties cells[arg]. */
    public static final int DELETE_DEREF = 30;
    /** In a class body: locals dict first, then cells[arg]. */
    public static final int LOAD_CLASSDEREF = 31;
    /** TOS = getattr(TOS, names[arg]). */
    public static final int LOAD_ATTR = 32;
    /** setattr(TOS, names[arg], TOS1); pops both. */
    public static final int STORE_ATTR = 33;
    /** delattr(TOS, names[arg]). */
    public static final int DELETE_ATTR = 34;
    /** Replaces TOS obj by (method, obj) when names[arg] is a plain method found on the type, else by (NULL, getattr(obj, name)), as CPython 3.11. */
    public static final int LOAD_METHOD = 35;
    /** Sets the keyword names (consts[arg], a tuple of str) for the next CALL. */
    public static final int KW_NAMES = 36;
    /** Calls with arg positional+keyword arguments; stack below them is [NULL, callable] or [method, self] (as CPython 3.11). */
    public static final int CALL = 37;
    /** Stack [NULL, callable, args tuple, kwargs dict if arg & 1]: calls callable(*args, **kwargs). */
    public static final int CALL_FUNCTION_EX = 38;
    /** Returns TOS to the caller. */
    public static final int RETURN_VALUE = 39;
    /** TOS is a code object; below it, popped in this order when flagged: closure tuple of cells (0x08), annotations (0x04), kw-defaults dict (0x02), defaults tuple (0x01). Pushes the function. */
    public static final int MAKE_FUNCTION = 40;
    /** Pushes a tuple of the top arg items. */
    public static final int BUILD_TUPLE = 41;
    /** Pushes a list of the top arg items. */
    public static final int BUILD_LIST = 42;
    /** Pushes a set of the top arg items. */
    public static final int BUILD_SET = 43;
    /** Pushes a dict of the top 2*arg items (key, value, key, value...). */
    public static final int BUILD_MAP = 44;
    /** TOS is a tuple of keys; below it arg values. Pushes the dict. */
    public static final int BUILD_CONST_KEY_MAP = 45;
    /** Concatenates the top arg strings. */
    public static final int BUILD_STRING = 46;
    /** stack[-arg] (a list, after popping TOS) .append(TOS). */
    public static final int LIST_APPEND = 47;
    /** stack[-arg].add(TOS). */
    public static final int SET_ADD = 48;
    /** stack[-arg][TOS1] = TOS (pops both). */
    public static final int MAP_ADD = 49;
    /** stack[-arg].extend(TOS). */
    public static final int LIST_EXTEND = 50;
    /** stack[-arg].update(TOS). */
    public static final int SET_UPDATE = 51;
    /** stack[-arg].update(TOS). */
    public static final int DICT_UPDATE = 52;
    /** Like DICT_UPDATE but raises on duplicate keys (for f(**a, **b)). */
    public static final int DICT_MERGE = 53;
    /** TOS = tuple(TOS). */
    public static final int LIST_TO_TUPLE = 54;
    /** f-string piece: (arg & 3) 1 str(), 2 repr(), 3 ascii(); arg & 4: a format spec is on TOS, the value below it. */
    public static final int FORMAT_VALUE = 55;
    /** Pops an iterable of exactly arg items and pushes them so the first is on top. */
    public static final int UNPACK_SEQUENCE = 56;
    /** Star unpacking: arg & 0xFF targets before the star, arg >> 8 after it. */
    public static final int UNPACK_EX = 57;
    /** TOS = iter(TOS). */
    public static final int GET_ITER = 58;
    /** TOS is an iterator: pushes next(TOS), or when exhausted pops it and jumps to arg. */
    public static final int FOR_ITER = 59;
    /** Jumps to arg (absolute instruction index, forward). */
    public static final int JUMP_FORWARD = 60;
    /** Jumps to arg (absolute instruction index, backward); a loop back-edge. */
    public static final int JUMP_BACKWARD = 61;
    /** As JUMP_BACKWARD, not a loop back-edge. */
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 62;
    /** Pops TOS; jumps to arg if it is false. */
    public static final int POP_JUMP_FORWARD_IF_FALSE = 63;
    /** Pops TOS; jumps to arg if it is true. */
    public static final int POP_JUMP_FORWARD_IF_TRUE = 64;
    /** Pops TOS; jumps to arg if it is None. */
    public static final int POP_JUMP_FORWARD_IF_NONE = 65;
    /** Pops TOS; jumps to arg if it is not None. */
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 66;
    /** Pops TOS; jumps back to arg if it is false. */
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 67;
    /** Pops TOS; jumps back to arg if it is true. */
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 68;
    /** Pops TOS; jumps back to arg if it is None. */
    public static final int POP_JUMP_BACKWARD_IF_NONE = 69;
    /** Pops TOS; jumps back to arg if it is not None. */
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 70;
    /** If TOS is false jumps to arg keeping it, else pops it. */
    public static final int JUMP_IF_FALSE_OR_POP = 71;
    /** If TOS is true jumps to arg keeping it, else pops it. */
    public static final int JUMP_IF_TRUE_OR_POP = 72;
    /** Pops exc; pushes the currently handled exception (or None); makes exc the handled one; pushes exc. */
    public static final int PUSH_EXC_INFO = 73;
    /** Pops a value and restores it as the currently handled exception. */
    public static final int POP_EXCEPT = 74;
    /** TOS is an exception type (or tuple), TOS1 the exception: replaces TOS by isinstance(TOS1, TOS). */
    public static final int CHECK_EXC_MATCH = 75;
    /** Pops exc and re-raises it without adding a traceback entry; if arg, frame's lasti = stack[-arg] first. */
    public static final int RERAISE = 76;
    /** 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    public static final int RAISE_VARARGS = 77;
    /** Pushes AssertionError. */
    public static final int LOAD_ASSERTION_ERROR = 78;
    /** Pushes builtins.__build_class__. */
    public static final int LOAD_BUILD_CLASS = 79;
    /** Creates __annotations__ in the locals dict if absent. */
    public static final int SETUP_ANNOTATIONS = 80;
    /** TOS fromlist, TOS1 level: pushes the module names[arg]. */
    public static final int IMPORT_NAME = 81;
    /** Pushes getattr(TOS, names[arg]) (TOS stays), ImportError if absent. */
    public static final int IMPORT_FROM = 82;
    /** Pops a module and copies its public names into the locals. */
    public static final int IMPORT_STAR = 83;
    /** TOS = mgr: pushes mgr.__exit__ bound, then the result of mgr.__enter__(). */
    public static final int BEFORE_WITH = 84;
    /** Stack [exit_func, lasti, prev_exc, exc]: pushes exit_func(type(exc), exc, exc.__traceback__). */
    public static final int WITH_EXCEPT_START = 85;
    /** Starts a generator function: creates the generator for this frame and returns it. */
    public static final int RETURN_GENERATOR = 86;
    /** Suspends the frame yielding TOS; resumes with the sent value on TOS. */
    public static final int YIELD_VALUE = 87;
    /** TOS = iter(TOS) unless it is a generator. */
    public static final int GET_YIELD_FROM_ITER = 88;
    /** TOS value, TOS1 sub-iterator: pushes its next/sent value, or when it finishes pops the value, replaces TOS by the return value and jumps to arg. */
    public static final int SEND = 89;
    /** Reserved. */
    public static final int END_FOR = 90;


    // Specialized forms. The compiler never emits these: the adaptive machinery rewrites a site's
    // instruction to the specialized form of its family once a plugin handler is installed at the
    // site (the handler is in the code object's AdaptiveSite), and back on deoptimization. dis
    // shows the handler's name (BINARY_OP_MULTIPLY_FLOAT) for them.
    /** BINARY_OP running its site's specialized handler. */
    public static final int BINARY_OP_SPECIALIZED = 91;
    /** COMPARE_OP running its site's specialized handler. */
    public static final int COMPARE_OP_SPECIALIZED = 92;
    /** BINARY_SUBSCR running its site's specialized handler. */
    public static final int BINARY_SUBSCR_SPECIALIZED = 93;
    /** STORE_SUBSCR running its site's specialized handler. */
    public static final int STORE_SUBSCR_SPECIALIZED = 94;
    /** CONTAINS_OP running its site's specialized handler. */
    public static final int CONTAINS_OP_SPECIALIZED = 95;
    /** LOAD_ATTR running its site's specialized handler. */
    public static final int LOAD_ATTR_SPECIALIZED = 96;
    /** STORE_ATTR running its site's specialized handler. */
    public static final int STORE_ATTR_SPECIALIZED = 97;
    /** LOAD_METHOD running its site's specialized handler. */
    public static final int LOAD_METHOD_SPECIALIZED = 98;
    /** LOAD_GLOBAL running its site's specialized handler. */
    public static final int LOAD_GLOBAL_SPECIALIZED = 99;
    /** CALL running its site's specialized handler. */
    public static final int CALL_SPECIALIZED = 100;
    /** FOR_ITER running its site's specialized handler. */
    public static final int FOR_ITER_SPECIALIZED = 101;
    /** UNPACK_SEQUENCE running its site's specialized handler. */
    public static final int UNPACK_SEQUENCE_SPECIALIZED = 102;
    /**
     * COMPARE_OP running its site's specialized handler, fused with the POP_JUMP_IF_FALSE/TRUE
     * that follows it (CPython 3.11's COMPARE_OP_*_JUMP): the comparison's result steers the jump
     * directly, without being pushed and popped, and the jump instruction is skipped.
     */
    public static final int COMPARE_OP_JUMP_SPECIALIZED = 103;
    /**
     * FOR_ITER running its site's specialized handler, fused with the STORE_FAST that follows it
     * (as CPython 3.12's FOR_ITER_RANGE): the item goes straight into the local, and the store
     * instruction is skipped.
     */
    public static final int FOR_ITER_STORE_SPECIALIZED = 104;

    /** Number of opcodes; valid opcodes are 0 .. COUNT-1. */
    public static final int COUNT = 105;

    private static final String[] NAMES = {
        "NOP",
        "POP_TOP",
        "PUSH_NULL",
        "COPY",
        "SWAP",
        "UNARY_POSITIVE",
        "UNARY_NEGATIVE",
        "UNARY_NOT",
        "UNARY_INVERT",
        "BINARY_OP",
        "COMPARE_OP",
        "IS_OP",
        "CONTAINS_OP",
        "BINARY_SUBSCR",
        "STORE_SUBSCR",
        "DELETE_SUBSCR",
        "BUILD_SLICE",
        "LOAD_CONST",
        "LOAD_NAME",
        "STORE_NAME",
        "DELETE_NAME",
        "LOAD_GLOBAL",
        "STORE_GLOBAL",
        "DELETE_GLOBAL",
        "LOAD_FAST",
        "STORE_FAST",
        "DELETE_FAST",
        "LOAD_CLOSURE",
        "LOAD_DEREF",
        "STORE_DEREF",
        "DELETE_DEREF",
        "LOAD_CLASSDEREF",
        "LOAD_ATTR",
        "STORE_ATTR",
        "DELETE_ATTR",
        "LOAD_METHOD",
        "KW_NAMES",
        "CALL",
        "CALL_FUNCTION_EX",
        "RETURN_VALUE",
        "MAKE_FUNCTION",
        "BUILD_TUPLE",
        "BUILD_LIST",
        "BUILD_SET",
        "BUILD_MAP",
        "BUILD_CONST_KEY_MAP",
        "BUILD_STRING",
        "LIST_APPEND",
        "SET_ADD",
        "MAP_ADD",
        "LIST_EXTEND",
        "SET_UPDATE",
        "DICT_UPDATE",
        "DICT_MERGE",
        "LIST_TO_TUPLE",
        "FORMAT_VALUE",
        "UNPACK_SEQUENCE",
        "UNPACK_EX",
        "GET_ITER",
        "FOR_ITER",
        "JUMP_FORWARD",
        "JUMP_BACKWARD",
        "JUMP_BACKWARD_NO_INTERRUPT",
        "POP_JUMP_FORWARD_IF_FALSE",
        "POP_JUMP_FORWARD_IF_TRUE",
        "POP_JUMP_FORWARD_IF_NONE",
        "POP_JUMP_FORWARD_IF_NOT_NONE",
        "POP_JUMP_BACKWARD_IF_FALSE",
        "POP_JUMP_BACKWARD_IF_TRUE",
        "POP_JUMP_BACKWARD_IF_NONE",
        "POP_JUMP_BACKWARD_IF_NOT_NONE",
        "JUMP_IF_FALSE_OR_POP",
        "JUMP_IF_TRUE_OR_POP",
        "PUSH_EXC_INFO",
        "POP_EXCEPT",
        "CHECK_EXC_MATCH",
        "RERAISE",
        "RAISE_VARARGS",
        "LOAD_ASSERTION_ERROR",
        "LOAD_BUILD_CLASS",
        "SETUP_ANNOTATIONS",
        "IMPORT_NAME",
        "IMPORT_FROM",
        "IMPORT_STAR",
        "BEFORE_WITH",
        "WITH_EXCEPT_START",
        "RETURN_GENERATOR",
        "YIELD_VALUE",
        "GET_YIELD_FROM_ITER",
        "SEND",
        "END_FOR",
        "BINARY_OP_SPECIALIZED",
        "COMPARE_OP_SPECIALIZED",
        "BINARY_SUBSCR_SPECIALIZED",
        "STORE_SUBSCR_SPECIALIZED",
        "CONTAINS_OP_SPECIALIZED",
        "LOAD_ATTR_SPECIALIZED",
        "STORE_ATTR_SPECIALIZED",
        "LOAD_METHOD_SPECIALIZED",
        "LOAD_GLOBAL_SPECIALIZED",
        "CALL_SPECIALIZED",
        "FOR_ITER_SPECIALIZED",
        "UNPACK_SEQUENCE_SPECIALIZED",
        "COMPARE_OP_JUMP_SPECIALIZED",
        "FOR_ITER_STORE_SPECIALIZED",
    };

    private static final ArgKind[] KINDS = {
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.BINOP,
        ArgKind.COMPARE,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NUM,
        ArgKind.CONST,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.GLOBAL,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.LOCAL,
        ArgKind.LOCAL,
        ArgKind.LOCAL,
        ArgKind.FREE,
        ArgKind.FREE,
        ArgKind.FREE,
        ArgKind.FREE,
        ArgKind.FREE,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.CONST,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.FORMAT,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.JUMP,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NUM,
        ArgKind.NUM,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.JUMP,
        ArgKind.NONE,
        ArgKind.BINOP,
        ArgKind.COMPARE,
        ArgKind.NONE,
        ArgKind.NONE,
        ArgKind.NUM,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.NAME,
        ArgKind.GLOBAL,
        ArgKind.NUM,
        ArgKind.JUMP,
        ArgKind.NUM,
        ArgKind.COMPARE,
        ArgKind.JUMP,
    };

    /** The opcode's name as dis prints it. */
    public static String name(int opcode) {
        return opcode >= 0 && opcode < COUNT ? NAMES[opcode] : "<" + opcode + ">";
    }

    public static ArgKind argKind(int opcode) {
        return KINDS[opcode];
    }

    /** True when the instruction uses its argument (dis prints it). */
    public static boolean hasArg(int opcode) {
        return KINDS[opcode] != ArgKind.NONE;
    }

    /** True for the instructions whose argument is a jump target. */
    public static boolean isJump(int opcode) {
        return KINDS[opcode] == ArgKind.JUMP;
    }

    /** The first specialized opcode; specialized opcode = FIRST_SPECIALIZED + family index. */
    public static final int FIRST_SPECIALIZED = BINARY_OP_SPECIALIZED;
    /** The adaptive (base) opcode of each family, in {@code org.specula.api.spi.Family} order. */
    private static final int[] FAMILY_BASE = {BINARY_OP, COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR, CONTAINS_OP, LOAD_ATTR,
            STORE_ATTR, LOAD_METHOD, LOAD_GLOBAL, CALL, FOR_ITER, UNPACK_SEQUENCE};
    private static final int[] FAMILY_OF = new int[COUNT];

    static {
        java.util.Arrays.fill(FAMILY_OF, -1);
        for (int i = 0; i < FAMILY_BASE.length; i++) {
            FAMILY_OF[FAMILY_BASE[i]] = i;
            FAMILY_OF[FIRST_SPECIALIZED + i] = i;
        }
        FAMILY_OF[COMPARE_OP_JUMP_SPECIALIZED] = FAMILY_OF[COMPARE_OP];
        FAMILY_OF[FOR_ITER_STORE_SPECIALIZED] = FAMILY_OF[FOR_ITER];
    }

    /** The family index (Family.ordinal()) of an adaptive or specialized opcode, or -1. */
    public static int familyOf(int opcode) {
        return FAMILY_OF[opcode];
    }

    /** The adaptive opcode of a family. */
    public static int adaptiveOf(int family) {
        return FAMILY_BASE[family];
    }

    /** The specialized opcode of a family. */
    public static int specializedOf(int family) {
        return FIRST_SPECIALIZED + family;
    }

    /** True for the conditional jumps a specialized COMPARE_OP fuses with (on a bool). */
    public static boolean isBoolJump(int opcode) {
        return opcode == POP_JUMP_FORWARD_IF_FALSE || opcode == POP_JUMP_FORWARD_IF_TRUE
                || opcode == POP_JUMP_BACKWARD_IF_FALSE || opcode == POP_JUMP_BACKWARD_IF_TRUE;
    }

    /** The opcode the compiler emitted: specialized forms map back to their family's adaptive opcode. */
    public static int deopt(int opcode) {
        return opcode >= FIRST_SPECIALIZED ? FAMILY_BASE[FAMILY_OF[opcode]] : opcode;
    }

    /** Packs an instruction word. */
    public static int encode(int opcode, int arg) {
        return opcode | (arg << 8);
    }

    public static int opcodeOf(int word) {
        return word & 0xFF;
    }

    public static int argOf(int word) {
        return word >>> 8;
    }

    // BINARY_OP arguments (CPython 3.11's NB_* numbering)
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13;
    /** The symbol dis shows for a BINARY_OP argument: "+", "&", ..., "+=", ... */
    public static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

    // COMPARE_OP arguments (CPython's Py_LT .. Py_GE)
    public static final int CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    // MAKE_FUNCTION flags
    public static final int MF_DEFAULTS = 0x01, MF_KWDEFAULTS = 0x02, MF_ANNOTATIONS = 0x04, MF_CLOSURE = 0x08;
}
