package org.specula.cli;

import org.specula.api.spi.Specializer;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A plugin jar built during a test, and the counter its specializers report to. The jar holds two
 * BINARY_OP specializers: {@code probe-decline} declines every site, {@code probe-miss} installs a
 * handler that always misses (so the site deoptimizes after {@code -X deopt-after} misses). Both
 * count their {@code specialize} calls in {@link #ATTEMPTS}: the jar's classes are not on the
 * test class path, but this class is, and the plugin's class loader delegates to it.
 */
public final class PluginProbe {
    /** Calls of either probe's {@code specialize} since the last reset. */
    public static final AtomicInteger ATTEMPTS = new AtomicInteger();

    private PluginProbe() {}

    private static final String DECLINE = String.join("\n",
            "package probe;",
            "import org.specula.api.spi.*;",
            "import java.util.Set;",
            "public final class Decline implements Specializer {",
            "    public String id() { return \"probe-decline\"; }",
            "    public Set<Family> families() { return Set.of(Family.CONTAINS_OP, Family.BINARY_OP); }",
            "    public int priority() { return 7; }",
            "    public String version() { return \"1.2.3\"; }",
            "    public int spiVersion() { return SPI_VERSION; }",
            "    public Specialization specialize(SiteContext site) {",
            "        org.specula.cli.PluginProbe.ATTEMPTS.incrementAndGet();",
            "        return Specialization.fail(\"probe declines\");",
            "    }",
            "}",
            "");

    private static final String MISS = String.join("\n",
            "package probe;",
            "import org.specula.api.spi.*;",
            "import java.util.Set;",
            "public final class Miss implements Specializer {",
            "    public String id() { return \"probe-miss\"; }",
            "    public Set<Family> families() { return Set.of(Family.BINARY_OP); }",
            "    public int spiVersion() { return SPI_VERSION; }",
            "    public Specialization specialize(SiteContext site) {",
            "        org.specula.cli.PluginProbe.ATTEMPTS.incrementAndGet();",
            "        return Specialization.of(new BinaryOpHandler() {",
            "            public String name() { return \"BINARY_OP_PROBE_MISS\"; }",
            "            public Object apply(Object left, Object right) { return MISS; }",
            "        });",
            "    }",
            "}",
            "");

    /** Compiles the probes against vm-api and this class, and writes {@code dir/probes.jar}. */
    public static Path buildJar(Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/probe"));
        Files.writeString(src.resolve("Decline.java"), DECLINE);
        Files.writeString(src.resolve("Miss.java"), MISS);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String cp = location(Specializer.class) + java.io.File.pathSeparator + location(PluginProbe.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8), "--release", "17",
                "-cp", cp, "-d", classes.toString(), src.resolve("Decline.java").toString(),
                src.resolve("Miss.java").toString());
        if (rc != 0) throw new IllegalStateException("probe plugin does not compile:\n" + diagnostics);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = plugins.resolve("probes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + Specializer.class.getName()));
            write(out, "probe.Decline\nprobe.Miss\n");
            out.closeEntry();
        }
        return jar;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the probes, in the jar's registration order. */
    public static final List<String> IDS = List.of("probe-decline", "probe-miss");
}
