package org.specula.testplugin.doc;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps docs/writing-a-specializer.md honest: every Java block in it is marked
 * {@code <!-- compiled: PATH -->} and must appear verbatim in that source file, one the build
 * compiles (this module's test sources for the "your own plugin" example, spec-iter's sources
 * for the worked example), and the program marked {@code <!-- run by DocExampleTest -->} must
 * print the output shown after it while the example's handlers hit. (spec-iter's
 * {@code IterDocTest} runs the worked example's program; vm-cli's
 * {@code PluginWalkthroughTest} builds the example into a plugin jar.)
 */
class DocExampleTest {
    private static final String DOC = "docs/writing-a-specializer.md";
    private static final String COMPILED = "<!-- compiled: ";
    private static final String RUN = "<!-- run by DocExampleTest -->";
    private static final String OUTPUT = "<!-- output of DocExampleTest's program -->";
    /** Where quoted sources may live: source trees the build compiles. */
    private static final List<String> COMPILED_ROOTS = List.of(
            "vm-core/src/test/java/", "spec-iter/src/main/java/", "spec-iter/src/test/java/");

    /** A fenced block: its language, its text, and the marker comment on the line before the fence (or null). */
    record Block(String lang, String text, String marker, int line) {}

    @Test
    void everyJavaBlockIsCompiledSourceVerbatim() throws IOException {
        Path root = repositoryRoot();
        List<Block> blocks = blocks(Files.readString(root.resolve(DOC)));
        Set<String> files = new HashSet<>();
        int checked = 0;
        for (Block b : blocks) {
            if (!b.lang().equals("java")) continue;
            if (b.marker() == null || !b.marker().startsWith(COMPILED) || !b.marker().endsWith("-->")) {
                fail(DOC + ":" + b.line() + ": a java block must be preceded by " + COMPILED + "PATH -->");
            }
            String path = b.marker().substring(COMPILED.length(), b.marker().length() - 3).strip();
            Path source = root.resolve(path);
            assertTrue(Files.isRegularFile(source), DOC + ":" + b.line() + ": no file " + path);
            assertTrue(COMPILED_ROOTS.stream().anyMatch(path::startsWith) && path.endsWith(".java"),
                    DOC + ":" + b.line() + ": " + path + " is not a source file of " + COMPILED_ROOTS);
            String code = Files.readString(source);
            assertTrue(code.contains(b.text()), DOC + ":" + b.line() + ": the block is not verbatim in " + path
                    + " (copy it again from the file)");
            files.add(path.substring(path.lastIndexOf('/') + 1));
            checked++;
        }
        assertTrue(checked >= 8, "expected the examples' java blocks, found " + checked);
        for (String f : List.of("IterSpecializer.java", "ForIterList.java", "UnpackSequenceList.java", "IterConformanceTest.java",
                "DocSpecializer.java", "MultiplyFloat.java", "LoadInstanceValue.java", "DocAssembly.java")) {
            assertTrue(files.contains(f), DOC + " does not show " + f);
        }
    }

    @Test
    void theDocProgramRunsWithTheExampleHandlers() throws IOException {
        List<Block> blocks = blocks(Files.readString(repositoryRoot().resolve(DOC)));
        String program = only(blocks, RUN, "python").text();
        String expected = only(blocks, OUTPUT, "text").text();

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = DocAssembly.build(utf8(out), utf8(err));
        int status = vm.runSource(program, "prog.py");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));

        List<String> ids = new ArrayList<>();
        for (InstalledSpecializer s : vm.specializers()) ids.add(s.id());
        assertTrue(ids.contains("doc-example"), "loaded: " + ids);
        AdaptiveStats.Snapshot stats = vm.stats();
        for (String kind : List.of("BINARY_OP_MULTIPLY_FLOAT", "LOAD_ATTR_INSTANCE_VALUE")) {
            AdaptiveStats.KindSnapshot k = stats.kind(kind);
            assertNotNull(k, kind + " never installed");
            assertEquals("doc-example", k.specializer());
            assertTrue(k.hits() > 0, kind + " never hit");
        }

        // the generic VM prints the same
        ByteArrayOutputStream gout = new ByteArrayOutputStream(), gerr = new ByteArrayOutputStream();
        Vm generic = Vm.builder().stdout(utf8(gout)).stderr(utf8(gerr)).options(VmOptions.DEFAULT.withSpecialize(false)).build();
        assertEquals(0, generic.runSource(program, "prog.py"));
        assertEquals(expected, gout.toString(StandardCharsets.UTF_8));
        assertTrue(generic.specializers().isEmpty());
    }

    @Test
    void theContractQuotedIsSpecializedOpsJavadoc() throws IOException {
        Path root = repositoryRoot();
        String doc = Files.readString(root.resolve(DOC));
        StringBuilder quote = new StringBuilder();
        for (String line : doc.substring(doc.indexOf("This is the Javadoc of `SpecializedOp`")).split("\n")) {
            if (line.startsWith(">")) {
                quote.append(line.substring(1)).append(' ');
            } else if (quote.length() > 0 && !line.isBlank()) {
                break;
            }
        }
        String javadoc = Files.readString(root.resolve("vm-api/src/main/java/org/specula/api/spi/SpecializedOp.java"));
        String contract = javadoc.substring(javadoc.indexOf("<ul>"), javadoc.indexOf("</ul>"));
        assertEquals(plain(contract), plain(quote.toString()), "the contract quoted in " + DOC);
    }

    /** Words only: Javadoc and Markdown markup, comment stars and list marks removed. */
    static String plain(String text) {
        return text.replaceAll("\\{@(link|code) #?([^}]*)}", "$2")
                .replaceAll("</?(ul|li|em)>", " ")
                .replaceAll("(?m)^\\s*\\*", " ")
                .replaceAll("(?<=\\s)- ", " ")
                .replaceAll("[`*]", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" (?=[;,.)])", "")
                .strip();
    }

    @Test
    void blocksAreParsedWithTheirMarkers() {
        String md = "text\n<!-- compiled: a/B.java -->\n```java\nclass B {}\n```\n\n```python\nprint(1)\n```\n";
        List<Block> blocks = blocks(md);
        assertEquals(2, blocks.size());
        assertEquals(new Block("java", "class B {}\n", "<!-- compiled: a/B.java -->", 3), blocks.get(0));
        assertEquals(new Block("python", "print(1)\n", null, 7), blocks.get(1));
    }

    private static Block only(List<Block> blocks, String marker, String lang) {
        Block found = null;
        for (Block b : blocks) {
            if (marker.equals(b.marker())) {
                assertEquals(lang, b.lang(), "block after " + marker);
                if (found != null) fail("two blocks marked " + marker);
                found = b;
            }
        }
        assertNotNull(found, DOC + " has no block marked " + marker);
        return found;
    }

    /** The fenced blocks of a Markdown text, with the comment line right before each fence. */
    static List<Block> blocks(String md) {
        String[] lines = md.split("\n", -1);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) continue;
            String lang = lines[i].substring(3).strip();
            String marker = i > 0 && lines[i - 1].startsWith("<!--") ? lines[i - 1].strip() : null;
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            int j = start;
            while (j < lines.length && !lines[j].startsWith("```")) text.append(lines[j++]).append('\n');
            if (j == lines.length) fail("unclosed code block at line " + start);
            out.add(new Block(lang, text.toString(), marker, start));
            i = j;
        }
        return out;
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve(DOC))) p = p.getParent();
        assertNotNull(p, DOC + " not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    private static PrintStream utf8(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }
}
