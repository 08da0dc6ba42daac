package org.specula.testplugin;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.CompareOps;

/** Arithmetic and comparison handlers of the example plugin: exact int and float operands only. */
final class NumberHandlers {
    private NumberHandlers() {}

    /** int + int without overflow (an overflowing sum misses: the generic path makes the big int). */
    static final class AddInt implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) return MISS;
            return r;
        }
    }

    /** int - int without overflow. */
    static final class SubtractInt implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_SUBTRACT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) return MISS;
            return r;
        }
    }

    /** float * float. */
    static final class MultiplyFloat implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_MULTIPLY_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a * b;
        }
    }

    /** float + float. */
    static final class AddFloat implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a + b;
        }
    }

    /** str + str. */
    static final class AddUnicode implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_UNICODE"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof String a && right instanceof String b)) return MISS;
            return a.concat(b);
        }
    }

    /** int <cmp> int. */
    static final class CompareInt implements CompareOpHandler {
        private final int op;

        CompareInt(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            int c = Long.compare(a, b);
            return test(op, c) ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    /** float <cmp> float (a NaN compares false, except with !=, as in Python and Java). */
    static final class CompareFloat implements CompareOpHandler {
        private final int op;

        CompareFloat(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            double x = a, y = b;
            boolean r;
            switch (op) {
                case CompareOps.LT: r = x < y; break;
                case CompareOps.LE: r = x <= y; break;
                case CompareOps.EQ: r = x == y; break;
                case CompareOps.NE: r = x != y; break;
                case CompareOps.GT: r = x > y; break;
                default: r = x >= y; break;
            }
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    static boolean test(int op, int c) {
        switch (op) {
            case CompareOps.LT: return c < 0;
            case CompareOps.LE: return c <= 0;
            case CompareOps.EQ: return c == 0;
            case CompareOps.NE: return c != 0;
            case CompareOps.GT: return c > 0;
            default: return c >= 0;
        }
    }
}
