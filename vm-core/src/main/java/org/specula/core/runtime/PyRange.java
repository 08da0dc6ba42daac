package org.specula.core.runtime;

/** A range object (64-bit bounds; CPython also supports arbitrary-size bounds). */
public final class PyRange {
    public final long start, stop, step;
    /** Number of elements; -1 when it does not fit in a long. */
    private final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    private static long computeLength(long lo, long hi, long step) {
        java.math.BigInteger n;
        if (step > 0) {
            if (lo >= hi) return 0;
            n = java.math.BigInteger.valueOf(hi).subtract(java.math.BigInteger.valueOf(lo))
                    .subtract(java.math.BigInteger.ONE).divide(java.math.BigInteger.valueOf(step)).add(java.math.BigInteger.ONE);
        } else {
            if (lo <= hi) return 0;
            n = java.math.BigInteger.valueOf(lo).subtract(java.math.BigInteger.valueOf(hi))
                    .subtract(java.math.BigInteger.ONE).divide(java.math.BigInteger.valueOf(step).negate()).add(java.math.BigInteger.ONE);
        }
        return n.bitLength() < 64 ? n.longValue() : -1;
    }

    /** len(range); OverflowError when it does not fit. */
    public long length() {
        if (length < 0) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return length;
    }

    /** Element i (0 <= i < length). */
    public long get(long i) {
        return start + i * step;
    }

    /** Fast membership test for an int value. */
    public boolean containsLong(long v) {
        if (step > 0) {
            if (v < start || v >= stop) return false;
        } else {
            if (v > start || v <= stop) return false;
        }
        return Math.floorMod(v - start, Math.abs(step)) == 0;
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) return false;
        long n = length, m = r.length;
        if (n != m) return false;
        if (n == 0) return true;
        if (start != r.start) return false;
        if (n == 1) return true;
        return step == r.step;
    }

    @Override public int hashCode() { return Long.hashCode(length) * 31 + Long.hashCode(start); }

    @Override public String toString() {
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }
}
