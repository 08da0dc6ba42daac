package org.specula.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * examples/adaptive_demo.py, the demo of CPython 3.11's release: with the built-in plugins
 * (spec-binop on the class path) the listing after 7 calls shows {@code BINARY_OP} and the one
 * after the 8th {@code BINARY_OP_MULTIPLY_FLOAT}; the generic VM shows {@code BINARY_OP} both
 * times. The whole default output is examples/adaptive_demo.expected.
 */
class AdaptiveDemoTest {
    record Run(int status, String out, String err) {}

    private static Path examples() {
        Path p = Path.of("..", "examples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(p), "examples directory not found at " + p);
        return p;
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The two listings of the demo's output (separated by its empty line), each as its lines. */
    private static List<List<String>> listings(String out) {
        String[] parts = out.split("\n\n", -1);
        assertEquals(2, parts.length, "two listings expected in:\n" + out);
        List<List<String>> r = new ArrayList<>();
        for (String p : parts) r.add(List.of(p.strip().split("\n")));
        return r;
    }

    /** The opcode name of each instruction line of a listing: its first upper-case word. */
    private static List<String> opnames(List<String> listing) {
        List<String> names = new ArrayList<>();
        for (String line : listing) {
            for (String word : line.strip().split("\\s+")) {
                if (word.matches("[A-Z][A-Z_]*")) {
                    names.add(word);
                    break;
                }
            }
        }
        return names;
    }

    @Test
    void theEighthCallSpecializesTheMultiplication() throws IOException {
        Run r = run(examples().resolve("adaptive_demo.py").toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        List<List<String>> l = listings(r.out());
        assertEquals(List.of("LOAD_CONST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"), opnames(l.get(0)));
        assertEquals(List.of("LOAD_CONST", "LOAD_FAST", "BINARY_OP_MULTIPLY_FLOAT", "RETURN_VALUE"), opnames(l.get(1)));
        assertTrue(l.get(1).get(2).strip().endsWith("BINARY_OP_MULTIPLY_FLOAT     5 (*)"), l.get(1).get(2));
        String expected = Files.readString(examples().resolve("adaptive_demo.expected"), StandardCharsets.UTF_8);
        assertEquals(expected, r.out());
    }

    @Test
    void theGenericVmShowsBinaryOpBothTimes() {
        Run r = run("--no-specialize", examples().resolve("adaptive_demo.py").toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        List<List<String>> l = listings(r.out());
        for (List<String> listing : l) {
            assertEquals(List.of("LOAD_CONST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"), opnames(listing));
        }
        assertEquals(l.get(0), l.get(1));
    }
}
