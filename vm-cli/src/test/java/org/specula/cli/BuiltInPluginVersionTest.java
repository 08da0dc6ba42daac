package org.specula.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.spec.binop.BinopSpecializer;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The VERSION column of {@code --list-specializers} for the built-in plugins. From a module jar
 * (a reactor build that packaged spec-binop and spec-iter before these tests) it is the Maven
 * project version the jar's manifest carries; from a class directory (no manifest) it is
 * {@code unversioned}. Inside the shaded {@code specula.jar} the plugins' packages have no manifest
 * section of their own, so they get the main section's version (vm-cli's, which its pom pins the
 * spec-* dependencies to): a subprocess runs binop from a jar laid out that way.
 */
class BuiltInPluginVersionTest {
    static String list(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The listing's row for id: {id, families, priority, version, origin}. */
    static String[] row(String listing, String id) {
        for (String line : listing.split("\n")) {
            String[] cols = line.split(" +", 5);
            if (cols[0].equals(id)) return cols;
        }
        throw new AssertionError(id + " not listed:\n" + listing);
    }

    /** The version Maven wrote in the jar's pom.properties for artifactId (every module jar has one). */
    static String pomVersion(Path jar, String artifactId) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            JarEntry e = f.getJarEntry("META-INF/maven/org.specula/" + artifactId + "/pom.properties");
            assertNotNull(e, jar + " has no pom.properties for " + artifactId);
            Properties p = new Properties();
            try (InputStream in = f.getInputStream(e)) {
                p.load(in);
            }
            return p.getProperty("version");
        }
    }

    @Test
    void builtInPluginsListTheVersionOfWhereTheyWereLoadedFrom() throws IOException {
        String listing = list("-X", "specializers=binop,iter", "--list-specializers");
        for (String id : List.of("binop", "iter")) {
            String[] r = row(listing, id);
            Path origin = Path.of(r[4]);
            if (Files.isDirectory(origin)) {
                assertEquals("unversioned", r[3], "a class directory has no manifest:\n" + listing);
            } else {
                String version = pomVersion(origin, "spec-" + id);
                assertTrue(version != null && !version.isEmpty(), origin.toString());
                assertEquals(version, r[3], "the project version of spec-" + id + ":\n" + listing);
            }
        }
    }

    /** Copies a class directory or jar's entries under prefix into out. */
    static void copyClasses(Path source, String prefix, JarOutputStream out) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source.resolve(prefix))) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(source.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            return;
        }
        try (JarFile f = new JarFile(source.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) f.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())::iterator) {
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream in = f.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void aPluginInAJarWithOnlyAMainSectionVersionListsThatVersion(@TempDir Path dir)
            throws IOException, InterruptedException, URISyntaxException {
        Path binop = Path.of(BinopSpecializer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the shaded jar's layout: the plugin's classes and services file, and a manifest whose
        // main section alone holds the version
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "4.5.6-shaded");
        Path jar = dir.resolve("shaded-like.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            copyClasses(binop, "org/specula/spec/binop/", out);
            out.putNextEntry(new JarEntry("META-INF/services/org.specula.api.spi.Specializer"));
            out.write((BinopSpecializer.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // the test class path (surefire's, or this JVM's) without spec-binop, the jar first
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isEmpty() && !Path.of(e).toAbsolutePath().equals(binop.toAbsolutePath())) entries.add(e);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, entries),
                "org.specula.cli.Main", "-X", "specializers=binop", "--list-specializers")
                .redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), listing);
        String[] r = row(listing, "binop");
        assertEquals("4.5.6-shaded", r[3], listing);
        assertEquals(jar.toString(), r[4], listing);
    }
}
