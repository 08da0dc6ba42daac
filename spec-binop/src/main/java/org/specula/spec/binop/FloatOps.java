package org.specula.spec.binop;

import org.specula.api.spi.BinaryOpHandler;

/**
 * {@code float <op> float} handlers, and the mixed forms where one operand is an int. The guard
 * is {@code instanceof Double} (an exact float; a float subclass instance is an
 * {@code InstanceObject} and misses). An int operand must be a {@code Long}: Python converts it
 * with round-half-even, which is Java's {@code long} to {@code double} conversion; a big int
 * (which may overflow the conversion) misses. A zero divisor misses: the generic operation raises
 * its {@code ZeroDivisionError}.
 */
final class FloatOps {
    private FloatOps() {}

    /** {@code float + float}. */
    static final class Add implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a + b;
        }
    }

    /** {@code float - float}. */
    static final class Subtract implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_SUBTRACT_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a - b;
        }
    }

    /** {@code float * float}. */
    static final class Multiply implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_MULTIPLY_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a * b;
        }
    }

    /** {@code float / float}. */
    static final class TrueDivide implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_TRUE_DIVIDE_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            double y = b;
            if (y == 0.0) return MISS;
            return a / y;
        }
    }

    /** The value of an operand already known to be a Double or a Long, as a double. */
    static double value(Object o) {
        return o instanceof Double d ? d : (double) (Long) o;
    }

    /** True for a float and an int operand, in either order (not two ints, not two floats). */
    static boolean mixed(Object left, Object right) {
        return left instanceof Double ? right instanceof Long : left instanceof Long && right instanceof Double;
    }

    /** {@code float + int} or {@code int + float}. */
    static final class AddMixed implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_FLOAT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!mixed(left, right)) return MISS;
            return value(left) + value(right);
        }
    }

    /** {@code float - int} or {@code int - float}. */
    static final class SubtractMixed implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_SUBTRACT_FLOAT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!mixed(left, right)) return MISS;
            return value(left) - value(right);
        }
    }

    /** {@code float * int} or {@code int * float}. */
    static final class MultiplyMixed implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_MULTIPLY_FLOAT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!mixed(left, right)) return MISS;
            return value(left) * value(right);
        }
    }

    /** {@code float / int} or {@code int / float}. */
    static final class TrueDivideMixed implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_TRUE_DIVIDE_FLOAT_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!mixed(left, right)) return MISS;
            double y = value(right);
            if (y == 0.0) return MISS;
            return value(left) / y;
        }
    }
}
