package org.specula.core.runtime;

import java.io.PrintStream;
import java.util.List;

/**
 * The state of one running VM (CPython's interpreter state): standard streams, loaded modules,
 * the recursion limit and sys.argv. Each Java thread running Python code has one current runtime
 * ({@link #current()}), set by the VM when it starts running a program on that thread.
 */
public final class PyRuntime {
    private static final ThreadLocal<PyRuntime> CURRENT = new ThreadLocal<>();

    public PrintStream stdout;
    public PrintStream stderr;
    /** Standard input for input(); defaults to System.in. */
    public java.io.BufferedReader stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
    /** sys.modules: module name -> module. */
    public final PyDict modules = new PyDict();
    /** The builtins module; its dict is the builtins namespace of every frame. */
    public PyModule builtins;
    public PyModule sys;
    public List<String> argv;
    /** Directories searched by import for .py files (sys.path). */
    public PyList path = new PyList();
    /** sys.getrecursionlimit(); CPython's default is 1000. */
    public volatile int recursionLimit = 1000;
    /** The adaptive machinery (specializers, policy, statistics) of the VM running this runtime. */
    public org.specula.core.adaptive.Adaptive adaptive = org.specula.core.adaptive.Adaptive.GENERIC;

    public PyRuntime(PrintStream stdout, PrintStream stderr, List<String> argv) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.argv = argv;
    }

    /** The runtime of the calling thread; throws IllegalStateException when none is set. */
    public static PyRuntime current() {
        PyRuntime rt = CURRENT.get();
        if (rt == null) throw new IllegalStateException("no Specula runtime on this thread");
        return rt;
    }

    /** Makes {@code rt} the current runtime of this thread and returns the previous one (or null). */
    public static PyRuntime enter(PyRuntime rt) {
        PyRuntime prev = CURRENT.get();
        CURRENT.set(rt);
        return prev;
    }

    public static void exit(PyRuntime prev) {
        if (prev == null) CURRENT.remove(); else CURRENT.set(prev);
    }
}
