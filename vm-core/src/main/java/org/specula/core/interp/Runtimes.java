package org.specula.core.interp;

import org.specula.core.runtime.Builtins;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;

/** Prepares a fresh runtime: builtins (with the interpreter's own), sys, sys.path. */
public final class Runtimes {
    private Runtimes() {}

    /** Fills rt's builtins, sys and modules; scriptDir becomes sys.path[0]. */
    public static void initialize(PyRuntime rt, String scriptDir) {
        PyModule builtins = Builtins.create(rt);
        InterpreterBuiltins.install(builtins);
        rt.builtins = builtins;
        rt.path.append(scriptDir);
        PyModule sys = BuiltinModules.sys(rt);
        rt.sys = sys;
        rt.modules.put("builtins", builtins);
        rt.modules.put("sys", sys);
    }
}
