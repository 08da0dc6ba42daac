package org.specula.api.spi;

/** The BINARY_OP operator numbers (CPython 3.11's {@code NB_*} values), as a site's oparg. */
public final class BinaryOps {
    private BinaryOps() {}

    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
            REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12;
    /** Added to an operator for its in-place form ({@code +=} is {@code INPLACE + ADD}). */
    public static final int INPLACE = 13;

    /** True for {@code +=}, {@code *=}, ... */
    public static boolean isInPlace(int oparg) {
        return oparg >= INPLACE;
    }

    /** The operator with the in-place flag removed. */
    public static int base(int oparg) {
        return oparg >= INPLACE ? oparg - INPLACE : oparg;
    }
}
