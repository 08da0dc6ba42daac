package org.specula.core.assembly;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.testplugin.ExampleSpecializer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom VM builds: Guice module overrides on top of {@link VmModule}, and the options that choose specializers. */
class CustomBuildTest {
    /** One BINARY_OP site (a * b in f), run twice. */
    static final String TWICE = """
            def f(a, b):
                return a * b
            print(f(6, 7))
            print(f(3, 5))
            """;

    /** The custom build of the VmModule Javadoc: an eager policy and one more specializer. */
    static Module eagerWith(VmOptions base, Specializer... extra) {
        return Modules.override(new VmModule(base)).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(AdaptivePolicy.class).toInstance(AdaptivePolicy.EAGER);
                Multibinder<Specializer> mb = Multibinder.newSetBinder(binder(), Specializer.class);
                for (Specializer s : extra) mb.addBinding().toInstance(s);
            }
        });
    }

    static List<String> ids(TestVm t) {
        return t.vm.specializers().stream().map(InstalledSpecializer::id).toList();
    }

    static Path jarplug(Path dir) {
        return TestJars.compileAndJar(dir, "jarplug.jar", PluginSources.multiply("jp", "JarPlug", "jarplug"), "jp.JarPlug");
    }

    @Test
    void overrideReplacesThePolicyAndAddsToTheMultibinder(@TempDir Path dir) {
        Path jar = jarplug(dir);
        TestVm t = TestVm.of(eagerWith(VmOptions.DEFAULT.withPluginPath(dir), new ExampleSpecializer()));
        assertEquals(List.of(), t.vm.assemblyProblems());
        assertSame(AdaptivePolicy.EAGER, t.vm.policy());
        // Modules.override merges Multibinder contributions: the plugin directory's jar (bound by
        // VmModule) and the override's specializer are both there, discovered ones first
        assertEquals(List.of("jarplug", "example"), ids(t));
        assertEquals(jar.toString(), t.vm.specializers().get(0).origin());
        assertEquals(0, t.run(TWICE));
        assertEquals("42\n15\n", t.out());
        // eager: the site specialized on its first execution and hit on its second
        AdaptiveStats.KindSnapshot k = t.vm.stats().kind("BINARY_OP_MULTIPLY_INT");
        assertNotNull(k);
        assertEquals(1, k.specializations());
        assertEquals(1, k.hits());
        assertEquals(0, k.misses());
        // the example plugin was asked too (it comes first by id, and declines int *)
        assertTrue(t.vm.stats().family(Family.BINARY_OP).failureReasons().containsKey("example: int operator"),
                t.vm.stats().family(Family.BINARY_OP).failureReasons().toString());
    }

    @Test
    void theVmModuleJavadocExample() {
        Module custom = Modules.override(new VmModule(VmOptions.DEFAULT)).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(AdaptivePolicy.class).toInstance(AdaptivePolicy.EAGER);
                Multibinder.newSetBinder(binder(), Specializer.class).addBinding().to(ExampleSpecializer.class);
            }
        });
        TestVm t = TestVm.of(custom);
        assertEquals(List.of("example"), ids(t));
        assertSame(AdaptivePolicy.EAGER, t.vm.policy());
        assertEquals(0, t.run("def f(a, b):\n    return a + b\nprint(f(1, 2), f(3, 4))\n"));
        assertEquals("3 7\n", t.out());
        assertEquals(1, t.vm.stats().kind("BINARY_OP_ADD_INT").hits());
    }

    @Test
    void withoutTheOverrideTheDefaultPolicyWaitsForTheWarmup(@TempDir Path dir) {
        jarplug(dir);
        TestVm t = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir));
        assertEquals(AdaptivePolicy.DEFAULT, t.vm.policy());
        assertEquals(0, t.run(TWICE));
        assertEquals("42\n15\n", t.out());
        assertNull(t.vm.stats().kind("BINARY_OP_MULTIPLY_INT"));
        assertEquals(0, t.vm.stats().family(Family.BINARY_OP).attempts());
    }

    @Test
    void withOnlyKeepsTheNamedSpecializers(@TempDir Path dir) {
        jarplug(dir);
        TestVm t = TestVm.of(eagerWith(VmOptions.DEFAULT.withPluginPath(dir).withOnly(Set.of("example")),
                new ExampleSpecializer()));
        assertEquals(List.of(), t.vm.assemblyProblems());
        assertEquals(List.of("example"), ids(t));
        assertEquals(0, t.run(TWICE));
        assertEquals("42\n15\n", t.out());
        assertNull(t.vm.stats().kind("BINARY_OP_MULTIPLY_INT"));

        TestVm j = TestVm.of(eagerWith(VmOptions.DEFAULT.withPluginPath(dir).withOnly(Set.of("jarplug")),
                new ExampleSpecializer()));
        assertEquals(List.of("jarplug"), ids(j));
    }

    @Test
    void theGenericVmDiscoversNothingButKeepsExplicitBindings(@TempDir Path dir) {
        jarplug(dir);
        TestVm generic = TestVm.of(VmOptions.DEFAULT.withPluginPath(dir).withSpecialize(false));
        assertEquals(List.of(), ids(generic));
        assertEquals(List.of(), generic.vm.assemblyProblems());
        TestVm custom = TestVm.of(eagerWith(VmOptions.DEFAULT.withPluginPath(dir).withSpecialize(false),
                new ExampleSpecializer()));
        assertEquals(List.of("example"), ids(custom));
    }

    @Test
    void oneInstanceBoundTwiceIsOneSpecializer() {
        ExampleSpecializer ex = new ExampleSpecializer();
        TestVm t = TestVm.of(eagerWith(VmOptions.DEFAULT, ex, ex));
        assertEquals(List.of("example"), ids(t));
        assertEquals(List.of(), t.vm.assemblyProblems());
    }

    @Test
    void aBoundSpecializerWithTheIdOfAJarPluginIsADuplicate(@TempDir Path dir) {
        Path jar = jarplug(dir);
        TestVm t = TestVm.of(eagerWith(VmOptions.DEFAULT.withPluginPath(dir), new Renamed("jarplug")));
        assertEquals(List.of("jarplug"), ids(t));
        assertEquals(jar.toString(), t.vm.specializers().get(0).origin());
        List<String> p = t.vm.assemblyProblems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("duplicate specializer id 'jarplug'") && p.get(0).contains(jar.toString()), p.get(0));
    }

    @Test
    void badDescriptionsOfBoundSpecializers() {
        TestVm t = TestVm.of(eagerWith(VmOptions.DEFAULT, new Renamed("Bad Id\nwith a line break"), new Renamed("nofamily", Set.of()),
                new Renamed("throws", null)));
        assertEquals(List.of(), ids(t));
        List<String> p = t.vm.assemblyProblems();
        assertEquals(3, p.size(), p.toString());
        for (String m : p) assertTrue(m.startsWith("specula: error: plugin ") && m.indexOf('\n') < 0, m);
        assertTrue(p.get(0).contains("invalid id 'Bad Id\\x0awith a line break'"), p.get(0));
        assertTrue(p.get(1).contains("'nofamily' names no family"), p.get(1));
        assertTrue(p.get(2).contains("failed to describe itself"), p.get(2));
        assertEquals(0, t.run(TWICE));
        assertEquals("42\n15\n", t.out());
    }

    /** The example plugin under another id (and optionally other families; null: families() throws). */
    static final class Renamed implements Specializer {
        private final ExampleSpecializer inner = new ExampleSpecializer();
        private final String id;
        private final Set<Family> families;

        Renamed(String id) {
            this(id, inner().families());
        }

        Renamed(String id, Set<Family> families) {
            this.id = id;
            this.families = families;
        }

        private static ExampleSpecializer inner() {
            return new ExampleSpecializer();
        }

        @Override public String id() { return id; }

        @Override public Set<Family> families() {
            if (families == null) throw new IllegalStateException("no families today");
            return families;
        }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override public Specialization specialize(SiteContext site) { return inner.specialize(site); }
    }
}
