package org.specula.core.runtime;

import java.math.BigInteger;

/**
 * A range object. Ranges whose bounds and length fit in a long use the long fields; others (CPython
 * allows arbitrary-size bounds) keep BigInteger bounds in {@link #big} and take slower paths.
 */
public final class PyRange {
    /** The bounds; meaningful only when {@link #big} is null. */
    public final long start, stop, step;
    /** Number of elements; meaningful only when {@link #big} is null. */
    private final long length;
    /** Non-null when a bound or the length does not fit in a long. */
    final Big big;

    record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {}

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger n = computeLength(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        if (n.bitLength() < 64) {
            this.length = n.longValue();
            this.big = null;
        } else {
            this.length = -1;
            this.big = new Big(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step), n);
        }
    }

    private PyRange(Big big) {
        this.start = this.stop = this.step = 0;
        this.length = -1;
        this.big = big;
    }

    /** range(start, stop, step) from int values (Long, BigInteger or Boolean). */
    public static PyRange of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) return new PyRange(a, b, c);
        BigInteger a = big(start), b = big(stop), c = big(step);
        if (c.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        if (a.bitLength() < 64 && b.bitLength() < 64 && c.bitLength() < 64) return new PyRange(a.longValue(), b.longValue(), c.longValue());
        return new PyRange(new Big(a, b, c, computeLength(a, b, c)));
    }

    static BigInteger big(Object o) {
        if (o instanceof BigInteger b) return b;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return BigInteger.valueOf((Long) o);
    }

    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0) {
            if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (lo.compareTo(hi) <= 0) return BigInteger.ZERO;
        return lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    /** True when a bound or the length does not fit in a long. */
    public boolean isBig() { return big != null; }

    public Object startObj() { return big == null ? (Object) start : Numbers.normalize(big.start); }
    public Object stopObj() { return big == null ? (Object) stop : Numbers.normalize(big.stop); }
    public Object stepObj() { return big == null ? (Object) step : Numbers.normalize(big.step); }
    public Object lengthObj() { return big == null ? (Object) length : Numbers.normalize(big.length); }
    BigInteger bigStart() { return big == null ? BigInteger.valueOf(start) : big.start; }
    BigInteger bigStep() { return big == null ? BigInteger.valueOf(step) : big.step; }
    BigInteger bigLength() { return big == null ? BigInteger.valueOf(length) : big.length; }

    public boolean isEmpty() { return big == null ? length == 0 : big.length.signum() == 0; }

    /** len(range); OverflowError when it does not fit. */
    public long length() {
        if (big != null) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return length;
    }

    /** Element i (0 <= i < length) of a range that is not big. */
    public long get(long i) {
        return start + i * step;
    }

    /** Element i (0 <= i < length) as an int object. */
    public Object get(BigInteger i) {
        return Numbers.normalize(bigStart().add(i.multiply(bigStep())));
    }

    /** Fast membership test for an int value. */
    public boolean containsLong(long v) {
        if (big != null) return containsBig(BigInteger.valueOf(v));
        if (step > 0) {
            if (v < start || v >= stop) return false;
        } else {
            if (v > start || v <= stop) return false;
        }
        return Math.floorMod(v - start, Math.abs(step)) == 0;
    }

    /** Membership test for any int value. */
    public boolean containsBig(BigInteger v) {
        BigInteger lo = bigStart(), st = bigStep(), hi = big == null ? BigInteger.valueOf(stop) : big.stop;
        if (st.signum() > 0) {
            if (v.compareTo(lo) < 0 || v.compareTo(hi) >= 0) return false;
        } else {
            if (v.compareTo(lo) > 0 || v.compareTo(hi) <= 0) return false;
        }
        return v.subtract(lo).mod(st.abs()).signum() == 0;
    }

    /** The position of an int value in the range, or null when absent. */
    public Object indexOf(BigInteger v) {
        if (!containsBig(v)) return null;
        return Numbers.normalize(v.subtract(bigStart()).divide(bigStep()));
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) return false;
        if (big == null && r.big == null) {
            long n = length, m = r.length;
            if (n != m) return false;
            if (n == 0) return true;
            if (start != r.start) return false;
            if (n == 1) return true;
            return step == r.step;
        }
        BigInteger n = bigLength(), m = r.bigLength();
        if (!n.equals(m)) return false;
        if (n.signum() == 0) return true;
        if (!bigStart().equals(r.bigStart())) return false;
        if (n.equals(BigInteger.ONE)) return true;
        return bigStep().equals(r.bigStep());
    }

    @Override public int hashCode() { return bigLength().hashCode() * 31 + bigStart().hashCode(); }

    @Override public String toString() {
        Object s = startObj(), e = stopObj(), st = stepObj();
        if (st instanceof Long l && l == 1) return "range(" + s + ", " + e + ")";
        return "range(" + s + ", " + e + ", " + st + ")";
    }
}
