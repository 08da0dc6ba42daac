package org.specula.api.spi;

/** The COMPARE_OP comparison numbers (CPython's {@code Py_LT} ... {@code Py_GE}), as a site's oparg. */
public final class CompareOps {
    private CompareOps() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
}
