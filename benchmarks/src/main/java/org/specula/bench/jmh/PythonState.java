package org.specula.bench.jmh;

import org.specula.core.code.CodeObject;
import org.specula.core.interp.Interpreter;
import org.specula.core.interp.Pipeline;
import org.specula.core.interp.Runtimes;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyRuntime;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A generic-VM runtime for microbenchmarks: a fresh {@link PyRuntime} made current on the
 * benchmark thread, and a module compiled once whose functions the benchmarks call through
 * {@link Interpreter#call}, so each invocation measures the dispatch loop, not the compiler.
 */
final class PythonState {
    private final PyRuntime runtime;
    private final PyRuntime previous;
    private final PyDict globals = new PyDict();

    PythonState(String source) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        runtime = new PyRuntime(sink, sink, List.of(""));
        Runtimes.initialize(runtime, "");
        previous = PyRuntime.enter(runtime);
        CodeObject code = Pipeline.compile(source, "<jmh>");
        globals.put("__name__", "__jmh__");
        globals.put("__builtins__", runtime.builtins);
        Interpreter.runModule(code, globals);
    }

    /** A module-level function defined by the source. */
    PyFunction function(String name) {
        return (PyFunction) globals.getStr(name);
    }

    /** A module-level value defined by the source. */
    Object global(String name) {
        return globals.getStr(name);
    }

    void close() {
        PyRuntime.exit(previous);
    }
}
