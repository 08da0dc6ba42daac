package org.specula.spec.binop;

import org.specula.api.spi.CompareOpHandler;

/**
 * COMPARE_OP handlers for two ints, two floats or two strs, each bound to the site's comparison
 * ({@code org.specula.api.spi.CompareOps}). The results are {@code Boolean.TRUE} and
 * {@code Boolean.FALSE}, as the generic comparison gives.
 */
final class CompareOps {
    private CompareOps() {}

    private static final int LT = org.specula.api.spi.CompareOps.LT;
    private static final int LE = org.specula.api.spi.CompareOps.LE;
    private static final int EQ = org.specula.api.spi.CompareOps.EQ;
    private static final int NE = org.specula.api.spi.CompareOps.NE;
    private static final int GT = org.specula.api.spi.CompareOps.GT;

    /** The outcome of a three-way comparison c for the comparison op. */
    static Boolean test(int op, int c) {
        boolean r;
        switch (op) {
            case LT: r = c < 0; break;
            case LE: r = c <= 0; break;
            case EQ: r = c == 0; break;
            case NE: r = c != 0; break;
            case GT: r = c > 0; break;
            default: r = c >= 0; break;
        }
        return r ? Boolean.TRUE : Boolean.FALSE;
    }

    /** {@code int <cmp> int}, both exactly int and within the long range (a bool misses). */
    static final class Int implements CompareOpHandler {
        private final int op;

        Int(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            return test(op, Long.compare(a, b));
        }
    }

    /**
     * {@code float <cmp> float}: IEEE comparisons, as Python's: a NaN compares false with every
     * comparison but {@code !=}, and {@code -0.0 == 0.0} (so no three-way {@link #test}: a NaN
     * has no place in an order).
     */
    static final class Float implements CompareOpHandler {
        private final int op;

        Float(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            double x = a, y = b;
            boolean r;
            switch (op) {
                case LT: r = x < y; break;
                case LE: r = x <= y; break;
                case EQ: r = x == y; break;
                case NE: r = x != y; break;
                case GT: r = x > y; break;
                default: r = x >= y; break;
            }
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    /** {@code str <cmp> str}: equality by content, order by code point. */
    static final class Str implements CompareOpHandler {
        private final int op;

        Str(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_STR"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof String a && right instanceof String b)) return MISS;
            if (op == EQ) return a.equals(b) ? Boolean.TRUE : Boolean.FALSE;
            if (op == NE) return a.equals(b) ? Boolean.FALSE : Boolean.TRUE;
            return test(op, compareCodePoints(a, b));
        }

        /**
         * Orders two strings by code point. UTF-16 order differs from code point order only where a
         * surrogate meets a unit at or above U+E000, so the first differing units decide, compared
         * as code points when either is a surrogate.
         */
        static int compareCodePoints(String a, String b) {
            int n = Math.min(a.length(), b.length());
            for (int i = 0; i < n; i++) {
                char c = a.charAt(i), d = b.charAt(i);
                if (c != d) {
                    if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                        return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                    }
                    return c - d;
                }
            }
            return Integer.compare(a.length(), b.length());
        }
    }
}
