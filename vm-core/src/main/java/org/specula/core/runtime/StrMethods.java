package org.specula.core.runtime;

/** str methods, str repr, and printf-style ({@code %}) formatting. */
public final class StrMethods {
    private StrMethods() {}

    /** repr() of a str, with CPython's quote choice and escapes. */
    public static String repr(String s) { throw new UnsupportedOperationException("TODO"); }

    /** {@code format % args}. */
    public static String percentFormat(String format, Object args) { throw new UnsupportedOperationException("TODO"); }

    /** Installs the str methods (split, join, ...) into Types.STR. */
    public static void install() { throw new UnsupportedOperationException("TODO"); }
}
