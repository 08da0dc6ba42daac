package org.specula.core.compiler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.ast.Ast;
import org.specula.core.parser.Parser;

/**
 * The {@link CompilerVsCpythonTest} and {@link CompileErrorTest} comparisons again, but with the
 * AST produced by Specula's own parser. Skipped (assumption) until the parser is merged.
 */
class ParserBackedCompilerTest {
    static boolean parserAvailable() {
        try {
            Parser.parseModule("x=1\n", "<test>");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static List<CpythonOracle.Result> results;
    static List<CpythonOracle.Result> errors;

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(parserAvailable(), "Specula parser not merged yet");
        assumeTrue(CpythonOracle.pythonAvailable(), "python3.11 not available");
        results = CpythonOracle.run(List.of(CompilerVsCpythonTest.SNIPPETS));
        errors = CpythonOracle.run(List.of(CompileErrorTest.SNIPPETS));
    }

    @TestFactory
    List<DynamicTest> sameBytecodeFromOurParser() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CpythonOracle.Result r : results) {
            tests.add(DynamicTest.dynamicTest("[" + r.source.replace("\n", "\\n") + "]", () -> {
                CpythonOracle.Result ours = new CpythonOracle.Result();
                ours.source = r.source;
                ours.ast = Parser.parseModule(r.source, "x.py");
                ours.codes = r.codes;
                CompilerVsCpythonTest.check(ours);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> sameErrorsFromOurParser() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CpythonOracle.Result r : errors) {
            tests.add(DynamicTest.dynamicTest("[" + r.source.replace("\n", "\\n") + "]", () -> {
                org.specula.core.parser.SyntaxErrorException e = org.junit.jupiter.api.Assertions.assertThrows(
                        org.specula.core.parser.SyntaxErrorException.class, () -> {
                            Ast.Module m = Parser.parseModule(r.source, "x.py");
                            Compiler.compileModule(m, "x.py");
                        });
                org.junit.jupiter.api.Assertions.assertEquals(r.error.get(0), e.msg);
                org.junit.jupiter.api.Assertions.assertEquals(((Long) r.error.get(1)).intValue(), e.lineno);
                org.junit.jupiter.api.Assertions.assertEquals(((Long) r.error.get(2)).intValue(), e.offset);
            }));
        }
        return tests;
    }
}
