package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.dis.Dis;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Numbers;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyBoundMethod;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyClassMethod;
import org.specula.core.runtime.PyStaticMethod;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The modules implemented in Java: sys, dis, math, time, io, _itertools and _operator (the Java halves of itertools and operator). */
final class BuiltinModules {
    private BuiltinModules() {}

    /** The version Specula reports as sys.version_info (the CPython semantics it follows). */
    static final String VERSION = "3.11.7 (Specula 0.1.0)";

    /** Creates the named built-in module, or returns null when there is none by that name. */
    static PyModule create(PyRuntime rt, String name) {
        switch (name) {
            case "sys": return sys(rt);
            case "dis": return dis(rt);
            case "math": return math();
            case "time": return time();
            case "_itertools": { PyModule m = module("_itertools"); org.specula.core.runtime.Itertools.fill(m.dict); return m; }
            case "_operator": { PyModule m = module("_operator"); org.specula.core.runtime.OperatorGetters.fill(m.dict); return m; }
            case "io": { PyModule m = module("io"); org.specula.core.runtime.PyFile.fillIoModule(m.dict); return m; }
            default: return null;
        }
    }

    private static PyModule module(String name) {
        PyDict d = new PyDict();
        d.put("__name__", name);
        d.put("__doc__", Py.None);
        return new PyModule(name, d);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.put(name, new PyBuiltinFunction(name, false, impl));
    }

    private static void arity(String name, Object[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max) {
            if (min == 1) throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
            throw Errors.typeError(name + " expected " + min + " arguments, got " + n);
        }
        if (n < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    // ------------------------------------------------------------------ sys

    static PyModule sys(PyRuntime rt) {
        PyModule m = module("sys");
        PyList argv = new PyList();
        for (String a : rt.argv) argv.append(a);
        m.dict.put("argv", argv);
        m.dict.put("path", rt.path);
        m.dict.put("modules", rt.modules);
        m.dict.put("stdin", new StdIn(rt));
        m.dict.put("__stdin__", m.dict.getStr("stdin"));
        m.dict.put("stdout", new StdStream(rt, false));
        m.dict.put("stderr", new StdStream(rt, true));
        m.dict.put("__stdout__", m.dict.getStr("stdout"));
        m.dict.put("__stderr__", m.dict.getStr("stderr"));
        m.dict.put("version", VERSION);
        m.dict.put("version_info", new PyTuple(3L, 11L, 7L, "final", 0L));
        m.dict.put("hexversion", 0x030B07F0L);
        m.dict.put("maxsize", Long.MAX_VALUE);
        m.dict.put("platform", "linux");
        m.dict.put("byteorder", "little");
        m.dict.put("executable", "specula");
        m.dict.put("implementation_name", "specula");
        def(m, "exit", (args, kw) -> {
            arity("exit", args, kw, 0, 1);
            Object[] a = args.length == 0 ? new Object[0] : new Object[] {args[0]};
            throw new org.specula.core.runtime.PyException((PyBaseException) Ops.call(Errors.SystemExit, a, null));
        });
        def(m, "getrecursionlimit", (args, kw) -> {
            arity("getrecursionlimit", args, kw, 0, 0);
            return (long) PyRuntime.current().recursionLimit;
        });
        def(m, "setrecursionlimit", (args, kw) -> {
            arity("setrecursionlimit", args, kw, 1, 1);
            if (!(args[0] instanceof Long n)) {
                if (args[0] instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
                throw Errors.typeError("'" + Ops.type(args[0]).name + "' object cannot be interpreted as an integer");
            }
            if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            if (n > Integer.MAX_VALUE) throw Errors.of(Errors.OverflowError, "Python int too large to convert to C int");
            Interpreter.ThreadState ts = Interpreter.state();
            if (n <= ts.depth) {
                throw Errors.of(Errors.RecursionError, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + ts.depth + ": the limit is too low");
            }
            PyRuntime.current().recursionLimit = (int) (long) n;
            return Py.None;
        });
        def(m, "exc_info", (args, kw) -> {
            arity("exc_info", args, kw, 0, 0);
            PyBaseException e = Interpreter.handledException();
            if (e == null) return new PyTuple(Py.None, Py.None, Py.None);
            return new PyTuple(e.type, e, Py.None);
        });
        def(m, "intern", (args, kw) -> {
            arity("intern", args, kw, 1, 1);
            if (!(args[0] instanceof String s)) throw Errors.typeError("intern() argument must be str, not " + Ops.type(args[0]).name);
            return s.intern();
        });
        return m;
    }

    // ------------------------------------------------------------------ dis

    /** The keyword arguments of dis.dis / dis.disassemble. */
    private static final class DisArgs {
        Object x = Py.None;
        Object file = Py.None;
        int depth = -1;
        boolean adaptive;
    }

    /**
     * Parses {@code (x=None, *, file=None, depth=None, show_caches=False, adaptive=False)}
     * (dis.disassemble has {@code lasti} instead of {@code depth}, ignored). {@code show_caches}
     * is accepted and ignored: Specula's instructions have no CACHE entries.
     */
    private static DisArgs disArgs(String fn, Object[] args, String[] kw, boolean hasDepth) {
        DisArgs a = new DisArgs();
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int maxPos = hasDepth ? 1 : 2;
        if (npos > maxPos) {
            throw Errors.typeError(fn + "() takes from " + (hasDepth ? 0 : 1) + " to " + maxPos
                    + " positional arguments but " + npos + " were given");
        }
        if (npos > 0) a.x = args[0];
        for (int i = 0; i < nkw; i++) {
            Object v = args[npos + i];
            String k = kw[i];
            if (k.equals(hasDepth ? "x" : "co")) {
                if (npos > 0) throw Errors.typeError(fn + "() got multiple values for argument '" + k + "'");
                a.x = v;
            } else if (k.equals("adaptive")) {
                a.adaptive = Ops.isTrue(v);
            } else if (k.equals("file")) {
                a.file = v;
            } else if (k.equals("depth") && hasDepth) {
                if (v != Py.None) {
                    if (!(v instanceof Long d)) throw Errors.typeError("depth must be an int or None, not " + Ops.type(v).name);
                    a.depth = (int) Math.max(0, Math.min(Integer.MAX_VALUE, d));
                }
            } else if (!k.equals("show_caches") && !(k.equals("lasti") && !hasDepth)) {
                throw Errors.typeError(fn + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        return a;
    }

    private static void disWrite(Object file, String text) {
        if (file == Py.None) {
            PyRuntime.current().stdout.print(text);
        } else {
            Ops.call(Ops.getAttr(file, "write"), new Object[] {text}, null);
        }
    }

    private static PyModule dis(PyRuntime rt) {
        PyModule m = module("dis");
        m.dict.put("dis", new PyBuiltinFunction("dis", false, (args, kw) -> {
            DisArgs a = disArgs("dis", args, kw, true);
            if (a.x == Py.None) throw Errors.of(Errors.RuntimeError, "no last traceback to disassemble");
            disWrite(a.file, disassemble(a.x, a.adaptive, a.depth));
            return Py.None;
        }));
        m.dict.put("disassemble", new PyBuiltinFunction("disassemble", false, (args, kw) -> {
            DisArgs a = disArgs("disassemble", args, kw, false);
            if (a.x == Py.None && (args.length == 0 || kw != null && args.length == kw.length)) {
                throw Errors.typeError("disassemble() missing 1 required positional argument: 'co'");
            }
            if (!(a.x instanceof CodeObject co)) {
                throw Errors.of(Errors.AttributeError, "'" + Ops.type(a.x).name + "' object has no attribute 'co_lines'");
            }
            disWrite(a.file, Dis.disassemble(co, a.adaptive));
            return Py.None;
        }));
        m.dict.put("get_instructions", new PyBuiltinFunction("get_instructions", false, (args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) throw Errors.typeError("get_instructions() takes 1 positional argument but " + npos + " were given");
            Object x = npos == 1 ? args[0] : null;
            Object firstLine = Py.None;
            boolean adaptive = false;
            for (int i = 0; i < nkw; i++) {
                Object v = args[npos + i];
                switch (kw[i]) {
                    case "x" -> x = v;
                    case "first_line" -> firstLine = v;
                    case "adaptive" -> adaptive = Ops.isTrue(v);
                    case "show_caches" -> { }
                    default -> throw Errors.typeError("get_instructions() got an unexpected keyword argument '" + kw[i] + "'");
                }
            }
            if (x == null) throw Errors.typeError("get_instructions() missing 1 required positional argument: 'x'");
            return Ops.iter(instructionList(m, x, firstLine, adaptive));
        }));
        // dis.Instruction and dis.Positions: named tuples, as CPython's
        Object namedtuple = Ops.getAttr(Importer.importName(rt, "collections", Py.None, 0, null), "namedtuple");
        m.dict.put("Instruction", Ops.call(namedtuple, new Object[] {"Instruction",
                "opname opcode arg argval argrepr offset starts_line is_jump_target positions"}, null));
        m.dict.put("Positions", Ops.call(namedtuple, new Object[] {"Positions", "lineno end_lineno col_offset end_col_offset",
                new PyList(new Object[] {Py.None, Py.None, Py.None, Py.None})}, new String[] {"defaults"}));
        m.dict.put("_get_code_object", new PyBuiltinFunction("_get_code_object", false, (args, kw) -> {
            arity("_get_code_object", args, kw, 1, 1);
            CodeObject code = codeOf(args[0]);
            if (code == null && args[0] instanceof String src) code = Pipeline.compile(src, "<disassembly>");
            if (code == null) throw Errors.typeError("don't know how to disassemble " + Ops.type(args[0]).name + " objects");
            return code;
        }));
        m.dict.put("_listing", new PyBuiltinFunction("_listing", false, (args, kw) -> {
            arity("_listing", args, kw, 2, 2);
            return Dis.disassemble((CodeObject) args[0], Ops.isTrue(args[1]));
        }));
        Interpreter.runModule(Pipeline.compile(DIS_BYTECODE, "<dis>"), m.dict);
        return m;
    }

    /** dis.Bytecode, in Python over get_instructions (CPython 3.11's interface, without current_offset markers). */
    private static final String DIS_BYTECODE = """
            class Bytecode:
                \"""The bytecode operations of a piece of code: iterate for Instructions, dis() for the listing.\"""
                def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
                    self.codeobj = co = _get_code_object(x)
                    self.first_line = co.co_firstlineno if first_line is None else first_line
                    self._original_object = x
                    self.current_offset = current_offset
                    self.show_caches = show_caches
                    self.adaptive = adaptive
                def __iter__(self):
                    return get_instructions(self.codeobj, first_line=self.first_line, adaptive=self.adaptive)
                def __repr__(self):
                    return "{}({!r})".format(self.__class__.__name__, self._original_object)
                def dis(self):
                    return _listing(self.codeobj, self.adaptive)
            """;

    /**
     * dis.get_instructions(x, first_line=..., adaptive=...) as a list of dis.Instruction named
     * tuples. Opcode numbers are Specula's; jump targets are offsets without CACHE entries.
     */
    private static PyList instructionList(PyModule m, Object x, Object firstLine, boolean adaptive) {
        CodeObject code = codeOf(x);
        if (code == null && x instanceof String src) code = Pipeline.compile(src, "<disassembly>");
        if (code == null) throw Errors.typeError("don't know how to disassemble " + Ops.type(x).name + " objects");
        int lineOffset = 0;
        if (firstLine != Py.None) {
            if (!(firstLine instanceof Long fl)) throw Errors.typeError("first_line must be an int, not " + Ops.type(firstLine).name);
            lineOffset = (int) (fl - code.firstlineno);
        }
        Object instruction = m.dict.get("Instruction"), positions = m.dict.get("Positions");
        PyList out = new PyList();
        for (Dis.Instruction in : Dis.instructions(code, adaptive)) {
            int i = in.offset() / 2;
            Object[] pos = new Object[4];
            for (int k = 0; k < 4; k++) {
                int v = i * 4 + k < code.positions.length ? code.positions[i * 4 + k] : -1;
                pos[k] = v < 0 ? Py.None : (Object) (long) v; // not shifted by first_line, as CPython 3.11
            }
            Object arg = in.hasArg() ? (Object) (long) in.arg() : Py.None;
            Object starts = in.startsLine() == null ? Py.None : (Object) (long) (in.startsLine() + lineOffset);
            out.append(Ops.call(instruction, new Object[] {in.opname(), (long) in.opcode(), arg,
                    argval(code, in), in.argrepr(), (long) in.offset(), starts, in.isJumpTarget(),
                    Ops.call(positions, pos, null)}, null));
        }
        return out;
    }

    /** An Instruction's argval as CPython 3.11 computes it from the argument. */
    private static Object argval(CodeObject code, Dis.Instruction in) {
        if (!in.hasArg()) return Py.None;
        int op = org.specula.core.code.Opcode.deopt(in.opcode());
        int arg = in.arg();
        switch (org.specula.core.code.Opcode.argKind(op)) {
            case CONST:
                if (op == org.specula.core.code.Opcode.KW_NAMES) return (long) arg; // not a "hasconst" op in 3.11
                return arg < code.consts.length ? code.consts[arg] : (Object) (long) arg;
            case NAME:
                return arg < code.names.length ? code.names[arg] : (Object) (long) arg;
            case GLOBAL:
                return (arg >> 1) < code.names.length ? code.names[arg >> 1] : (Object) (long) arg;
            case LOCAL:
                return arg < code.varnames.length ? code.varnames[arg] : (Object) (long) arg;
            case FREE: {
                if (arg < code.cellvars.length) return code.cellvars[arg];
                int f = arg - code.cellvars.length;
                return f < code.freevars.length ? code.freevars[f] : (Object) (long) arg;
            }
            case JUMP:
                return (long) (2 * arg);
            case COMPARE:
                return arg < org.specula.core.code.Opcode.CMP_SYMBOLS.length ? org.specula.core.code.Opcode.CMP_SYMBOLS[arg]
                        : (Object) (long) arg;
            case FORMAT: {
                String conv = switch (arg & 3) {
                    case 1 -> "str";
                    case 2 -> "repr";
                    case 3 -> "ascii";
                    default -> null;
                };
                Object fn = conv == null ? Py.None : PyRuntime.current().builtins.dict.get(conv);
                return new PyTuple(fn, (arg & 4) != 0);
            }
            default:
                return (long) arg;
        }
    }

    /** The text dis.dis(x) prints (original instructions, no depth limit). */
    static String disassemble(Object x) {
        return disassemble(x, false, -1);
    }

    /** The code object dis finds in x (a function, method, classmethod or staticmethod), or null. */
    private static CodeObject codeOf(Object x) {
        if (x instanceof PyBoundMethod bm) x = bm.function;
        if (x instanceof PyClassMethod cm) x = cm.callable;
        if (x instanceof PyStaticMethod sm) x = sm.callable;
        if (x instanceof PyFunction f) return f.code;
        return x instanceof CodeObject c ? c : null;
    }

    /**
     * The text dis.dis(x, depth=..., adaptive=...) prints: for a class or module, each function,
     * method or class in its namespace sorted by name (as CPython 3.11); for a function, method or
     * code object its listing and those of nested code objects; for a str, its compiled listing.
     */
    static String disassemble(Object x, boolean adaptive, int depth) {
        CodeObject code = codeOf(x);
        if (code != null) return Dis.dis(code, adaptive, depth);
        if (x instanceof String src) return Dis.dis(Pipeline.compile(src, "<dis>"), adaptive, depth);
        java.util.TreeMap<String, Object> items = new java.util.TreeMap<>();
        if (x instanceof PyType t) {
            for (var e : t.dict.entrySet()) items.put(e.getKey(), e.getValue());
        } else if (x instanceof PyModule mod) {
            Object it = Ops.iter(mod.dict);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                if (k instanceof String name) items.put(name, mod.dict.get(k));
            }
        } else {
            throw Errors.typeError("don't know how to disassemble " + Ops.type(x).name + " objects");
        }
        StringBuilder sb = new StringBuilder();
        for (var e : items.entrySet()) {
            Object v = e.getValue();
            if (codeOf(v) != null || v instanceof PyType) {
                sb.append("Disassembly of ").append(e.getKey()).append(":\n")
                        .append(disassemble(v, adaptive, depth)).append('\n');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ math

    private static double real(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw Errors.of(Errors.OverflowError, "int too large to convert to float");
            return d;
        }
        throw Errors.typeError("must be real number, not " + Ops.type(o).name);
    }

    private static BigInteger integer(Object o, String fn) {
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof BigInteger b) return b;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        throw Errors.typeError("'" + Ops.type(o).name + "' object cannot be interpreted as an integer");
    }

    private static Object intOf(BigInteger b) {
        return Numbers.normalize(b);
    }

    private static Object floorOrCeil(Object o, boolean floor) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        double d = real(o);
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.of(Errors.OverflowError, "cannot convert float infinity to integer");
        double r = floor ? Math.floor(d) : Math.ceil(d);
        if (Math.abs(r) < 9.0e18) return (long) r;
        return intOf(new BigDecimal(r).toBigInteger());
    }

    private static double check(double result, double... inputs) {
        if (Double.isNaN(result)) {
            for (double in : inputs) if (Double.isNaN(in)) return result;
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(result)) {
            for (double in : inputs) if (Double.isInfinite(in)) return result;
            throw Errors.of(Errors.OverflowError, "math range error");
        }
        return result;
    }

    private interface D1 { double apply(double x); }

    private static void unary(PyModule m, String name, D1 fn) {
        def(m, name, (args, kw) -> {
            arity(name, args, kw, 1, 1);
            double x = real(args[0]);
            return check(fn.apply(x), x);
        });
    }

    private static PyModule math() {
        PyModule m = module("math");
        m.dict.put("pi", Math.PI);
        m.dict.put("e", Math.E);
        m.dict.put("tau", 2 * Math.PI);
        m.dict.put("inf", Double.POSITIVE_INFINITY);
        m.dict.put("nan", Double.NaN);
        def(m, "sqrt", (args, kw) -> {
            arity("sqrt", args, kw, 1, 1);
            double x = real(args[0]);
            if (x < 0) throw Errors.valueError("math domain error");
            return Math.sqrt(x);
        });
        unary(m, "exp", Math::exp);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "log2", x -> {
            if (x <= 0) throw Errors.valueError("math domain error");
            return Math.log(x) / Math.log(2);
        });
        unary(m, "log10", x -> {
            if (x <= 0) throw Errors.valueError("math domain error");
            return Math.log10(x);
        });
        def(m, "log", (args, kw) -> {
            arity("log", args, kw, 1, 2);
            double x = logOf(args[0]);
            if (args.length == 2) {
                double b = logOf(args[1]);
                if (b == 0) throw Errors.zeroDivision("float division by zero");
                return x / b;
            }
            return x;
        });
        def(m, "pow", (args, kw) -> {
            arity("pow", args, kw, 2, 2);
            double x = real(args[0]), y = real(args[1]);
            if (x == 0 && y < 0) throw Errors.valueError("math domain error");
            return check(Math.pow(x, y), x, y);
        });
        def(m, "atan2", (args, kw) -> {
            arity("atan2", args, kw, 2, 2);
            return Math.atan2(real(args[0]), real(args[1]));
        });
        def(m, "hypot", (args, kw) -> {
            double s = 0;
            for (Object a : args) {
                double v = real(a);
                s = Math.hypot(s, v);
            }
            return s;
        });
        def(m, "copysign", (args, kw) -> {
            arity("copysign", args, kw, 2, 2);
            return Math.copySign(real(args[0]), real(args[1]));
        });
        def(m, "fmod", (args, kw) -> {
            arity("fmod", args, kw, 2, 2);
            double x = real(args[0]), y = real(args[1]);
            if (y == 0 && !Double.isNaN(x)) throw Errors.valueError("math domain error");
            return x % y;
        });
        def(m, "floor", (args, kw) -> {
            arity("floor", args, kw, 1, 1);
            return floorOrCeil(args[0], true);
        });
        def(m, "ceil", (args, kw) -> {
            arity("ceil", args, kw, 1, 1);
            return floorOrCeil(args[0], false);
        });
        def(m, "trunc", (args, kw) -> {
            arity("trunc", args, kw, 1, 1);
            Object o = args[0];
            if (!(o instanceof Double d)) return floorOrCeil(o, true);
            return floorOrCeil(d, d >= 0);
        });
        def(m, "isnan", (args, kw) -> {
            arity("isnan", args, kw, 1, 1);
            return Double.isNaN(real(args[0]));
        });
        def(m, "isinf", (args, kw) -> {
            arity("isinf", args, kw, 1, 1);
            return Double.isInfinite(real(args[0]));
        });
        def(m, "isfinite", (args, kw) -> {
            arity("isfinite", args, kw, 1, 1);
            return Double.isFinite(real(args[0]));
        });
        def(m, "gcd", (args, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object a : args) g = g.gcd(integer(a, "gcd"));
            return intOf(g);
        });
        def(m, "factorial", (args, kw) -> {
            arity("factorial", args, kw, 1, 1);
            if (args[0] instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            BigInteger n = integer(args[0], "factorial");
            if (n.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) r = r.multiply(BigInteger.valueOf(i));
            return intOf(r);
        });
        def(m, "isqrt", (args, kw) -> {
            arity("isqrt", args, kw, 1, 1);
            BigInteger n = integer(args[0], "isqrt");
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return intOf(n.sqrt());
        });
        def(m, "comb", (args, kw) -> {
            arity("comb", args, kw, 2, 2);
            BigInteger n = integer(args[0], "comb"), k = integer(args[1], "comb");
            if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (k.compareTo(n) > 0) return 0L;
            BigInteger r = BigInteger.ONE;
            long kk = k.min(n.subtract(k)).longValueExact();
            for (long i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return intOf(r);
        });
        def(m, "prod", (args, kw) -> {
            if (args.length < 1) throw Errors.typeError("prod() missing required argument 'iterable' (pos 1)");
            Object acc = 1L;
            if (kw != null && kw.length == 1 && kw[0].equals("start")) acc = args[args.length - 1];
            Object it = Ops.iter(args[0]);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) acc = Ops.binaryOp(5, acc, v);
            return acc;
        });
        def(m, "fsum", (args, kw) -> {
            arity("fsum", args, kw, 1, 1);
            BigDecimal s = BigDecimal.ZERO;
            Object it = Ops.iter(args[0]);
            boolean special = false;
            double plain = 0;
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                double d = real(v);
                if (!Double.isFinite(d)) {
                    special = true;
                    plain += d;
                } else {
                    s = s.add(new BigDecimal(d));
                }
            }
            return special ? plain : s.round(new java.math.MathContext(40, RoundingMode.HALF_EVEN)).doubleValue();
        });
        def(m, "modf", (args, kw) -> {
            arity("modf", args, kw, 1, 1);
            double x = real(args[0]);
            if (Double.isInfinite(x)) return new PyTuple(Math.copySign(0.0, x), x);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(Math.copySign(x - ip, x), ip);
        });
        def(m, "isclose", (args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 2) throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
            double rel = 1e-09, abs = 0.0;
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (kw[i].equals("rel_tol")) rel = real(args[npos + i]);
                else if (kw[i].equals("abs_tol")) abs = real(args[npos + i]);
                else throw Errors.typeError("isclose() got an unexpected keyword argument '" + kw[i] + "'");
            }
            double a = real(args[0]), b = real(args[1]);
            if (a == b) return true;
            if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
            double diff = Math.abs(b - a);
            return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
        });
        return m;
    }

    private static double logOf(Object o) {
        if (o instanceof BigInteger b && b.signum() > 0) {
            int shift = Math.max(0, b.bitLength() - 60);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = real(o);
        if (x <= 0) throw Errors.valueError("math domain error");
        return Math.log(x);
    }

    // ------------------------------------------------------------------ time

    private static PyModule time() {
        PyModule m = module("time");
        def(m, "time", (args, kw) -> System.currentTimeMillis() / 1000.0);
        def(m, "time_ns", (args, kw) -> System.currentTimeMillis() * 1_000_000L);
        def(m, "perf_counter", (args, kw) -> System.nanoTime() / 1e9);
        def(m, "perf_counter_ns", (args, kw) -> System.nanoTime());
        def(m, "monotonic", (args, kw) -> System.nanoTime() / 1e9);
        def(m, "process_time", (args, kw) -> System.nanoTime() / 1e9);
        def(m, "sleep", (args, kw) -> {
            arity("sleep", args, kw, 1, 1);
            double s = real(args[0]);
            if (s < 0) throw Errors.valueError("sleep length must be non-negative");
            try {
                Thread.sleep((long) (s * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Py.None;
        });
        return m;
    }
}
