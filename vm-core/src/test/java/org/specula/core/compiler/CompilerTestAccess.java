package org.specula.core.compiler;

import java.util.ArrayList;
import java.util.List;

import org.specula.core.code.CodeObject;

/** Gives tests in other packages access to the CPython oracle. */
public final class CompilerTestAccess {
    private CompilerTestAccess() {}

    /** One snippet's oracle result. */
    public record Oracle(String source, String dis, CpythonOracle.Result raw) {}

    public static boolean pythonAvailable() {
        return CpythonOracle.pythonAvailable();
    }

    public static List<Oracle> run(List<String> sources) throws Exception {
        List<Oracle> out = new ArrayList<>();
        for (CpythonOracle.Result r : CpythonOracle.run(sources)) out.add(new Oracle(r.source, r.dis, r));
        return out;
    }

    public static CodeObject compile(Oracle o) {
        return Compiler.compileModule(o.raw().ast, "x.py");
    }
}
