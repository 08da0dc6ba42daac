package org.specula.core.runtime;

/** The format-spec mini-language (format(), str.format, f-strings) for built-in types. */
public final class Formatter {
    private Formatter() {}

    /** format(value, spec) for int, float, bool, str and other built-in values. */
    public static String format(Object value, String spec) {
        throw new UnsupportedOperationException("TODO");
    }
}
