package org.specula.core.compiler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.code.CodeObject;

/**
 * Robustness on real code: compiles every pure-ASCII module of CPython's own standard library
 * directory (top level, under 60 kB, using only node types Specula's AST has) from CPython's
 * AST, and checks each code object with {@link StackAndTableSanityTest#check}. Skipped when
 * python3.11 or its Lib directory is absent. (Bytecode equality is not asserted here: frozenset
 * constants need the merged runtime and zero-argument super() is compiled differently on purpose.)
 */
class StdlibRobustnessTest {
    @TestFactory
    List<DynamicTest> compilesStdlibSanely() throws Exception {
        assumeTrue(CpythonOracle.pythonAvailable(), "python3.11 not available");
        Path lib = Path.of("/usr/lib/python3.11");
        assumeTrue(Files.isDirectory(lib), "no CPython Lib directory");
        List<String> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(lib, "*.py")) {
            for (Path p : ds) {
                String s = Files.readString(p);
                if (s.length() < 60_000 && s.chars().allMatch(c -> c < 128)) {
                    sources.add(s);
                    names.add(p.getFileName().toString());
                }
            }
        }
        List<CpythonOracle.Result> results = CpythonOracle.run(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CpythonOracle.Result r = results.get(i);
            if (r.ast == null) continue; // uses async/match/bytes...: not in Specula's AST yet
            tests.add(DynamicTest.dynamicTest(names.get(i), () -> {
                for (CodeObject co : CpythonOracle.allCodes(Compiler.compileModule(r.ast, "x.py"))) {
                    StackAndTableSanityTest.check(co);
                }
            }));
        }
        return tests;
    }
}
