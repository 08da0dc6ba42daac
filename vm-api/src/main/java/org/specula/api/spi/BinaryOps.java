package org.specula.api.spi;

/**
 * The BINARY_OP operator numbers (CPython 3.11's {@code NB_*} values), as a site's oparg. The
 * in-place forms ({@code +=}, ...) are the operator plus {@link #INPLACE}; {@link #base(int)}
 * removes the flag.
 */
public final class BinaryOps {
    private BinaryOps() {}

    /** {@code +} */
    public static final int ADD = 0;
    /** {@code &} */
    public static final int AND = 1;
    /** {@code //} */
    public static final int FLOOR_DIVIDE = 2;
    /** {@code <<} */
    public static final int LSHIFT = 3;
    /** {@code @} */
    public static final int MATRIX_MULTIPLY = 4;
    /** {@code *} */
    public static final int MULTIPLY = 5;
    /** {@code %} */
    public static final int REMAINDER = 6;
    /** {@code |} */
    public static final int OR = 7;
    /** {@code **} */
    public static final int POWER = 8;
    /** {@code >>} */
    public static final int RSHIFT = 9;
    /** {@code -} */
    public static final int SUBTRACT = 10;
    /** {@code /} */
    public static final int TRUE_DIVIDE = 11;
    /** {@code ^} */
    public static final int XOR = 12;
    /** Added to an operator for its in-place form ({@code +=} is {@code INPLACE + ADD}). */
    public static final int INPLACE = 13;

    /**
     * Tells an in-place operator from a plain one.
     *
     * @param oparg a BINARY_OP site's oparg
     * @return true for {@code +=}, {@code *=}, ...
     */
    public static boolean isInPlace(int oparg) {
        return oparg >= INPLACE;
    }

    /**
     * The operator without its in-place flag. An in-place operator falls back to the plain one
     * when the left operand has no {@code __iadd__} etc., which is the case for int, float and str.
     *
     * @param oparg a BINARY_OP site's oparg
     * @return the operator with the in-place flag removed ({@link #ADD} .. {@link #XOR})
     */
    public static int base(int oparg) {
        return oparg >= INPLACE ? oparg - INPLACE : oparg;
    }
}
