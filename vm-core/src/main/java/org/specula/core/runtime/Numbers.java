package org.specula.core.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Arithmetic on bool, int (Long, BigInteger past 64 bits) and float (Double) with CPython 3.11's
 * exact semantics. Every method returns {@code Py.NotImplemented} when the operands are not
 * numbers it handles, so Ops can try reflected dunder methods next.
 */
public final class Numbers {
    private Numbers() {}

    // CPython's NB_* numbering
    static final int ADD = 0, AND = 1, FLOOR_DIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8,
            RSHIFT = 9, SUB = 10, TRUE_DIV = 11, XOR = 12;
    static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    /** CPython's hash modulus, 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** sys.int_info.default_max_str_digits */
    public static final int MAX_STR_DIGITS = 4300;

    // ---------------------------------------------------------------- classification and conversion

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Boolean -> Long; other ints unchanged. */
    static Object unbool(Object o) {
        if (o instanceof Boolean) return ((Boolean) o) ? 1L : 0L;
        return o;
    }

    static BigInteger big(Object o) {
        if (o instanceof BigInteger) return (BigInteger) o;
        if (o instanceof Long) return BigInteger.valueOf((Long) o);
        if (o instanceof Boolean) return ((Boolean) o) ? BigInteger.ONE : BigInteger.ZERO;
        throw new IllegalArgumentException("not an int: " + o);
    }

    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** float(int) with CPython's OverflowError. */
    public static double intToDouble(Object o) {
        if (o instanceof Long) return (double) (Long) o;
        if (o instanceof Boolean) return ((Boolean) o) ? 1.0 : 0.0;
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) throw Errors.of(Errors.OverflowError, "int too large to convert to float");
        return d;
    }

    /** float(x) for any number. */
    public static double toDouble(Object o) {
        if (o instanceof Double) return (Double) o;
        return intToDouble(o);
    }

    /** int(float): truncation with CPython's errors. */
    public static Object floatToInt(double d) {
        if (d != d) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.of(Errors.OverflowError, "cannot convert float infinity to integer");
        if (d > -9.2e18 && d < 9.2e18) return (long) d;
        return normalize(FloatRepr.toBigInteger(d >= 0 ? Math.floor(d) : Math.ceil(d)));
    }

    // ---------------------------------------------------------------- binary operations

    public static Object binaryOp(int nbOp, Object a, Object b) {
        int op = nbOp >= 13 ? nbOp - 13 : nbOp;
        if (a instanceof Long && b instanceof Long) return longOp(op, (Long) a, (Long) b);
        if (a instanceof Double) {
            if (b instanceof Double) return floatOp(op, (Double) a, (Double) b);
            if (isInt(b) && floatCapable(op)) return floatOp(op, (Double) a, intToDouble(b));
            return Py.NotImplemented;
        }
        if (b instanceof Double) {
            if (isInt(a) && floatCapable(op)) return floatOp(op, intToDouble(a), (Double) b);
            return Py.NotImplemented;
        }
        if (!isInt(a) || !isInt(b)) return Py.NotImplemented;
        if (a instanceof Boolean && b instanceof Boolean) {
            boolean x = (Boolean) a, y = (Boolean) b;
            if (op == AND) return x & y;
            if (op == OR) return x | y;
            if (op == XOR) return x ^ y;
        }
        Object x = unbool(a), y = unbool(b);
        if (x instanceof Long && y instanceof Long) return longOp(op, (Long) x, (Long) y);
        return bigOp(op, big(x), big(y));
    }

    private static boolean floatCapable(int op) {
        return op == ADD || op == SUB || op == MUL || op == TRUE_DIV || op == FLOOR_DIV || op == MOD || op == POW;
    }

    static Object longOp(int op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
                return r;
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
                return r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y), lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
                return normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case FLOOR_DIV:
                if (y == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                if (x == Long.MIN_VALUE && y == -1) return BigInteger.valueOf(x).negate();
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) throw Errors.zeroDivision("integer modulo by zero");
                return Math.floorMod(x, y);
            case TRUE_DIV:
                if (y == 0) throw Errors.zeroDivision("division by zero");
                if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53) && x != Long.MIN_VALUE && y != Long.MIN_VALUE)
                    return (double) x / (double) y;
                return bigTrueDiv(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case POW:
                if (y < 0) return floatPow((double) x, (double) y);
                return longPow(x, y);
            case LSHIFT:
                if (y < 0) throw Errors.valueError("negative shift count");
                if (x == 0) return 0L;
                if (y < 63) {
                    long r = x << y;
                    if ((r >> y) == x) return r;
                }
                return shiftLeft(BigInteger.valueOf(x), y);
            case RSHIFT:
                if (y < 0) throw Errors.valueError("negative shift count");
                if (y >= 64) return x < 0 ? -1L : 0L;
                return x >> y;
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return x ^ y;
            default: return Py.NotImplemented;
        }
    }

    private static Object shiftLeft(BigInteger x, long y) {
        if (x.signum() == 0) return 0L;
        if (y > Integer.MAX_VALUE - 64) throw Errors.of(Errors.OverflowError, "too many digits in integer");
        return normalize(x.shiftLeft((int) y));
    }

    private static Object longPow(long x, long y) {
        if (y == 0) return 1L;
        if (x == 1 || y == 1) return x;
        if (x == 0) return 0L;
        if (x == -1) return (y & 1) == 0 ? 1L : -1L;
        if (x == 2 && y < 63) return 1L << y;
        long result = 1, base = x, e = y;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base), lo = result * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return bigPow(BigInteger.valueOf(x), y);
                result = lo;
            }
            e >>= 1;
            if (e == 0) return result;
            long hi = Math.multiplyHigh(base, base), lo = base * base;
            if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return bigPow(BigInteger.valueOf(x), y);
            base = lo;
        }
    }

    private static Object bigPow(BigInteger x, long y) {
        if (x.signum() == 0) return y == 0 ? 1L : 0L;
        if (x.equals(BigInteger.ONE)) return 1L;
        if (x.equals(BigInteger.ONE.negate())) return (y & 1) == 0 ? 1L : -1L;
        if (y > Integer.MAX_VALUE || (double) x.bitLength() * y > Integer.MAX_VALUE)
            throw Errors.of(Errors.OverflowError, "too many digits in integer");
        return normalize(x.pow((int) y));
    }

    static Object bigOp(int op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD: return normalize(x.add(y));
            case SUB: return normalize(x.subtract(y));
            case MUL: return normalize(x.multiply(y));
            case FLOOR_DIV: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                return normalize(floorDivMod(x, y)[0]);
            }
            case MOD: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
                return normalize(floorDivMod(x, y)[1]);
            }
            case TRUE_DIV:
                if (y.signum() == 0) throw Errors.zeroDivision("division by zero");
                return bigTrueDiv(x, y);
            case POW:
                if (y.signum() < 0) return floatPow(intToDouble(normalize(x)), intToDouble(normalize(y)));
                if (y.bitLength() >= 63) {
                    if (x.signum() == 0 || x.abs().equals(BigInteger.ONE)) return bigPow(x, y.testBit(0) ? 1 : 2);
                    throw Errors.of(Errors.OverflowError, "too many digits in integer");
                }
                return bigPow(x, y.longValue());
            case LSHIFT:
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                if (y.bitLength() >= 63) {
                    if (x.signum() == 0) return 0L;
                    throw Errors.of(Errors.OverflowError, "too many digits in integer");
                }
                return shiftLeft(x, y.longValue());
            case RSHIFT:
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                if (y.bitLength() >= 31) return x.signum() < 0 ? -1L : 0L;
                return normalize(x.shiftRight(y.intValue()));
            case AND: return normalize(x.and(y));
            case OR: return normalize(x.or(y));
            case XOR: return normalize(x.xor(y));
            default: return Py.NotImplemented;
        }
    }

    /** Floor division and modulo with Python's signs. */
    static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /** Correctly rounded x / y (y != 0), as CPython's long_true_divide. */
    static double bigTrueDiv(BigInteger x, BigInteger y) {
        double r = ratioToDouble(x, y);
        if (Double.isInfinite(r)) throw Errors.of(Errors.OverflowError, "integer division result too large for a float");
        return r;
    }

    /** Correctly rounded x / y (y != 0); infinity when too large. */
    static double ratioToDouble(BigInteger x, BigInteger y) {
        boolean neg = (x.signum() < 0) != (y.signum() < 0);
        BigInteger a = x.abs(), b = y.abs();
        if (a.signum() == 0) return neg ? -0.0 : 0.0;
        int diff = a.bitLength() - b.bitLength();
        if (diff > 1025) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (diff < -1080) return neg ? -0.0 : 0.0;
        int k = 55 - diff; // q = floor(a * 2^k / b) has 55 or 56 bits
        BigInteger[] qr = k >= 0 ? a.shiftLeft(k).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-k));
        long q = qr[0].longValue();
        boolean sticky = qr[1].signum() != 0;
        int bits = 64 - Long.numberOfLeadingZeros(q);
        int topExp = bits - 1 - k; // exponent of the leading bit
        int precision = topExp >= -1022 ? 53 : 53 - (-1022 - topExp);
        int drop = bits - precision;
        long m = q;
        if (drop > 0) {
            if (drop > 62) {
                m = 0;
            } else {
                long rem = q & ((1L << drop) - 1);
                long half = 1L << (drop - 1);
                m = q >>> drop;
                if (rem > half || (rem == half && (sticky || (m & 1) != 0))) m++;
            }
        } else {
            drop = 0;
        }
        double r = Math.scalb((double) m, drop - k);
        return neg ? -r : r;
    }

    static Object floatOp(int op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUE_DIV:
                if (y == 0) throw Errors.zeroDivision("float division by zero");
                return x / y;
            case FLOOR_DIV:
                if (y == 0) throw Errors.zeroDivision("float floor division by zero");
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0) throw Errors.zeroDivision("float modulo");
                return floatMod(x, y);
            case POW: return floatPow(x, y);
            default: return Py.NotImplemented;
        }
    }

    /** CPython's float_rem. */
    static double floatMod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) mod += wx;
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** CPython's _float_div_mod: {floordiv, mod}. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 * 2 && w == Math.floor(w) && Math.abs(w % 2.0) == 1.0;
    }

    /** CPython's float_pow. */
    static double floatPow(double iv, double iw) {
        if (iw == 0) return 1.0;
        if (iv != iv) return iv;
        if (iw != iw) return iv == 1.0 ? 1.0 : iw;
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) return 1.0;
            if ((iw > 0) == (iv > 1.0)) return Math.abs(iw);
            return 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0) return odd ? iv : Math.abs(iv);
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0) {
            if (iw != Math.floor(iw)) {
                // CPython returns a complex number here; Specula has no complex type.
                throw Errors.valueError("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) return negate ? -1.0 : 1.0;
        double r;
        if (iw == Math.rint(iw) && Math.abs(iw) <= 64) r = exactIntPow(iv, (int) iw);
        else if (iw == 0.5) r = Math.sqrt(iv);
        else r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) throw Errors.of(Errors.OverflowError, "(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    /** iv ** n for iv > 0 and a small integer n, correctly rounded (as glibc's pow). */
    private static double exactIntPow(double iv, int n) {
        if (n == 1) return iv;
        if (n == -1) return 1.0 / iv;
        if (n == 2) {
            double r = iv * iv; // one rounding: exact
            return r;
        }
        long bits = Double.doubleToRawLongBits(iv);
        int be = (int) (bits >>> 52);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (be == 0) e = -1074; else { m |= 1L << 52; e = be - 1075; }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        int an = Math.abs(n);
        BigInteger mn = BigInteger.valueOf(m).pow(an);
        long exp = (long) e * an; // value = mn * 2^exp, or its inverse for n < 0
        double log2 = mn.bitLength() + exp; // ~log2 of iv^|n|
        if (n > 0) {
            if (log2 > 1025) return Double.POSITIVE_INFINITY;
            if (log2 < -1080) return 0.0;
            return exp >= 0 ? ratioToDouble(mn.shiftLeft((int) exp), BigInteger.ONE) : ratioToDouble(mn, BigInteger.ONE.shiftLeft((int) -exp));
        }
        if (-log2 > 1026) return Double.POSITIVE_INFINITY;
        if (-log2 < -1080) return 0.0;
        return exp >= 0 ? ratioToDouble(BigInteger.ONE, mn.shiftLeft((int) exp)) : ratioToDouble(BigInteger.ONE.shiftLeft((int) -exp), mn);
    }

    /** divmod(a, b) for numbers, or NotImplemented. */
    public static Object divmod(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) return Py.NotImplemented;
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0) throw Errors.zeroDivision("float divmod()");
            double[] r = floatDivmod(x, y);
            return new PyTuple(r[0], r[1]);
        }
        Object x = unbool(a), y = unbool(b);
        if (x instanceof Long && y instanceof Long) {
            long p = (Long) x, q = (Long) y;
            if (q == 0) throw Errors.zeroDivision("integer division or modulo by zero");
            if (!(p == Long.MIN_VALUE && q == -1)) return new PyTuple(Math.floorDiv(p, q), Math.floorMod(p, q));
        }
        BigInteger bx = big(x), by = big(y);
        if (by.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = floorDivMod(bx, by);
        return new PyTuple(normalize(qr[0]), normalize(qr[1]));
    }

    /** pow(base, exp, mod) for ints. */
    public static Object pow3(Object base, Object exp, Object mod) {
        if (!isInt(base) || !isInt(exp) || !isInt(mod)) {
            // float's nb_power rejects any third argument before looking at the others
            if ((base instanceof Double || exp instanceof Double || mod instanceof Double)
                    && !(base instanceof PyInstance || exp instanceof PyInstance || mod instanceof PyInstance))
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            return Py.NotImplemented;
        }
        BigInteger m = big(mod);
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger am = m.abs();
        BigInteger e = big(exp);
        BigInteger r;
        if (am.equals(BigInteger.ONE)) return 0L;
        if (e.signum() < 0) {
            BigInteger inv;
            BigInteger b = big(base).mod(am);
            if (!b.gcd(am).equals(BigInteger.ONE)) throw Errors.valueError("base is not invertible for the given modulus");
            inv = b.modInverse(am);
            r = inv.modPow(e.negate(), am);
        } else {
            r = big(base).modPow(e, am);
        }
        if (m.signum() < 0 && r.signum() != 0) r = r.subtract(am);
        return normalize(r);
    }

    // ---------------------------------------------------------------- comparisons

    public static Object compare(int cmpOp, Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return cmpResult(cmpOp, Long.compare((Long) a, (Long) b));
        if (a instanceof Double && b instanceof Double) {
            double x = (Double) a, y = (Double) b;
            switch (cmpOp) {
                case LT: return x < y;
                case LE: return x <= y;
                case EQ: return x == y;
                case NE: return x != y;
                case GT: return x > y;
                default: return x >= y;
            }
        }
        if (!isNumber(a) || !isNumber(b)) return Py.NotImplemented;
        int c;
        if (a instanceof Double) {
            c = -cmpIntDouble(unbool(b), (Double) a);
            if (c == -2) return cmpOp == NE;
        } else if (b instanceof Double) {
            c = cmpIntDouble(unbool(a), (Double) b);
            if (c == 2) return cmpOp == NE;
        } else {
            Object x = unbool(a), y = unbool(b);
            if (x instanceof Long && y instanceof Long) c = Long.compare((Long) x, (Long) y);
            else c = big(x).compareTo(big(y));
        }
        return cmpResult(cmpOp, c);
    }

    private static Boolean cmpResult(int op, int c) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Exact comparison of an int with a double: -1, 0, 1, or 2 when d is NaN. */
    static int cmpIntDouble(Object i, double d) {
        if (d != d) return 2;
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (i instanceof Long) {
            long v = (Long) i;
            if (v >= -(1L << 53) && v <= (1L << 53)) {
                double x = v;
                return x < d ? -1 : x > d ? 1 : 0;
            }
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    // ---------------------------------------------------------------- unary operations

    public static Object negative(Object a) {
        if (a instanceof Long) {
            long v = (Long) a;
            return v == Long.MIN_VALUE ? (Object) BigInteger.valueOf(v).negate() : (Object) (-v);
        }
        if (a instanceof Double) return -(Double) a;
        if (a instanceof Boolean) return ((Boolean) a) ? -1L : 0L;
        if (a instanceof BigInteger) return normalize(((BigInteger) a).negate());
        return Py.NotImplemented;
    }

    public static Object positive(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) return a;
        if (a instanceof Boolean) return unbool(a);
        return Py.NotImplemented;
    }

    public static Object invert(Object a) {
        if (a instanceof Long) return ~(Long) a;
        if (a instanceof Boolean) return ((Boolean) a) ? -2L : -1L;
        if (a instanceof BigInteger) return normalize(((BigInteger) a).not());
        return Py.NotImplemented;
    }

    public static Object abs(Object a) {
        if (a instanceof Long) {
            long v = (Long) a;
            if (v >= 0) return a;
            return v == Long.MIN_VALUE ? (Object) BigInteger.valueOf(v).negate() : (Object) (-v);
        }
        if (a instanceof Double) return Math.abs((Double) a);
        if (a instanceof Boolean) return unbool(a);
        if (a instanceof BigInteger) return normalize(((BigInteger) a).abs());
        return Py.NotImplemented;
    }

    /** Truth value of a number (callers check isNumber first). */
    public static boolean isTrue(Object a) {
        if (a instanceof Long) return (Long) a != 0;
        if (a instanceof Boolean) return (Boolean) a;
        if (a instanceof Double) return (Double) a != 0;
        return ((BigInteger) a).signum() != 0;
    }

    // ---------------------------------------------------------------- hash and repr

    public static long hash(Object a) {
        if (a instanceof Long) return hashLong((Long) a);
        if (a instanceof Boolean) return ((Boolean) a) ? 1 : 0;
        if (a instanceof Double) return hashDouble((Double) a);
        if (a instanceof BigInteger) {
            BigInteger b = (BigInteger) a;
            long h = b.abs().mod(BIG_HASH_MODULUS).longValue();
            if (b.signum() < 0) h = -h;
            return h == -1 ? -2 : h;
        }
        throw new IllegalArgumentException("not a number");
    }

    static long hashLong(long v) {
        long h;
        if (v >= 0) {
            h = v % HASH_MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -((Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS);
        } else {
            h = -((-v) % HASH_MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    /**
     * CPython's _Py_HashDouble: the hash of the rational value m * 2**e modulo 2**61-1. NaN hashes
     * to 0 (CPython 3.10+ uses the object's identity; Specula's floats are values).
     */
    static long hashDouble(double v) {
        if (v != v) return 0;
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == 0) return 0;
        long bits = Double.doubleToRawLongBits(Math.abs(v));
        int be = (int) (bits >>> 52);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (be == 0) { e = -1074; } else { m |= 1L << 52; e = be - 1075; }
        // m * 2^e mod P, with 2^61 == 1 (mod P): rotate left by e mod 61 within 61 bits
        int r = Math.floorMod(e, 61);
        long x = r == 0 ? m : (((m << r) & HASH_MODULUS) | (m >>> (61 - r)));
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    public static String repr(Object a) {
        if (a instanceof Long) return Long.toString((Long) a);
        if (a instanceof Double) return FloatRepr.repr((Double) a);
        if (a instanceof Boolean) return ((Boolean) a) ? "True" : "False";
        if (a instanceof BigInteger) return bigToString((BigInteger) a);
        throw new IllegalArgumentException("not a number");
    }

    /** Decimal string of a big int, with CPython 3.11's 4300-digit limit. */
    static String bigToString(BigInteger b) {
        if (b.bitLength() > 14300) throw digitLimit();
        String s = b.toString();
        int digits = b.signum() < 0 ? s.length() - 1 : s.length();
        if (digits > MAX_STR_DIGITS) throw digitLimit();
        return s;
    }

    static PyException digitLimit() {
        return Errors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    // ---------------------------------------------------------------- round

    /** round(number[, ndigits]) for numbers; ndigits null when omitted (or None). */
    public static Object round(Object x, Object ndigits) {
        if (x instanceof Double) {
            double d = (Double) x;
            if (ndigits == null) {
                return floatToInt(Math.rint(d));
            }
            return FloatRepr.round(d, clampIndex(ndigits));
        }
        Object v = unbool(x);
        if (ndigits == null) return v;
        long n = clampIndex(ndigits);
        if (n >= 0) return v;
        if (n < -100000) return 0L;
        BigInteger pow = BigInteger.TEN.pow((int) -n);
        BigInteger bx = big(v);
        BigInteger[] qr = floorDivMod(bx, pow);
        // round half to even on the quotient
        int c = qr[1].shiftLeft(1).compareTo(pow);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return normalize(q.multiply(pow));
    }

    /** An index argument as a long, saturating for huge ints. */
    static long clampIndex(Object o) {
        Object i = index(o);
        if (i instanceof Long) return (Long) i;
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** operator.index(o): an int (Long or BigInteger), via __index__ for other objects. */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean) return unbool(o);
        // an int subclass is its int value (CPython does not call its __index__)
        if (o instanceof PyInstance inst && (inst.base instanceof Long || inst.base instanceof BigInteger)) return inst.base;
        if (!(o instanceof Double) && !(o instanceof String)) {
            Object m = lookupSpecial(o, "__index__");
            if (m != null) {
                Object r = Ops.call(m, new Object[] {o}, null);
                if (isInt(r)) return unbool(r);
                throw Errors.typeError("__index__ returned non-int (type " + Ops.type(r).name + ")");
            }
        }
        throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** An index argument as an int, with OverflowError when it does not fit a Java int. */
    static int asInt(Object o) {
        Object i = index(o);
        if (i instanceof Long && (Long) i >= Integer.MIN_VALUE && (Long) i <= Integer.MAX_VALUE) return (int) (long) (Long) i;
        throw Errors.of(Errors.OverflowError, "Python int too large to convert to C ssize_t");
    }

    /** type(o).__name__ without depending on Ops for the core value classes. */
    static String typeName(Object o) {
        if (o instanceof String) return "str";
        if (o instanceof Long || o instanceof BigInteger) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof Boolean) return "bool";
        if (o == Py.None) return "NoneType";
        if (o instanceof PyList) return "list";
        if (o instanceof PyTuple) return "tuple";
        if (o instanceof PyDict) return "dict";
        return Ops.type(o).name;
    }

    /** A special method looked up on the type (not the instance), or null. */
    static Object lookupSpecial(Object o, String name) {
        PyType t = Ops.type(o);
        Object m = t.lookup(name);
        return m;
    }

    // ---------------------------------------------------------------- constructors and methods

    private static volatile boolean installed;

    public static synchronized void install() {
        if (installed) return;
        Types.INT.constructor = Numbers::intNew;
        Types.FLOAT.constructor = Numbers::floatNew;
        Types.BOOL.constructor = Numbers::boolNew;
        NumberMethods.install();
        installed = true;
    }

    /** int(x=0, base=10) (args without the type). */
    public static Object intNew(Object[] args, String[] kwnames) {
        Object x = null, base = null;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 2) throw Errors.typeError("int() takes at most 2 arguments (" + args.length + " given)");
        if (npos >= 1) x = args[0];
        if (npos >= 2) base = args[1];
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                Object v = args[npos + i];
                if (kwnames[i].equals("base")) {
                    if (base != null) throw Errors.typeError("argument for int() given by name ('base') and position (2)");
                    base = v;
                } else {
                    throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for int()");
                }
            }
        }
        if (x == null) {
            if (base != null) throw Errors.typeError("int() missing string argument");
            return 0L;
        }
        if (base != null) {
            long b = clampIndex(base);
            if (x instanceof PyInstance pi && pi.base instanceof String s) x = s;
            if (b != 0 && (b < 2 || b > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            if (!(x instanceof String)) throw Errors.typeError("int() can't convert non-string with explicit base");
            return IntParsing.parseInt((String) x, (int) b);
        }
        return toInt(x);
    }

    /** int(x) for one argument. */
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Boolean) return unbool(x);
        if (x instanceof Double) return floatToInt((Double) x);
        if (x instanceof String) return IntParsing.parseInt((String) x, 10);
        Object m = lookupSpecial(x, "__int__");
        if (m != null) {
            Object r = Ops.call(m, new Object[] {x}, null);
            if (isInt(r)) return unbool(r);
            throw Errors.typeError("__int__ returned non-int (type " + Ops.type(r).name + ")");
        }
        m = lookupSpecial(x, "__index__");
        if (m != null) return index(x);
        m = lookupSpecial(x, "__trunc__");
        if (m != null) {
            Object r = Ops.call(m, new Object[] {x}, null);
            if (isInt(r)) return unbool(r);
            return index(r);
        }
        if (x instanceof PyInstance pi && pi.base instanceof String s) return IntParsing.parseInt(s, 10);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + typeName(x) + "'");
    }

    /** float(x=0.0) (args without the type). */
    public static Object floatNew(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError("float() takes no keyword arguments");
        if (args.length > 1) throw Errors.typeError("float expected at most 1 argument, got " + args.length);
        if (args.length == 0) return 0.0;
        return toFloat(args[0]);
    }

    public static Object toFloat(Object x) {
        if (x instanceof Double) return x;
        if (isInt(x)) return intToDouble(x);
        if (x instanceof String) return IntParsing.parseFloat((String) x);
        Object m = lookupSpecial(x, "__float__");
        if (m != null) {
            Object r = Ops.call(m, new Object[] {x}, null);
            if (r instanceof Double) return r;
            throw Errors.typeError(typeName(x) + ".__float__ returned non-float (type " + typeName(r) + ")");
        }
        m = lookupSpecial(x, "__index__");
        if (m != null) return intToDouble(index(x));
        if (x instanceof PyInstance pi && pi.base instanceof String s) return IntParsing.parseFloat(s);
        throw Errors.typeError("float() argument must be a string or a real number, not '" + typeName(x) + "'");
    }

    /** bool(x=False) (args without the type). */
    public static Object boolNew(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError("bool() takes no keyword arguments");
        if (args.length > 1) throw Errors.typeError("bool expected at most 1 argument, got " + args.length);
        if (args.length == 0) return Boolean.FALSE;
        return Ops.isTrue(args[0]);
    }
}
