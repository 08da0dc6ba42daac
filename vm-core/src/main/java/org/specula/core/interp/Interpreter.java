package org.specula.core.interp;

import org.specula.core.runtime.PyFunction;

/** The bytecode interpreter: one dispatch loop over heap frames. */
public final class Interpreter {
    /** Calls a Python function from Java (re-entering the dispatch loop). */
    public static Object call(PyFunction f, Object[] args, String[] kwnames) { throw new UnsupportedOperationException("TODO"); }
}
