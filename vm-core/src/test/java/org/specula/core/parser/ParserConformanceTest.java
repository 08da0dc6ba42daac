package org.specula.core.parser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.ast.AstDump;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares Specula's parser with CPython's: the full {@code ast.dump(..., include_attributes=True)}
 * text for valid snippets, and (type, msg, lineno, offset) of the SyntaxError for bad ones. CPython
 * is run once for all snippets; when python3 is missing these tests are skipped.
 */
class ParserConformanceTest {
    private static List<String> expected;

    @BeforeAll
    static void runPython() throws Exception {
        if (!PythonOracle.available()) return;
        List<String> all = new ArrayList<>(valid());
        all.addAll(invalid());
        expected = PythonOracle.run(all);
    }

    private static List<String> valid() {
        List<String> l = new ArrayList<>(ParserSnippets.VALID);
        l.addAll(ParserSnippets.MORE_VALID);
        return l;
    }

    private static List<String> invalid() {
        List<String> l = new ArrayList<>(ParserSnippets.INVALID);
        l.addAll(ParserSnippets.MORE_INVALID);
        return l;
    }

    static String specula(String src) {
        try {
            if (src.startsWith("#eval\n")) return "OK " + AstDump.dump(Parser.parseExpression(src.substring(6), "f.py"));
            return "OK " + AstDump.dump(Parser.parseModule(src, "f.py"));
        } catch (SyntaxErrorException e) {
            return "ERR " + e.kind + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset;
        }
    }

    /** Error results compared on type, message, line and offset only. */
    private static String errorKey(String r) {
        if (!r.startsWith("ERR ")) return r;
        String[] f = r.split("\\|");
        return f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3];
    }

    @TestFactory
    List<DynamicTest> validSnippetsMatchCPythonAstDump() {
        Assumptions.assumeTrue(expected != null, "python3 (3.11) not on PATH: CPython comparison skipped");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < valid().size(); i++) {
            String src = valid().get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest("valid #" + i + ": " + abbreviate(src),
                    () -> assertEquals(want, specula(src), "source:\n" + src)));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> badSnippetsMatchCPythonSyntaxError() {
        Assumptions.assumeTrue(expected != null, "python3 (3.11) not on PATH: CPython comparison skipped");
        List<DynamicTest> tests = new ArrayList<>();
        int base = valid().size();
        for (int i = 0; i < invalid().size(); i++) {
            String src = invalid().get(i);
            String want = expected.get(base + i);
            tests.add(DynamicTest.dynamicTest("invalid #" + i + ": " + abbreviate(src),
                    () -> assertEquals(errorKey(want), errorKey(specula(src)), "source:\n" + src)));
        }
        return tests;
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
