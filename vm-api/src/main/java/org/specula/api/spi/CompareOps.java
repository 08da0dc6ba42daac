package org.specula.api.spi;

/** The COMPARE_OP comparison numbers (CPython's {@code Py_LT} ... {@code Py_GE}), as a site's oparg. */
public final class CompareOps {
    private CompareOps() {}

    /** {@code <} */
    public static final int LT = 0;
    /** {@code <=} */
    public static final int LE = 1;
    /** {@code ==} */
    public static final int EQ = 2;
    /** {@code !=} */
    public static final int NE = 3;
    /** {@code >} */
    public static final int GT = 4;
    /** {@code >=} */
    public static final int GE = 5;
}
