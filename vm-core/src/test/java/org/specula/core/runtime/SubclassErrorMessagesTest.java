package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.assembly.VmOptions;

/**
 * Error messages about instances of subclasses of built-in types (int, float, str, list, tuple,
 * dict, set, frozenset) name the subclass, as CPython's do. The cases and CPython 3.11's messages
 * are in subclass-errors/cases.tsv, produced by subclass-errors/generate.py: every statement there
 * raised under CPython; each is run here as its own function on one Specula VM.
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
            def f(*args, **kwargs): pass
            """;

    record Case(String code, String expected) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = SubclassErrorMessagesTest.class.getResourceAsStream("/subclass-errors/cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                int tab = line.indexOf('\t');
                cases.add(new Case(line.substring(0, tab).replace("\\n", "\n"), line.substring(tab + 1)));
            }
        }
        return cases;
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
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (!c.expected().equals(lines[i])) {
                mismatches.add(c.code().replace("\n", "; ") + "\n    CPython: " + c.expected() + "\n    Specula: " + lines[i]);
            }
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + cases.size() + " messages differ:\n"
                + String.join("\n", mismatches));
    }
}
