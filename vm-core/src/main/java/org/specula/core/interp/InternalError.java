package org.specula.core.interp;

import org.specula.core.runtime.Errors;
import org.specula.core.runtime.PyException;

/**
 * Turns a Java exception that escaped runtime code (a bug in Specula, never a program's fault)
 * into a Python SystemError, so the program still gets a Python traceback instead of a Java
 * stack trace. The message says it is an internal error and asks for a report.
 */
final class InternalError {
    private InternalError() {}

    static PyException wrap(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        String where = st.length > 0 ? " at " + st[0] : "";
        return Errors.of(Errors.SystemError, "Specula internal error: " + t + where
                + " (please report this at the Specula issue tracker)");
    }
}
