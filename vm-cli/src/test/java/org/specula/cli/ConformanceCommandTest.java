package org.specula.cli;

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
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code specula conformance}: the suites from the command line. */
class ConformanceCommandTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An int + int handler that is wrong on every input: the suite must report it at once. */
    private static final String OFF_BY_ONE = String.join("\n",
            "package bad;",
            "import org.specula.api.spi.*;",
            "import java.util.Set;",
            "public final class OffByOne implements Specializer {",
            "    public String id() { return \"off-by-one\"; }",
            "    public Set<Family> families() { return Set.of(Family.BINARY_OP); }",
            "    public int spiVersion() { return SPI_VERSION; }",
            "    public Specialization specialize(SiteContext site) {",
            "        if (BinaryOps.base(site.oparg()) != BinaryOps.ADD) return Specialization.fail(\"not +\");",
            "        return Specialization.of(new BinaryOpHandler() {",
            "            public String name() { return \"BINARY_OP_ADD_INT\"; }",
            "            public Object apply(Object a, Object b) {",
            "                if (!(a instanceof Long x && b instanceof Long y)) return MISS;",
            "                return x + y + 1;",
            "            }",
            "        });",
            "    }",
            "}",
            "");

    static Path brokenPluginDir(Path dir) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve("src/bad")).resolve("OffByOne.java");
        Files.writeString(src, OFF_BY_ONE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String api = Path.of(Specializer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        int rc = javac.run(null, null, new PrintStream(diag, true, StandardCharsets.UTF_8), "--release", "17", "-cp", api,
                "-d", classes.toString(), src.toString());
        if (rc != 0) throw new IllegalStateException(diag.toString(StandardCharsets.UTF_8));
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plugins.resolve("bad.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + Specializer.class.getName()));
            out.write("bad.OffByOne\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return plugins;
    }

    @Test
    void aBuildWithNoDisagreementExitsZeroWithTheTable(@TempDir Path dir) {
        Run r = run("conformance", "--tries", "4", "--seed", "1", "--failures", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("BUILD") && r.out().contains("generic (baseline)") && r.out().contains("eager"), r.out());
        assertTrue(r.out().contains("all builds agree"), r.out());
        assertTrue(r.err().contains("seed 1, 4 programs"), r.err());
    }

    @Test
    void aBrokenPluginIsReportedWithItsShrunkProgramAndStatusOne(@TempDir Path dir) throws Exception {
        Path plugins = brokenPluginDir(dir);
        Path failures = dir.resolve("failures");
        Run r = run("conformance", "--plugin-path", plugins.toString(), "--tries", "30", "--seed", "2",
                "--failures", failures.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("disagrees with the baseline"), r.out());
        assertTrue(r.out().contains("--- program ---"), r.out());
        assertTrue(r.err().contains("DISAGREEMENT"), r.err());
        try (Stream<Path> written = Files.list(failures)) {
            assertTrue(written.anyMatch(p -> p.getFileName().toString().endsWith(".py")), "a failure file is written");
        }
    }

    @Test
    void badArgumentsAreUsageErrors() {
        Run zero = run("conformance", "--tries", "0");
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("--tries needs a positive whole number"), zero.err());
        Run unknown = run("conformance", "--frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown option --frobnicate"), unknown.err());
        Run help = run("conformance", "-h");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage: specula conformance"), help.out());
    }
}
