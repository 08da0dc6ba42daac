package org.specula.core.runtime;

/**
 * Arithmetic on bool, int (Long, BigInteger past 64 bits) and float (Double) with CPython 3.11's
 * exact semantics. Every method returns {@code Py.NotImplemented} when the operands are not
 * numbers it handles, so Ops can try reflected dunder methods next.
 */
public final class Numbers {
    private Numbers() {}

    public static Object binaryOp(int nbOp, Object a, Object b) { throw new UnsupportedOperationException("TODO"); }
    /** Rich comparison (Py_LT..Py_GE) of two numbers: Boolean, or NotImplemented. */
    public static Object compare(int cmpOp, Object a, Object b) { throw new UnsupportedOperationException("TODO"); }
    public static Object negative(Object a) { throw new UnsupportedOperationException("TODO"); }
    public static Object positive(Object a) { throw new UnsupportedOperationException("TODO"); }
    public static Object invert(Object a) { throw new UnsupportedOperationException("TODO"); }
    public static Object abs(Object a) { throw new UnsupportedOperationException("TODO"); }
    /** hash() of a number, equal for equal numbers (hash(1) == hash(1.0) == hash(True)). */
    public static long hash(Object a) { throw new UnsupportedOperationException("TODO"); }
    /** repr() of an int or float (float: shortest round-trip, as CPython). */
    public static String repr(Object a) { throw new UnsupportedOperationException("TODO"); }
    /** Normalises a BigInteger result back to Long when it fits. */
    public static Object normalize(java.math.BigInteger v) { throw new UnsupportedOperationException("TODO"); }
    /** Installs int/float/bool methods (bit_length, is_integer, __add__ ...) into the built-in types. */
    public static void install() { throw new UnsupportedOperationException("TODO"); }
}
