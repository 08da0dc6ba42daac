package org.specula.spec.iter;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of docs/writing-a-specializer.md runs as the page says: the program marked
 * {@code <!-- run by IterDocTest -->} prints the output shown after it, under this plugin alone
 * and under the generic VM, while the kinds the page names hit. (vm-core's DocExampleTest checks
 * that the page's Java blocks are this module's sources verbatim.)
 */
class IterDocTest {
    private static final String DOC = "docs/writing-a-specializer.md";

    /** The text of the fenced block right after the line {@code marker}. */
    static String blockAfter(String doc, String marker) {
        int at = doc.indexOf("\n" + marker + "\n");
        assertTrue(at >= 0, DOC + " has no " + marker);
        assertEquals(at, doc.lastIndexOf("\n" + marker + "\n"), "two blocks marked " + marker);
        int fence = at + marker.length() + 2;
        assertTrue(doc.startsWith("```", fence), "no fenced block right after " + marker);
        int start = doc.indexOf('\n', fence) + 1;
        int end = doc.indexOf("\n```", start - 1);
        return doc.substring(start, end + 1);
    }

    /** The hits and misses of a kind in the page's statistics table ("KIND [iter] - N - HITS MISSES ..."). */
    static String pageRow(String doc, String kind) {
        for (String line : doc.split("\n")) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length >= 7 && cols[0].equals(kind) && cols[1].equals("[iter]")) {
                return cols[5].replace(",", "") + " hits, " + cols[6].replace(",", "") + " misses";
            }
        }
        return "no row for " + kind;
    }

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve(DOC))) p = p.getParent();
        assertNotNull(p, DOC + " not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    private static Vm vm(VmOptions options, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).options(options).build();
    }

    @Test
    void theWorkedExampleProgramPrintsWhatThePageSaysAndItsKindsHit() throws IOException {
        String doc = Files.readString(repositoryRoot().resolve(DOC));
        String program = blockAfter(doc, "<!-- run by IterDocTest -->");
        String expected = blockAfter(doc, "<!-- output of IterDocTest's program -->");

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = vm(VmOptions.DEFAULT.withOnly(Set.of("iter")), out, err);
        assertEquals(0, vm.runSource(program, "centre.py"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        for (String kind : List.of("FOR_ITER_LIST", "FOR_ITER_RANGE", "UNPACK_SEQUENCE_TWO_TUPLE")) {
            AdaptiveStats.KindSnapshot k = vm.stats().kind(kind);
            assertNotNull(k, kind + " never installed");
            assertEquals("iter", k.specializer());
            assertTrue(k.hits() > 0, kind + " never hit");
            assertEquals(k.hits() + " hits, " + k.misses() + " misses", pageRow(doc, kind), "the page's statistics for " + kind);
        }

        ByteArrayOutputStream gout = new ByteArrayOutputStream(), gerr = new ByteArrayOutputStream();
        assertEquals(0, vm(VmOptions.DEFAULT.withSpecialize(false), gout, gerr).runSource(program, "centre.py"));
        assertEquals(expected, gout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void blocksAreFoundByTheirMarker() {
        String md = "a\n<!-- m -->\n```python\nprint(1)\nprint(2)\n```\nb\n";
        assertEquals("print(1)\nprint(2)\n", blockAfter(md, "<!-- m -->"));
    }
}
