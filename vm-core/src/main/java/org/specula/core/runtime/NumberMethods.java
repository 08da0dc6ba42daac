package org.specula.core.runtime;

import java.math.BigInteger;
import java.util.Map;

/** The methods of int, float and bool installed into their type dicts by {@link Numbers#install()}. */
final class NumberMethods {
    private NumberMethods() {}

    private static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void put(Map<String, Object> dict, String name, PyBuiltinFunction.Impl impl) {
        PyType owner = dict == Types.INT.dict ? Types.INT : dict == Types.FLOAT.dict ? Types.FLOAT
                : dict == Types.BOOL.dict ? Types.BOOL : null;
        boolean wrapper = name.startsWith("__") && !METHOD_DUNDERS.contains(name);
        PyBuiltinFunction.Impl checked = (a, k) -> {
            if (owner != null && a.length > 0 && !Ops.type(a[0]).isSubtypeOf(owner)) {
                if (wrapper) throw Errors.typeError("descriptor '" + name + "' requires a '" + owner.name
                        + "' object but received a '" + Ops.type(a[0]).name + "'");
                Args.checkSelf(name, owner, a);
            }
            return impl.call(unwrapScalars(a), k);
        };
        dict.put(name, owner != null ? new PyBuiltinFunction(name, owner, checked) : new PyBuiltinFunction(name, true, checked));
    }

    /** Special methods that CPython defines as ordinary methods (not slot wrappers). */
    private static final java.util.Set<String> METHOD_DUNDERS = java.util.Set.of(
            "__format__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__sizeof__");

    /** Instances of int/float subclasses passed to the int/float methods act as their base values. */
    static Object[] unwrapScalars(Object[] a) {
        Object[] r = a;
        for (int i = 0; i < a.length; i++) {
            Object b = Ops.scalarBase(a[i]);
            if (b != null && !(b instanceof String)) {
                if (r == a) r = a.clone();
                r[i] = b;
            }
        }
        return r;
    }

    /** __setitem__ slot wrapper arity (CPython's message starts with a space). */
    static void setitemArity(Object[] args, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("wrapper __setitem__() takes no keyword arguments");
        if (args.length != 3) throw Errors.typeError(" expected 2 arguments, got " + (args.length - 1));
    }

    /** Slot wrapper (__add__, __neg__, ...) argument check: "expected N arguments, got M". */
    static void slot(String name, Object[] args, String[] kw, int n) {
        if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        int got = args.length - 1;
        if (got != n) throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + got);
    }

    /** METH_NOARGS method check: "int.NAME() takes no arguments (N given)". */
    static void noArgs(String typeIgnored, String name, Object[] args, String[] kw) {
        String type = Numbers.typeName(args[0]);
        if (kw != null && kw.length > 0) throw Errors.typeError(type + "." + name + "() takes no keyword arguments");
        if (args.length != 1) throw Errors.typeError(type + "." + name + "() takes no arguments (" + (args.length - 1) + " given)");
    }

    static String argTypeName(Object o) {
        return o == Py.None ? "None" : Numbers.typeName(o);
    }

    static void install() {
        installInt(Types.INT.dict);
        installFloat(Types.FLOAT.dict);
        installNumberAttributes();
        Map<String, Object> bd = Types.BOOL.dict;
        put(bd, "__repr__", (a, k) -> { slot("__repr__", a, k, 0); return Numbers.repr(a[0]); });
        for (String op : new String[] {"and", "or", "xor"}) {
            int nb = op.equals("and") ? Numbers.AND : op.equals("or") ? Numbers.OR : Numbers.XOR;
            put(bd, "__" + op + "__", (a, k) -> { slot("__" + op + "__", a, k, 1); return intOnly(nb, a[0], a[1]); });
            put(bd, "__r" + op + "__", (a, k) -> { slot("__r" + op + "__", a, k, 1); return intOnly(nb, a[1], a[0]); });
        }
    }

    /** The read-only attributes real, imag, numerator and denominator (as properties). */
    private static void installNumberAttributes() {
        Map<String, Object> id = Types.INT.dict;
        getter(id, "real", v -> Numbers.isInt(v) && v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
        getter(id, "imag", v -> 0L);
        getter(id, "numerator", v -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
        getter(id, "denominator", v -> 1L);
        Map<String, Object> fd = Types.FLOAT.dict;
        getter(fd, "real", v -> v);
        getter(fd, "imag", v -> 0.0);
    }

    private static void getter(Map<String, Object> d, String name, java.util.function.UnaryOperator<Object> fn) {
        PyType owner = d == Types.FLOAT.dict ? Types.FLOAT : Types.INT;
        d.put(name, new PyGetSet(name, owner, o -> {
            Object b = Ops.scalarBase(o);
            return fn.apply(b != null ? b : o);
        }, null));
    }

    private static Object intOnly(int nb, Object x, Object y) {
        if (!Numbers.isInt(x) || !Numbers.isInt(y)) return Py.NotImplemented;
        return Numbers.binaryOp(nb, x, y);
    }

    private static Object floatOnly(int nb, Object x, Object y) {
        if (!Numbers.isNumber(x) || !Numbers.isNumber(y)) return Py.NotImplemented;
        return Numbers.binaryOp(nb, Numbers.toDouble(x), Numbers.toDouble(y));
    }

    /** int methods take only ints as the other operand; float methods take ints and floats. */
    private static boolean accepts(boolean isFloat, Object other) {
        return isFloat ? Numbers.isNumber(other) : Numbers.isInt(other);
    }

    static void powArgs(String name, Object[] a, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        int got = a.length - 1;
        if (got < 1) throw Errors.typeError(" expected at least 1 argument, got " + got);
        if (got > 2) throw Errors.typeError(" expected at most 2 arguments, got " + got);
    }

    private static void installArith(Map<String, Object> d, boolean isFloat) {
        String tn = isFloat ? "float" : "int";
        for (int i = 0; i < NB_NAMES.length; i++) {
            final int nb = i;
            String n = NB_NAMES[i];
            if (isFloat && (nb == Numbers.AND || nb == Numbers.OR || nb == Numbers.XOR || nb == Numbers.LSHIFT
                    || nb == Numbers.RSHIFT)) continue;
            if (nb == Numbers.MATMUL) continue;
            String fwd = "__" + n + "__", rev = "__r" + n + "__";
            if (nb == Numbers.POW) {
                put(d, fwd, (a, k) -> {
                    powArgs(fwd, a, k);
                    if (a.length == 3 && a[2] != Py.None) return isFloat ? Numbers.pow3(Numbers.toDouble(a[0]), a[1], a[2]) : Numbers.pow3(a[0], a[1], a[2]);
                    return isFloat ? floatOnly(nb, a[0], a[1]) : intOnly(nb, a[0], a[1]);
                });
            } else {
                put(d, fwd, (a, k) -> { slot(fwd, a, k, 1); return isFloat ? floatOnly(nb, a[0], a[1]) : intOnly(nb, a[0], a[1]); });
            }
            put(d, rev, (a, k) -> {
                if (nb == Numbers.POW) {
                    powArgs(rev, a, k);
                    if (a.length == 3 && a[2] != Py.None) return isFloat ? Numbers.pow3(a[1], Numbers.toDouble(a[0]), a[2]) : Numbers.pow3(a[1], a[0], a[2]);
                } else {
                    slot(rev, a, k, 1);
                }
                return isFloat ? floatOnly(nb, a[1], a[0]) : intOnly(nb, a[1], a[0]); });
        }
        put(d, "__divmod__", (a, k) -> { slot("__divmod__", a, k, 1); return accepts(isFloat, a[1]) ? Numbers.divmod(a[0], a[1]) : Py.NotImplemented; });
        put(d, "__rdivmod__", (a, k) -> { slot("__rdivmod__", a, k, 1); return accepts(isFloat, a[1]) ? Numbers.divmod(a[1], a[0]) : Py.NotImplemented; });
        for (int i = 0; i < CMP_NAMES.length; i++) {
            final int op = i;
            String n = CMP_NAMES[i];
            put(d, n, (a, k) -> { slot(n, a, k, 1); return accepts(isFloat, a[1]) ? Numbers.compare(op, a[0], a[1]) : Py.NotImplemented; });
        }
        put(d, "__neg__", (a, k) -> { slot("__neg__", a, k, 0); return Numbers.negative(a[0]); });
        put(d, "__pos__", (a, k) -> { slot("__pos__", a, k, 0); return Numbers.positive(a[0]); });
        put(d, "__abs__", (a, k) -> { slot("__abs__", a, k, 0); return Numbers.abs(a[0]); });
        put(d, "__bool__", (a, k) -> { slot("__bool__", a, k, 0); return Numbers.isTrue(a[0]); });
        put(d, "__hash__", (a, k) -> { slot("__hash__", a, k, 0); return Numbers.hash(a[0]); });
        put(d, "__repr__", (a, k) -> { slot("__repr__", a, k, 0); return Numbers.repr(a[0]); });
        put(d, "__format__", (a, k) -> {
            String tname = Numbers.typeName(a[0]);
            if (k != null && k.length > 0) throw Errors.typeError(tname + ".__format__() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError(tname + ".__format__() takes exactly one argument (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof String)) throw Errors.typeError("__format__() argument must be str, not " + argTypeName(a[1]));
            return Formatter.format(a[0], (String) a[1]);
        });
        put(d, "__int__", (a, k) -> { slot("__int__", a, k, 0); return Numbers.toInt(a[0]); });
        put(d, "__float__", (a, k) -> { slot("__float__", a, k, 0); return Numbers.toDouble(a[0]); });
        put(d, "__trunc__", (a, k) -> { noArgs(tn, "__trunc__", a, k); return Numbers.toInt(a[0]); });
        put(d, "__round__", (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError(Numbers.typeName(a[0]) + ".__round__() takes no keyword arguments");
            if (a.length > 2) throw Errors.typeError("__round__ expected at most 1 argument, got " + (a.length - 1));
            if (a.length == 1) return Numbers.round(a[0], null);
            if (isFloat) return Numbers.round(a[0], a[1] == Py.None ? null : a[1]);
            return Numbers.round(a[0], Numbers.index(a[1]));
        });
        put(d, "conjugate", (a, k) -> { noArgs(tn, "conjugate", a, k); return Numbers.positive(a[0]); });
        put(d, "__getnewargs__", (a, k) -> { noArgs(tn, "__getnewargs__", a, k); return new PyTuple(Numbers.positive(a[0])); });
    }

    private static void installInt(Map<String, Object> d) {
        String tn = "int";
        installArith(d, false);
        put(d, "__invert__", (a, k) -> { slot("__invert__", a, k, 0); return Numbers.invert(a[0]); });
        put(d, "__index__", (a, k) -> { slot("__index__", a, k, 0); return Numbers.unbool(a[0]); });
        put(d, "__floor__", (a, k) -> { noArgs(tn, "__floor__", a, k); return Numbers.unbool(a[0]); });
        put(d, "__ceil__", (a, k) -> { noArgs(tn, "__ceil__", a, k); return Numbers.unbool(a[0]); });
        put(d, "bit_length", (a, k) -> { noArgs(tn, "bit_length", a, k); return (long) bitLength(a[0]); });
        put(d, "bit_count", (a, k) -> {
            noArgs(tn, "bit_count", a, k);
            Object v = Numbers.unbool(a[0]);
            if (v instanceof Long) {
                long x = (Long) v;
                return (long) (x == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(x)));
            }
            return (long) ((BigInteger) v).abs().bitCount();
        });
        put(d, "as_integer_ratio", (a, k) -> { noArgs(tn, "as_integer_ratio", a, k); return new PyTuple(Numbers.unbool(a[0]), 1L); });
    }

    static int bitLength(Object o) {
        Object v = Numbers.unbool(o);
        if (v instanceof Long) {
            long x = (Long) v;
            if (x == Long.MIN_VALUE) return 64;
            return 64 - Long.numberOfLeadingZeros(Math.abs(x));
        }
        return ((BigInteger) v).abs().bitLength();
    }

    private static void installFloat(Map<String, Object> d) {
        String tn = "float";
        installArith(d, true);
        put(d, "is_integer", (a, k) -> {
            noArgs(tn, "is_integer", a, k);
            double x = (Double) a[0];
            return !Double.isInfinite(x) && x == Math.floor(x);
        });
        put(d, "__floor__", (a, k) -> { noArgs(tn, "__floor__", a, k); return Numbers.floatToInt(Math.floor((Double) a[0])); });
        put(d, "__ceil__", (a, k) -> { noArgs(tn, "__ceil__", a, k); return Numbers.floatToInt(Math.ceil((Double) a[0])); });
        put(d, "hex", (a, k) -> { noArgs(tn, "hex", a, k); return FloatRepr.hex((Double) a[0]); });
        put(d, "as_integer_ratio", (a, k) -> {
            noArgs(tn, "as_integer_ratio", a, k);
            double x = (Double) a[0];
            if (Double.isInfinite(x)) throw Errors.of(Errors.OverflowError, "cannot convert Infinity to integer ratio");
            if (x != x) throw Errors.valueError("cannot convert NaN to integer ratio");
            if (x == 0) return new PyTuple(0L, 1L);
            long bits = Double.doubleToRawLongBits(Math.abs(x));
            int be = (int) (bits >>> 52);
            long m = bits & 0xFFFFFFFFFFFFFL;
            int e;
            if (be == 0) e = -1074; else { m |= 1L << 52; e = be - 1075; }
            int tz = Long.numberOfTrailingZeros(m);
            m >>>= tz;
            e += tz;
            BigInteger num = BigInteger.valueOf(x < 0 ? -m : m), den = BigInteger.ONE;
            if (e > 0) num = num.shiftLeft(e); else den = den.shiftLeft(-e);
            return new PyTuple(Numbers.normalize(num), Numbers.normalize(den));
        });
        // classmethod-like: float.fromhex(s) (not bound, so it also works on instances)
        Types.FLOAT.dict.put("fromhex", new PyBuiltinFunction("fromhex", false, (a, k) -> {
            if (a.length != 1) throw Errors.typeError("float.fromhex() takes exactly one argument (" + a.length + " given)");
            if (!(a[0] instanceof String)) throw Errors.typeError("fromhex() argument must be str, not " + argTypeName(a[0]));
            return fromHex((String) a[0]);
        }));
    }

    static double fromHex(String s) {
        String t = IntParsing.stripSpace(s);
        String low = t.toLowerCase();
        boolean neg = low.startsWith("-");
        String body = low.startsWith("-") || low.startsWith("+") ? low.substring(1) : low;
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (body.startsWith("0x")) body = body.substring(2);
        if (!body.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?"))
            throw Errors.valueError("invalid hexadecimal floating-point string");
        if (!body.contains("p")) body = body + "p0";
        double r = Double.parseDouble((neg ? "-" : "") + "0x" + body);
        if (Double.isInfinite(r)) throw Errors.of(Errors.OverflowError, "hexadecimal value too large to represent as a float");
        return r;
    }
}
