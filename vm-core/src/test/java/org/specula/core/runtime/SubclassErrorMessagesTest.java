package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.assembly.VmOptions;

/**
 * Error messages about instances of subclasses of built-in types (int, float, str, list, tuple,
 * dict, set, frozenset) name the subclass, as CPython's do. The cases and CPython 3.11's messages
 * are in subclass-errors/cases.tsv, produced by subclass-errors/generate.py: every statement there
 * raised under CPython; each is run here as its own function on one Specula VM. The few cases in
 * subclass-errors/known-differences.txt still differ (and must, so the list stays current).
 */
class SubclassErrorMessagesTest {
    private static final String PRELUDE = """
            class I0(int): pass
            class F0(float): pass
            class S0(str): pass
            class L0(list): pass
            class T0(tuple): pass
            class D0(dict): pass
            class St0(set): pass
            class Fz0(frozenset): pass
            """;

    record Case(String code, String expected) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : lines("cases.tsv")) {
            int tab = line.indexOf('\t');
            cases.add(new Case(line.substring(0, tab).replace("\\n", "\n"), line.substring(tab + 1)));
        }
        return cases;
    }

    /** The statements (as in cases.tsv) whose messages are known to still differ from CPython's. */
    static Set<String> knownDifferences() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String line : lines("known-differences.txt")) if (!line.startsWith("#")) known.add(line.replace("\\n", "\n"));
        return known;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SubclassErrorMessagesTest.class.getResourceAsStream("/subclass-errors/" + resource)) {
            assertNotNull(in, resource);
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) if (!line.isEmpty()) lines.add(line);
            return lines;
        }
    }

    /** The program: one function per case, then a loop printing each case's outcome on one line. */
    static String program(List<Case> cases) {
        StringBuilder sb = new StringBuilder(PRELUDE);
        for (int i = 0; i < cases.size(); i++) {
            sb.append("def case").append(i).append("():\n");
            for (String line : cases.get(i).code().split("\n")) sb.append("    ").append(line).append('\n');
        }
        sb.append("cases = [");
        for (int i = 0; i < cases.size(); i++) sb.append(i == 0 ? "" : ", ").append("case").append(i);
        sb.append("]\n");
        sb.append("""
                for c in cases:
                    try:
                        c()
                        print('no error')
                    except Exception as e:
                        print(type(e).__name__ + ': ' + str(e))
                """);
        return sb.toString();
    }

    @Test
    void messagesNameTheSubclassAsCPythonDoes() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 1000, "cases.tsv is missing or truncated");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .options(VmOptions.DEFAULT.withSpecialize(false)).build();
        int status = vm.runSource(program(cases), "subclass_errors.py");
        assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(cases.size(), lines.length);
        Set<String> known = knownDifferences();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            boolean same = c.expected().equals(lines[i]);
            if (same == known.contains(c.code())) {
                mismatches.add((same ? "(listed in known-differences.txt but now right) " : "") + c.code().replace("\n", "; ")
                        + "\n    CPython: " + c.expected() + "\n    Specula: " + lines[i]);
            }
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + cases.size() + " messages differ:\n"
                + String.join("\n", mismatches));
    }
}
