package org.specula.core.interp;

import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.PyBaseException;

import java.io.PrintStream;

/** Prints uncaught exceptions as CPython 3.11 does (placeholder; replaced by the corpus branch). */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    public static void print(PyBaseException exc, PrintStream err) {
        throw new UnsupportedOperationException("TODO");
    }

    public static void printSyntaxError(SyntaxErrorException e, PrintStream err) {
        throw new UnsupportedOperationException("TODO");
    }
}
