package org.specula.spec.binop;

import org.specula.api.spi.BinaryOpHandler;

import java.math.BigInteger;

/**
 * {@code int <op> int} handlers. The guard is {@code instanceof Long} on both operands: an int
 * outside the long range ({@code BigInteger}), a bool ({@code Boolean}) and an instance of an int
 * subclass ({@code InstanceObject}) all miss. A result outside the long range is the
 * {@code BigInteger} the generic operation makes; a division by zero misses so that the generic
 * operation raises its {@code ZeroDivisionError}.
 */
final class IntOps {
    private IntOps() {}

    /** {@code int + int}. */
    static final class Add implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long x = a, y = b, r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            return r;
        }
    }

    /** {@code int - int}. */
    static final class Subtract implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_SUBTRACT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long x = a, y = b, r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            return r;
        }
    }

    /** {@code int * int}. */
    static final class Multiply implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_MULTIPLY_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long x = a, y = b, hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
    }

    /** {@code int // int}: rounds toward minus infinity, as Python does. */
    static final class FloorDivide implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_FLOOR_DIVIDE_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long x = a, y = b;
            if (y == 0) return MISS;
            if (y == -1 && x == Long.MIN_VALUE) return BigInteger.valueOf(x).negate();
            return Math.floorDiv(x, y);
        }
    }

    /** {@code int % int}: the result has the divisor's sign, as in Python. */
    static final class Remainder implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_REMAINDER_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long y = b;
            if (y == 0) return MISS;
            return Math.floorMod((long) a, y);
        }
    }

    /**
     * {@code int / int} when both operands are exact doubles (magnitude at most 2**53): then one
     * IEEE division is the correctly rounded quotient Python computes. Larger operands miss.
     */
    static final class TrueDivide implements BinaryOpHandler {
        private static final long EXACT = 1L << 53;

        @Override public String name() { return "BINARY_OP_TRUE_DIVIDE_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long x = a, y = b;
            if (y == 0 || x > EXACT || x < -EXACT || y > EXACT || y < -EXACT) return MISS;
            return (double) x / (double) y;
        }
    }

    /** {@code int & int}. */
    static final class And implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_AND_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            return a & b;
        }
    }

    /** {@code int | int}. */
    static final class Or implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_OR_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            return a | b;
        }
    }

    /** {@code int ^ int}. */
    static final class Xor implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_XOR_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            return a ^ b;
        }
    }
}
