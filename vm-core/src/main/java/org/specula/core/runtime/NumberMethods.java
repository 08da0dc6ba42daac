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
        dict.put(name, new PyBuiltinFunction(name, true, impl));
    }

    static void checkArgs(String name, Object[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        int n = args.length - 1;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
                if (min == 1) throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
                throw Errors.typeError("expected " + min + " arguments, got " + n);
            }
            if (n < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    static void install() {
        installInt(Types.INT.dict);
        installFloat(Types.FLOAT.dict);
        Map<String, Object> bd = Types.BOOL.dict;
        put(bd, "__repr__", (a, k) -> { checkArgs("__repr__", a, k, 0, 0); return Numbers.repr(a[0]); });
        for (String op : new String[] {"and", "or", "xor"}) {
            int nb = op.equals("and") ? Numbers.AND : op.equals("or") ? Numbers.OR : Numbers.XOR;
            put(bd, "__" + op + "__", (a, k) -> { checkArgs("__" + op + "__", a, k, 1, 1); return intOnly(nb, a[0], a[1]); });
            put(bd, "__r" + op + "__", (a, k) -> { checkArgs("__r" + op + "__", a, k, 1, 1); return intOnly(nb, a[1], a[0]); });
        }
    }

    private static Object intOnly(int nb, Object x, Object y) {
        if (!Numbers.isInt(x) || !Numbers.isInt(y)) return Py.NotImplemented;
        return Numbers.binaryOp(nb, x, y);
    }

    private static Object floatOnly(int nb, Object x, Object y) {
        if (!Numbers.isNumber(x) || !Numbers.isNumber(y)) return Py.NotImplemented;
        return Numbers.binaryOp(nb, Numbers.toDouble(x), Numbers.toDouble(y));
    }

    private static void installArith(Map<String, Object> d, boolean isFloat) {
        for (int i = 0; i < NB_NAMES.length; i++) {
            final int nb = i;
            String n = NB_NAMES[i];
            if (isFloat && (nb == Numbers.AND || nb == Numbers.OR || nb == Numbers.XOR || nb == Numbers.LSHIFT
                    || nb == Numbers.RSHIFT)) continue;
            if (nb == Numbers.MATMUL) continue;
            String fwd = "__" + n + "__", rev = "__r" + n + "__";
            if (nb == Numbers.POW) {
                put(d, fwd, (a, k) -> {
                    checkArgs(fwd, a, k, 1, 2);
                    if (a.length == 3 && a[2] != Py.None) return isFloat ? Numbers.pow3(Numbers.toDouble(a[0]), a[1], a[2]) : Numbers.pow3(a[0], a[1], a[2]);
                    return isFloat ? floatOnly(nb, a[0], a[1]) : intOnly(nb, a[0], a[1]);
                });
            } else {
                put(d, fwd, (a, k) -> { checkArgs(fwd, a, k, 1, 1); return isFloat ? floatOnly(nb, a[0], a[1]) : intOnly(nb, a[0], a[1]); });
            }
            put(d, rev, (a, k) -> { checkArgs(rev, a, k, 1, nb == Numbers.POW ? 2 : 1); return isFloat ? floatOnly(nb, a[1], a[0]) : intOnly(nb, a[1], a[0]); });
        }
        put(d, "__divmod__", (a, k) -> { checkArgs("__divmod__", a, k, 1, 1); return Numbers.divmod(a[0], a[1]); });
        put(d, "__rdivmod__", (a, k) -> { checkArgs("__rdivmod__", a, k, 1, 1); return Numbers.divmod(a[1], a[0]); });
        for (int i = 0; i < CMP_NAMES.length; i++) {
            final int op = i;
            String n = CMP_NAMES[i];
            put(d, n, (a, k) -> { checkArgs(n, a, k, 1, 1); return Numbers.compare(op, a[0], a[1]); });
        }
        put(d, "__neg__", (a, k) -> { checkArgs("__neg__", a, k, 0, 0); return Numbers.negative(a[0]); });
        put(d, "__pos__", (a, k) -> { checkArgs("__pos__", a, k, 0, 0); return Numbers.positive(a[0]); });
        put(d, "__abs__", (a, k) -> { checkArgs("__abs__", a, k, 0, 0); return Numbers.abs(a[0]); });
        put(d, "__bool__", (a, k) -> { checkArgs("__bool__", a, k, 0, 0); return Numbers.isTrue(a[0]); });
        put(d, "__hash__", (a, k) -> { checkArgs("__hash__", a, k, 0, 0); return Numbers.hash(a[0]); });
        put(d, "__repr__", (a, k) -> { checkArgs("__repr__", a, k, 0, 0); return Numbers.repr(a[0]); });
        put(d, "__format__", (a, k) -> {
            checkArgs("__format__", a, k, 1, 1);
            if (!(a[1] instanceof String)) throw Errors.typeError("__format__() argument must be str, not " + Numbers.typeName(a[1]));
            return Formatter.format(a[0], (String) a[1]);
        });
        put(d, "__int__", (a, k) -> { checkArgs("__int__", a, k, 0, 0); return Numbers.toInt(a[0]); });
        put(d, "__float__", (a, k) -> { checkArgs("__float__", a, k, 0, 0); return Numbers.toDouble(a[0]); });
        put(d, "__trunc__", (a, k) -> { checkArgs("__trunc__", a, k, 0, 0); return Numbers.toInt(a[0]); });
        put(d, "__round__", (a, k) -> {
            checkArgs("__round__", a, k, 0, 1);
            return Numbers.round(a[0], a.length > 1 && a[1] != Py.None ? a[1] : null);
        });
        put(d, "conjugate", (a, k) -> { checkArgs("conjugate", a, k, 0, 0); return Numbers.positive(a[0]); });
        put(d, "__getnewargs__", (a, k) -> { checkArgs("__getnewargs__", a, k, 0, 0); return new PyTuple(Numbers.positive(a[0])); });
    }

    private static void installInt(Map<String, Object> d) {
        installArith(d, false);
        put(d, "__invert__", (a, k) -> { checkArgs("__invert__", a, k, 0, 0); return Numbers.invert(a[0]); });
        put(d, "__index__", (a, k) -> { checkArgs("__index__", a, k, 0, 0); return Numbers.unbool(a[0]); });
        put(d, "__floor__", (a, k) -> { checkArgs("__floor__", a, k, 0, 0); return Numbers.unbool(a[0]); });
        put(d, "__ceil__", (a, k) -> { checkArgs("__ceil__", a, k, 0, 0); return Numbers.unbool(a[0]); });
        put(d, "bit_length", (a, k) -> { checkArgs("bit_length", a, k, 0, 0); return (long) bitLength(a[0]); });
        put(d, "bit_count", (a, k) -> {
            checkArgs("bit_count", a, k, 0, 0);
            Object v = Numbers.unbool(a[0]);
            if (v instanceof Long) {
                long x = (Long) v;
                return (long) (x == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(x)));
            }
            return (long) ((BigInteger) v).abs().bitCount();
        });
        put(d, "as_integer_ratio", (a, k) -> { checkArgs("as_integer_ratio", a, k, 0, 0); return new PyTuple(Numbers.unbool(a[0]), 1L); });
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
        installArith(d, true);
        put(d, "is_integer", (a, k) -> {
            checkArgs("is_integer", a, k, 0, 0);
            double x = (Double) a[0];
            return !Double.isInfinite(x) && x == Math.floor(x);
        });
        put(d, "__floor__", (a, k) -> { checkArgs("__floor__", a, k, 0, 0); return Numbers.floatToInt(Math.floor((Double) a[0])); });
        put(d, "__ceil__", (a, k) -> { checkArgs("__ceil__", a, k, 0, 0); return Numbers.floatToInt(Math.ceil((Double) a[0])); });
        put(d, "hex", (a, k) -> { checkArgs("hex", a, k, 0, 0); return FloatRepr.hex((Double) a[0]); });
        put(d, "as_integer_ratio", (a, k) -> {
            checkArgs("as_integer_ratio", a, k, 0, 0);
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
            if (a.length != 1) throw Errors.typeError("fromhex() takes exactly one argument (" + a.length + " given)");
            if (!(a[0] instanceof String)) throw Errors.typeError("fromhex() argument must be str, not " + Numbers.typeName(a[0]));
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
