package org.specula.core.assembly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.api.spi.Family;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plugins loaded from jars built during the test: a working one, and every way a jar can be broken. */
class PluginJarTest {
    static final String MULTIPLY_PROGRAM = """
            def f(n):
                t = 0
                for i in range(n):
                    t = t + i * 3
                return t
            print(f(1000))
            x = 1
            for i in range(60):
                x = x * 7
            print(x)
            print(2.5 * 2, -3 * 4, 'ab' * 2)
            """;
    /** What CPython 3.11 prints for MULTIPLY_PROGRAM (7**60 overflows a long: the handler misses, the generic op goes on). */
    static final String MULTIPLY_OUTPUT = "1498500\n" + java.math.BigInteger.valueOf(7).pow(60) + "\n5.0 -12 abab\n";

    static final String SMALL_PROGRAM = "print(6 * 7)\n";

    @Test
    void jarPluginIsLoadedListedAndUsed(@TempDir Path dir) {
        Path jar = TestJars.builder().sources(PluginSources.multiply("jp", "JarPlug", "jarplug"))
                .service("jp.JarPlug").version("1.4.2").write(dir.resolve("jarplug.jar"));
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        assertEquals(List.of(), t.vm.assemblyProblems());
        InstalledSpecializer is = t.vm.specializers().stream().filter(s -> s.id().equals("jarplug")).findFirst().orElse(null);
        assertNotNull(is, "jarplug not listed: " + t.vm.specializers());
        assertEquals(jar.toString(), is.origin());
        assertEquals(Set.of(Family.BINARY_OP), is.families());
        assertEquals("1.4.2", is.version());
        assertEquals("1.4.2", is.specializer().version());
        assertEquals(0, t.run(MULTIPLY_PROGRAM));
        assertEquals(MULTIPLY_OUTPUT, t.out());
        assertEquals("", t.err());
        AdaptiveStats.KindSnapshot k = t.vm.stats().kind("BINARY_OP_MULTIPLY_INT");
        assertNotNull(k, "no BINARY_OP_MULTIPLY_INT in the statistics");
        assertEquals("jarplug", k.specializer());
        // the loop's multiply runs 1000 times, specialized after the warm-up; 7**k overflows after k = 22
        assertTrue(k.hits() >= 1000 - 8 + 10, "hits: " + k);
        assertTrue(k.misses() >= 1, "the overflow must miss: " + k);
    }

    @Test
    void jarWithoutVersionSaysUnversioned(@TempDir Path dir) {
        TestJars.compileAndJar(dir, "plain.jar", PluginSources.multiply("pl", "Plain", "plain"), "pl.Plain");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        assertEquals(List.of(), t.vm.assemblyProblems());
        assertEquals("unversioned", only(t, "plain").version());
    }

    @Test
    void corruptJar(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[3000];
        new Random(42).nextBytes(junk);
        Path jar = Files.write(dir.resolve("x.jar"), junk);
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        problem(t, jar, "cannot be read");
    }

    @Test
    void jarWithoutServicesFile(@TempDir Path dir) {
        Path jar = TestJars.compileAndJar(dir, "noservices.jar", PluginSources.multiply("ns", "NoServices", "ns"), null);
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        problem(t, jar, "META-INF/services/org.specula.api.spi.Specializer");
    }

    @Test
    void missingProviderClassSkipsOnlyThatProvider(@TempDir Path dir) {
        Path jar = TestJars.builder().sources(PluginSources.multiply("mi", "Good", "good")).service("mi.Absent")
                .service("mi.Good").write(dir.resolve("missing.jar"));
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        problem(t, jar, "provider class mi.Absent (named in the services file) not found");
        assertEquals(jar.toString(), only(t, "good").origin());
    }

    @Test
    void providerWhoseConstructorThrows(@TempDir Path dir) {
        Path jar = TestJars.compileAndJar(dir, "throws.jar",
                PluginSources.multiply("th", "Thrower", "thrower", "SPI_VERSION",
                        "if (id() != null) throw new IllegalStateException(\"no licence\\nsecond line\");"),
                "th.Thrower");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "th.Thrower");
        assertTrue(m.contains("no licence"), m);
    }

    @Test
    void providerWhoseStaticInitializerThrows(@TempDir Path dir) {
        Map<String, String> src = Map.of("si.Init", """
                package si;
                public final class Init implements org.specula.api.spi.Specializer {
                    static final int X = Integer.parseInt("not a number");
                    public String id() { return "init"; }
                    public java.util.Set<org.specula.api.spi.Family> families() { return java.util.Set.of(); }
                    public int spiVersion() { return SPI_VERSION; }
                    public org.specula.api.spi.Specialization specialize(org.specula.api.spi.SiteContext s) { return null; }
                }
                """);
        Path jar = TestJars.compileAndJar(dir, "init.jar", src, "si.Init");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "si.Init");
        assertTrue(m.contains("not a number"), m);
    }

    @Test
    void providerWithABrokenHashCode(@TempDir Path dir) {
        Map<String, String> src = Map.of("hc.Hash", """
                package hc;
                public final class Hash implements org.specula.api.spi.Specializer {
                    public String id() { return "hash"; }
                    public java.util.Set<org.specula.api.spi.Family> families() { return java.util.Set.of(); }
                    public int spiVersion() { return SPI_VERSION; }
                    public org.specula.api.spi.Specialization specialize(org.specula.api.spi.SiteContext s) { return null; }
                    @Override public int hashCode() { throw new UnsupportedOperationException("no hash"); }
                }
                """);
        Path jar = TestJars.compileAndJar(dir, "hash.jar", src, "hc.Hash");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "hc.Hash");
        assertTrue(m.contains("no hash"), m);
    }

    @Test
    void incompatibleSpiVersion(@TempDir Path dir) {
        Path jar = TestJars.compileAndJar(dir, "v2.jar", PluginSources.multiply("v2", "Future", "future", "2", ""),
                "v2.Future");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "SPI version 2");
        assertTrue(m.contains("version 1"), m);
    }

    @Test
    void pluginCompiledAgainstAnOlderSpi(@TempDir Path dir) {
        Path jar = TestJars.builder().sources(PluginSources.olderSpi()).classpath(List.of())
                .exclude("org.specula.api.spi").service("old.OldPlugin").write(dir.resolve("old.jar"));
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "old.OldPlugin");
        assertTrue(m.contains("incompatible"), m);
        assertTrue(m.contains("spiVersion"), m);
    }

    @Test
    void pluginUsingAnSpiClassThisVmDoesNotHave(@TempDir Path dir) {
        Map<String, String> src = new java.util.HashMap<>(PluginSources.olderSpi());
        src.put("org.specula.api.spi.Retired", """
                package org.specula.api.spi;
                public final class Retired { public static java.util.Set<Family> all() { return java.util.Set.of(Family.BINARY_OP); } }
                """);
        src.put("old.OldPlugin", """
                package old;
                import org.specula.api.spi.*;
                public final class OldPlugin implements Specializer {
                    public String id() { return "oldplug"; }
                    public java.util.Set<Family> families() { return Retired.all(); }
                    public int spiVersion() { return 1; }
                    public Specialization specialize(SiteContext site) { return Specialization.fail("old"); }
                }
                """);
        src.put("org.specula.api.spi.Specializer", """
                package org.specula.api.spi;
                public interface Specializer {
                    String id();
                    java.util.Set<Family> families();
                    int spiVersion();
                    Specialization specialize(SiteContext site);
                }
                """);
        Path jar = TestJars.builder().sources(src).classpath(List.of()).exclude("org.specula.api.spi")
                .service("old.OldPlugin").write(dir.resolve("retired.jar"));
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "old.OldPlugin");
        assertTrue(m.contains("incompatible") && m.contains("no class org.specula.api.spi.Retired"), m);
    }

    @Test
    void servicesFileNamingAClassThatIsNoSpecializer(@TempDir Path dir) {
        Path jar = TestJars.compileAndJar(dir, "notone.jar", Map.of("no.NotOne", "package no; public final class NotOne {}"),
                "no.NotOne");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, jar, "no.NotOne");
        assertTrue(m.contains("no.NotOne does not implement org.specula.api.spi.Specializer"), m);
    }

    @Test
    void duplicateIdKeepsTheFirstJarInFileNameOrder(@TempDir Path dir) {
        // written in reverse order: the directory listing order must not matter
        Path b = TestJars.compileAndJar(dir, "b-dup.jar", PluginSources.multiply("pb", "Dup", "dup"), "pb.Dup");
        Path a = TestJars.compileAndJar(dir, "a-dup.jar", PluginSources.multiply("pa", "Dup", "dup"), "pa.Dup");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        String m = problem(t, b, "duplicate specializer id 'dup'");
        assertTrue(m.contains(a.toString()), "names the jar that is kept: " + m);
        assertEquals(a.toString(), only(t, "dup").origin());
    }

    @Test
    void pluginDirectoriesInOrderAndASingleJarAsPluginPath(@TempDir Path dir) throws Exception {
        Path d1 = Files.createDirectory(dir.resolve("z-first")), d2 = Files.createDirectory(dir.resolve("a-second"));
        Path first = TestJars.compileAndJar(d1, "z.jar", PluginSources.multiply("pz", "Dup", "dup"), "pz.Dup");
        Path second = TestJars.compileAndJar(d2, "a.jar", PluginSources.multiply("pa", "Dup", "dup"), "pa.Dup");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(d1).withPluginPath(d2));
        problem(t, second, "kept");
        assertEquals(first.toString(), only(t, "dup").origin());
        TestVm twice = TestVm.of(VmOptions.DEFAULT.withPluginPath(d1).withPluginPath(d1.resolve("../z-first")));
        assertEquals(List.of(), twice.vm.assemblyProblems());
        TestVm single = TestVm.of(VmOptions.DEFAULT.withPluginPath(second));
        assertEquals(List.of(), single.vm.assemblyProblems());
        assertEquals(second.toString(), only(single, "dup").origin());
    }

    @Test
    void missingPluginDirectory(@TempDir Path dir) {
        Path none = dir.resolve("no-such-dir");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(none));
        problem(t, none, "does not exist");
    }

    @Test
    void unknownSpecializerName(@TempDir Path dir) {
        TestJars.compileAndJar(dir, "jarplug.jar", PluginSources.multiply("jp", "JarPlug", "jarplug"), "jp.JarPlug");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir).withOnly(Set.of("jarplug", "nosuch")));
        String m = problem(t, null, "'nosuch'");
        assertTrue(m.contains("-X specializers"), m);
        assertTrue(m.contains("jarplug"), "lists what is loaded: " + m);
        assertEquals(List.of("jarplug"), t.vm.specializers().stream().map(InstalledSpecializer::id).toList());
    }

    @Test
    void severalBrokenJarsEachReportedOnceAndTheGoodOneLoads(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("c-corrupt.jar"), new byte[] {1, 2, 3});
        TestJars.compileAndJar(dir, "a-good.jar", PluginSources.multiply("ag", "Good", "good"), "ag.Good");
        TestJars.compileAndJar(dir, "b-v2.jar", PluginSources.multiply("bv", "V2", "v2", "2", ""), "bv.V2");
        Files.writeString(dir.resolve("notes.txt"), "not a jar");
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        List<String> p = t.vm.assemblyProblems();
        assertEquals(2, p.size(), p.toString());
        // jars that cannot be loaded are reported while loading, plugins that do not check out after
        assertTrue(p.get(0).contains("c-corrupt.jar"), p.toString());
        assertTrue(p.get(1).contains("b-v2.jar"), p.toString());
        assertEquals(String.join(System.lineSeparator(), p) + System.lineSeparator(), t.err());
        only(t, "good");
        assertEquals(0, t.run(MULTIPLY_PROGRAM));
        assertEquals(MULTIPLY_OUTPUT, t.out());
    }

    // ------------------------------------------------------------------ helpers

    static InstalledSpecializer only(TestVm t, String id) {
        List<InstalledSpecializer> l = t.vm.specializers().stream().filter(s -> s.id().equals(id)).toList();
        assertEquals(1, l.size(), "specializers: " + t.vm.specializers());
        return l.get(0);
    }

    /**
     * Checks that the VM reports exactly one problem, on one line, naming where (when not null)
     * and containing what; that it printed it on stderr; and that it still runs a program.
     */
    static String problem(TestVm t, Path where, String what) {
        List<String> problems = t.vm.assemblyProblems();
        assertEquals(1, problems.size(), "problems: " + problems);
        String m = problems.get(0);
        System.out.println(m);
        assertTrue(m.startsWith("specula: error: "), m);
        assertTrue(m.indexOf('\n') < 0 && m.indexOf('\r') < 0, "not one line: " + m);
        if (where != null) assertTrue(m.contains(where.toString()), "does not name " + where + ": " + m);
        assertTrue(m.contains(what), "does not say " + what + ": " + m);
        assertEquals(m + System.lineSeparator(), t.err(), "stderr");
        assertEquals(0, t.run(SMALL_PROGRAM));
        assertEquals("42\n", t.out());
        return m;
    }
}
