package org.specula.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.api.spi.Specializer;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "your own plugin, step by step" path of docs/writing-a-specializer.md, followed end to end
 * with the page's own code blocks: its Java sources compiled against vm-api alone, packed into a
 * jar with the services line and manifest version it shows, the page's program run with
 * {@code --plugin-path} (same output as the generic VM, the plugin's kinds hit in {@code -X stats}),
 * {@code --list-specializers} as shown, and {@code specula conformance} passing on the jar and
 * reporting a broken variant of it.
 */
class PluginWalkthroughTest {
    private static final String DOC = "docs/writing-a-specializer.md";
    private static final String EXAMPLE_DIR = "vm-core/src/test/java/org/specula/testplugin/doc/";

    private static String doc;
    @TempDir static Path work;
    private static Path plugins;

    record Run(int status, String out, String err) {}

    static Run specula(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Steps 1, 2 and 4: the page's sources, compiled against vm-api only, in a jar. */
    @BeforeAll
    static void buildThePluginJarAsThePageSays() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve(DOC))) root = root.getParent();
        assertNotNull(root, DOC + " not found");
        doc = Files.readString(root.resolve(DOC));
        plugins = buildJar(work.resolve("my-plugin"), sources(doc), servicesLine(doc));
    }

    /** The page's complete Java files of the example (a block marked with its path that starts with package). */
    static Map<String, String> sources(String doc) {
        Map<String, String> files = new LinkedHashMap<>();
        String[] lines = doc.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String marker = lines[i - 1].strip();
            if (!lines[i].equals("```java") || !marker.startsWith("<!-- compiled: " + EXAMPLE_DIR)) continue;
            String file = marker.substring(("<!-- compiled: " + EXAMPLE_DIR).length(), marker.length() - "-->".length()).strip();
            String text = fenced(lines, i);
            if (text.startsWith("package ")) files.put(file, text);
        }
        assertEquals(List.of("DocSpecializer.java", "MultiplyFloat.java", "LoadInstanceValue.java"), new ArrayList<>(files.keySet()),
                "the complete files of the page's own-plugin example");
        return files;
    }

    /** The services line of step 4 (a block inside a list item, so indented). */
    static String servicesLine(String doc) {
        String[] lines = doc.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i - 1].strip().equals("<!-- services file of your own plugin -->")) return fenced(lines, i).strip();
        }
        throw new AssertionError(DOC + " shows no services file");
    }

    private static String fenced(String[] lines, int fence) {
        String indent = lines[fence].substring(0, lines[fence].indexOf("```"));
        StringBuilder text = new StringBuilder();
        for (int j = fence + 1; !lines[j].strip().equals("```"); j++) {
            text.append(lines[j].startsWith(indent) ? lines[j].substring(indent.length()) : lines[j]).append('\n');
        }
        return text.toString();
    }

    private static String block(String marker) {
        String[] lines = doc.split("\n", -1);
        for (int i = 1; i < lines.length; i++) if (lines[i - 1].strip().equals(marker)) return fenced(lines, i);
        throw new AssertionError(DOC + " has no block marked " + marker);
    }

    /** javac --release 17 -cp vm-api, then a jar with the services file and Implementation-Version 1.0: the plugins directory. */
    static Path buildJar(Path dir, Map<String, String> sources, String services) throws IOException, URISyntaxException {
        List<String> args = new ArrayList<>(List.of("--release", "17", "-cp", vmApiOnly(), "-d", dir.resolve("classes").toString()));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path src = Files.createDirectories(dir.resolve("src/org/specula/testplugin/doc")).resolve(e.getKey());
            Files.writeString(src, e.getValue());
            args.add(src.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        int rc = javac.run(null, null, new PrintStream(diag, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, rc, "the page's sources do not compile against vm-api alone:\n" + diag.toString(StandardCharsets.UTF_8));

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.0");
        Path pluginDir = Files.createDirectories(dir.resolve("plugins"));
        Path classes = dir.resolve("classes");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(pluginDir.resolve("my-plugin.jar")), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/" + Specializer.class.getName()));
            jar.write((services + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return pluginDir;
    }

    /** The class path entry of vm-api (its jar, or its classes in a reactor build): nothing else. */
    private static String vmApiOnly() throws URISyntaxException {
        return Path.of(Specializer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Steps 3 and 5: the page's program with the plugin prints what the page and the generic VM print. */
    @Test
    void theProgramRunsWithThePluginAsWithout() throws IOException {
        Path program = Files.writeString(work.resolve("scale.py"), block("<!-- run by DocExampleTest -->"));
        String expected = block("<!-- output of DocExampleTest's program -->");

        Run generic = specula("--no-specialize", program.toString());
        assertEquals(new Run(0, expected, ""), generic);
        Run withPlugin = specula("--plugin-path", plugins.toString(), program.toString());
        assertEquals(new Run(0, expected, ""), withPlugin);
        Run eager = specula("--plugin-path", plugins.toString(), "-X", "eager", program.toString());
        assertEquals(new Run(0, expected, ""), eager);
    }

    /** Step 5: -X stats lists the plugin's two kinds, with hits. */
    @Test
    void itsKindsHitInTheStatistics() throws IOException {
        Path program = Files.writeString(work.resolve("scale-stats.py"), block("<!-- run by DocExampleTest -->"));
        Run r = specula("--plugin-path", plugins.toString(), "-X", "specializers=doc-example", "-X", "stats", program.toString());
        assertEquals(0, r.status(), r.err());
        for (String kind : List.of("BINARY_OP_MULTIPLY_FLOAT", "LOAD_ATTR_INSTANCE_VALUE")) {
            String row = r.err().lines().filter(l -> l.strip().startsWith(kind + " [doc-example]")).findFirst()
                    .orElseThrow(() -> new AssertionError(kind + " not in the statistics:\n" + r.err()));
            long hits = Long.parseLong(row.strip().split("\\s+")[5].replace(",", ""));
            assertTrue(hits > 0, row);
        }
    }

    /** Step 5: --list-specializers prints what the page shows, but for the jar's own path. */
    @Test
    void itIsListedAsThePageShows() {
        Run r = specula("--plugin-path", plugins.toString(), "-X", "specializers=doc-example", "--list-specializers");
        assertEquals(0, r.status(), r.err());
        String shown = doc.substring(doc.indexOf("$ ./specula --plugin-path my-plugin/plugins -X specializers=doc-example --list-specializers"));
        shown = shown.substring(shown.indexOf('\n') + 1, shown.indexOf("```"));
        String jar = plugins.resolve("my-plugin.jar").toAbsolutePath().toString();
        assertEquals(shown.replace("/home/me/my-plugin/plugins/my-plugin.jar", jar).replaceAll(" +", " "),
                r.out().replaceAll(" +", " "));
    }

    /** Step 6: specula conformance --plugin-path passes on the plugin. */
    @Test
    void theConformanceKitPassesOnIt() {
        Run r = specula("conformance", "--plugin-path", plugins.toString(), "--tries", "12", "--seed", "6",
                "--failures", work.resolve("failures").toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("all builds agree"), r.out());
        assertTrue(r.out().contains("doc-example"), "a build with the plugin alone:\n" + r.out());
    }

    /** Step 6: the broken variant the page mentions (the attribute load without its shape guard) is reported. */
    @Test
    void theConformanceKitReportsABrokenVariant() throws Exception {
        Map<String, String> broken = new LinkedHashMap<>(sources(doc));
        String load = broken.get("LoadInstanceValue.java");
        String shapeGuard = "\n                || i.shape() != shape) {";
        assertTrue(load.contains(shapeGuard), load);
        assertTrue(doc.contains("`|| i.shape() != shape`"), "the page names the broken variant");
        broken.put("LoadInstanceValue.java", load.replace(shapeGuard, ") {"));
        Path brokenPlugins = buildJar(work.resolve("broken-plugin"), broken, servicesLine(doc));
        Run r = specula("conformance", "--plugin-path", brokenPlugins.toString(), "--tries", "40", "--seed", "6",
                "--failures", work.resolve("broken-failures").toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("disagrees with the baseline"), r.out());
    }
}
