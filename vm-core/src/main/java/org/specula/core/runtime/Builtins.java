package org.specula.core.runtime;

/** The builtins module: functions (print, len, ...), types (int, str, ...) and exception types. */
public final class Builtins {
    private Builtins() {}

    /** Creates a fresh builtins module for a runtime. */
    public static PyModule create(PyRuntime runtime) { throw new UnsupportedOperationException("TODO runtime"); }
}
