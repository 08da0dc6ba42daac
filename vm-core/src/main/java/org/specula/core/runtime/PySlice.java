package org.specula.core.runtime;

/** A slice object; absent parts are Py.None. */
public final class PySlice {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) { this.start = start; this.stop = stop; this.step = step; }

    /** Resolved slice bounds for a sequence of some length: start, stop, step and slice length. */
    public record Bounds(int start, int stop, int step, int length) {}

    /** slice.indices(length) semantics (CPython's PySlice_Unpack + AdjustIndices). */
    public Bounds indices(int length) {
        long st;
        if (step == Py.None) st = 1;
        else {
            st = clampIndex(step);
            if (st == 0) throw Errors.valueError("slice step cannot be zero");
        }
        long lo, hi;
        if (start == Py.None) lo = st < 0 ? Long.MAX_VALUE : 0;
        else lo = clampIndex(start);
        if (stop == Py.None) hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        else hi = clampIndex(stop);
        // adjust
        if (lo < 0) {
            lo += length;
            if (lo < 0) lo = st < 0 ? -1 : 0;
        } else if (lo >= length) {
            lo = st < 0 ? length - 1 : length;
        }
        if (hi < 0) {
            hi += length;
            if (hi < 0) hi = st < 0 ? -1 : 0;
        } else if (hi >= length) {
            hi = st < 0 ? length - 1 : length;
        }
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        if (st > Integer.MAX_VALUE) st = Integer.MAX_VALUE;
        if (st < -Integer.MAX_VALUE) st = -Integer.MAX_VALUE;
        return new Bounds((int) lo, (int) hi, (int) st, (int) n);
    }

    private static long clampIndex(Object o) {
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof java.math.BigInteger bi) return bi.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        if (Ops.hasIndex(o)) {
            Object v = Ops.indexObject(o);
            return clampIndex(v);
        }
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    @Override public String toString() { return Ops.repr(this); }
}
