package org.specula.core.assembly;

import org.specula.api.spi.Specializer;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Test utility: builds plugin jars during a test. Java sources are compiled with the system
 * compiler (by default against the real vm-api classes) and written into a jar with a
 * {@code META-INF/services/org.specula.api.spi.Specializer} file and, optionally, an
 * {@code Implementation-Version}. Reusable by any module that depends on vm-core's test jar.
 *
 * <pre>{@code
 * Path jar = TestJars.compileAndJar(dir, "plug.jar", Map.of("p.Plug", source), "p.Plug");
 * Path jar2 = TestJars.builder().source("p.Plug", source).service("p.Plug").version("1.2")
 *         .write(dir.resolve("plug.jar"));
 * }</pre>
 */
public final class TestJars {
    private TestJars() {}

    /** Compiled classes by (sources, class path): javac is the slow part, tests often build the same plugin. */
    private static final Map<List<Object>, Path> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The file or directory holding the vm-api classes this test runs with. */
    public static Path apiClasses() {
        try {
            return Path.of(Specializer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles sources (fully qualified class name to Java text) against vm-api and writes
     * {@code dir/jarName} registering serviceClass (null: no services file).
     */
    public static Path compileAndJar(Path dir, String jarName, Map<String, String> sources, String serviceClass) {
        Builder b = builder().sources(sources);
        if (serviceClass != null) b.service(serviceClass);
        else b.noServicesFile();
        return b.write(dir.resolve(jarName));
    }

    /** Removes a work directory (sources and classes) when the JVM exits. */
    private static void deleteOnExit(Path work) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException ignored) {
                // best effort: it is a temp directory
            }
        }));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What goes into one jar. */
    public static final class Builder {
        private final Map<String, String> sources = new TreeMap<>();
        private final List<String> services = new ArrayList<>();
        private final List<String> excludedPackages = new ArrayList<>();
        private List<Path> classpath = List.of(apiClasses());
        private String version;
        private boolean servicesFile = true;

        private Builder() {}

        public Builder source(String className, String text) {
            sources.put(className, text);
            return this;
        }

        public Builder sources(Map<String, String> m) {
            sources.putAll(m);
            return this;
        }

        /** A provider class named in the services file (which may name classes not in the jar). */
        public Builder service(String className) {
            services.add(className);
            return this;
        }

        /** Writes no services file at all. */
        public Builder noServicesFile() {
            servicesFile = false;
            return this;
        }

        /** The manifest's Implementation-Version (what {@link Specializer#version()} reports by default). */
        public Builder version(String v) {
            version = v;
            return this;
        }

        /** Compiles against these instead of the real vm-api (e.g. nothing, with stub API sources). */
        public Builder classpath(List<Path> cp) {
            classpath = List.copyOf(cp);
            return this;
        }

        /** Leaves the classes of a package (e.g. stub API classes compiled alongside) out of the jar. */
        public Builder exclude(String packageName) {
            excludedPackages.add(packageName.replace('.', '/') + "/");
            return this;
        }

        /** Compiles, writes the jar at the given path and returns it. */
        public Path write(Path jar) {
            try {
                Path out = COMPILED.get(List.of(sources, classpath));
                if (out == null) {
                    Path work = Files.createTempDirectory("testjars");
                    deleteOnExit(work);
                    Path src = work.resolve("src");
                    out = work.resolve("classes");
                    Files.createDirectories(out);
                    List<Path> files = new ArrayList<>();
                    for (var e : sources.entrySet()) {
                        Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
                        Files.createDirectories(f.getParent());
                        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                        files.add(f);
                    }
                    if (!files.isEmpty()) compile(files, out);
                    COMPILED.put(List.of(Map.copyOf(sources), classpath), out);
                }
                Files.createDirectories(jar.toAbsolutePath().getParent());
                writeJar(jar, out);
                return jar;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void compile(List<Path> files, Path out) throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) throw new IllegalStateException("no system Java compiler (a JRE without javac?)");
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
                List<String> opts = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "--release", "17",
                        "-implicit:none", "-Xlint:none"));
                StringBuilder cp = new StringBuilder();
                for (Path p : classpath) cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(p);
                opts.add("-classpath");
                opts.add(cp.toString());
                boolean ok = javac.getTask(null, fm, diags, opts, null, fm.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) throw new IllegalStateException("test plugin does not compile: " + diags.getDiagnostics());
            }
        }

        private void writeJar(Path jar, Path classes) throws IOException {
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (version != null) mf.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
            try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, mf)) {
                List<Path> all;
                try (Stream<Path> s = Files.walk(classes)) {
                    all = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path p : all) {
                    String name = classes.relativize(p).toString().replace('\\', '/');
                    if (excludedPackages.stream().anyMatch(name::startsWith)) continue;
                    jos.putNextEntry(new JarEntry(name));
                    jos.write(Files.readAllBytes(p));
                    jos.closeEntry();
                }
                if (servicesFile) {
                    jos.putNextEntry(new JarEntry("META-INF/services/" + Specializer.class.getName()));
                    jos.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                    jos.closeEntry();
                }
            }
        }
    }
}
