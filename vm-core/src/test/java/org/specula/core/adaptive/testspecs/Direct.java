package org.specula.core.adaptive.testspecs;

import org.specula.api.spi.Family;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.Adaptive;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;
import org.specula.core.code.Opcode;
import org.specula.core.interp.Interpreter;
import org.specula.core.interp.Pipeline;
import org.specula.core.interp.Runtimes;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a program on the calling thread with a given adaptive engine and keeps its globals, so a
 * test can look at the code objects' sites afterwards (the Vm hides them). Python exceptions
 * escaping the program propagate to the test.
 */
public final class Direct {
    public final Adaptive adaptive;
    public final PyDict globals = new PyDict();
    private PyRuntime rt;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private Direct(AdaptivePolicy policy, Specializer... specializers) {
        List<InstalledSpecializer> l = new ArrayList<>();
        for (Specializer s : specializers) {
            l.add(new InstalledSpecializer(s, s.id(), s.families(), s.priority(), s.version(), "test", l.size()));
        }
        this.adaptive = new Adaptive(policy, l, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs source as __main__. */
    public static Direct run(String source, AdaptivePolicy policy, Specializer... specializers) {
        Direct d = new Direct(policy, specializers);
        PrintStream o = new PrintStream(d.out, true, StandardCharsets.UTF_8);
        PyRuntime rt = new PyRuntime(o, new PrintStream(d.err, true, StandardCharsets.UTF_8), List.of(""));
        rt.adaptive = d.adaptive;
        d.rt = rt;
        PyRuntime prev = PyRuntime.enter(rt);
        try {
            Runtimes.initialize(rt, "");
            d.globals.put("__name__", "__main__");
            d.globals.put("__builtins__", rt.builtins);
            rt.modules.put("__main__", new PyModule("__main__", d.globals));
            Interpreter.runModule(Pipeline.compile(Pipeline.stringInput(source), "<direct>"), d.globals);
            o.flush();
        } finally {
            PyRuntime.exit(prev);
        }
        return d;
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    public AdaptiveStats.Snapshot stats() {
        return adaptive.snapshot();
    }

    /** Calls a global function on the calling thread (any thread) with this program's runtime. */
    public Object call(String function, Object... args) {
        PyRuntime prev = PyRuntime.enter(rt);
        try {
            return Interpreter.call((PyFunction) globals.getStr(function), args, null);
        } finally {
            PyRuntime.exit(prev);
        }
    }

    /** The code of a global function. */
    public CodeObject code(String function) {
        return ((PyFunction) globals.getStr(function)).code;
    }

    /** The sites of a family in a global function, in instruction order. */
    public List<AdaptiveSite> sites(String function, Family family) {
        List<AdaptiveSite> l = new ArrayList<>();
        for (AdaptiveSite s : code(function).sites) if (s != null && s.family == family.ordinal()) l.add(s);
        return l;
    }

    /** The only site of a family in a global function. */
    public AdaptiveSite site(String function, Family family) {
        List<AdaptiveSite> l = sites(function, family);
        if (l.size() != 1) throw new AssertionError(l.size() + " " + family + " sites in " + function);
        return l.get(0);
    }

    /** True when the site's instruction is currently in its specialized form. */
    public boolean isSpecialized(String function, AdaptiveSite s) {
        int op = Opcode.opcodeOf(code(function).instructions[s.index]);
        return op >= Opcode.FIRST_SPECIALIZED && Opcode.familyOf(op) == s.family;
    }

    /** The handler name the site shows (null when adaptive). */
    public static String kindAt(AdaptiveSite s) {
        return Adaptive.specializedName(s);
    }
}
