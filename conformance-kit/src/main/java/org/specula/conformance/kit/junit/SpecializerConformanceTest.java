package org.specula.conformance.kit.junit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.specula.api.spi.Specializer;
import org.specula.conformance.kit.Build;
import org.specula.conformance.kit.Builds;
import org.specula.conformance.kit.Report;
import org.specula.conformance.kit.SpecializerConformance;
import org.specula.conformance.kit.gen.ProgramGenerator;
import org.specula.core.adaptive.AdaptivePolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance kit as a JUnit 5 base class: extend it in your plugin module's tests and the
 * differential suites check your specializers. Random programs run under the generic VM and
 * under builds with your specializers; every outcome (stdout, stderr, exit status) must be the
 * generic one. A disagreement fails the test with the program shrunk to a small one (also
 * written to {@code target/failures/}).
 *
 * <pre>{@code
 * class MyPluginConformanceTest extends SpecializerConformanceTest {
 *     protected List<Specializer> specializers() { return List.of(new MySpecializer()); }
 * }
 * }</pre>
 *
 * <p>Two checks: {@link #aloneAgreesWithGeneric()} (your specializers alone, each under the
 * default, eager and a random policy) and {@link #withTheOtherPluginsAgreesWithGeneric()} (yours
 * together with every specializer discovered on the test class path — add Specula's plugin
 * modules as test dependencies to check against the built-in ones). Tries and seed come from
 * the system properties {@code conformance.tries} and {@code conformance.seed}; a failure names
 * the seed that reproduces it.
 */
public abstract class SpecializerConformanceTest {
    /** Programs per check unless {@code -Dconformance.tries=N} says otherwise. */
    public static final int DEFAULT_TRIES = 150;

    /** The specializers under test. By default every one {@code ServiceLoader} finds on the test class path. */
    protected List<Specializer> specializers() {
        List<Specializer> found = new ArrayList<>();
        for (Specializer s : ServiceLoader.load(Specializer.class)) found.add(s);
        return found;
    }

    /** Programs per check. */
    protected int tries() {
        return Integer.getInteger("conformance.tries", DEFAULT_TRIES);
    }

    /** The seed of a check (random unless {@code -Dconformance.seed=S}). */
    protected long seed() {
        Long s = Long.getLong("conformance.seed");
        return s != null ? s : new Random().nextLong();
    }

    /** Where shrunk failures are written. */
    protected Path failureDirectory() {
        return Path.of("target", "failures");
    }

    /** Your specializers alone, each under the default, the eager and a random policy. */
    @Test
    public void aloneAgreesWithGeneric() {
        List<Specializer> mine = specializersOrSkip();
        long seed = seed();
        Random random = new Random(seed);
        List<Build> builds = new ArrayList<>();
        builds.add(Build.of("alone", AdaptivePolicy.DEFAULT, mine));
        builds.add(Build.of("alone-eager", AdaptivePolicy.EAGER, mine));
        builds.add(Build.of("alone-random", Build.randomPolicy(random), mine));
        if (mine.size() > 1) {
            for (Specializer s : mine) builds.add(Build.of(s.id() + "-eager", AdaptivePolicy.EAGER, List.of(s)));
        }
        check(builds, seed);
    }

    /** Your specializers together with every one discovered on the class path (Builds.standard). */
    @Test
    public void withTheOtherPluginsAgreesWithGeneric() {
        List<Specializer> mine = specializersOrSkip();
        long seed = seed();
        List<String> discovered = Builds.discoveredIds(List.of());
        List<Specializer> extra = new ArrayList<>();
        for (Specializer s : mine) if (!discovered.contains(s.id())) extra.add(s);
        check(Builds.standard(List.of(), extra, new Random(seed)), seed);
    }

    private List<Specializer> specializersOrSkip() {
        List<Specializer> mine = specializers();
        Assumptions.assumeFalse(mine.isEmpty(), "no specializers to check in " + getClass().getName());
        return mine;
    }

    private void check(List<Build> builds, long seed) {
        ProgramGenerator generator = new ProgramGenerator();
        Report report = SpecializerConformance.builder()
                .builds(builds)
                .generator(generator::generate)
                .tries(tries())
                .seed(seed)
                .failureDirectory(failureDirectory())
                .run();
        System.out.print(report.summaryTable());
        if (!report.passed()) fail(report.describeFailures());
    }
}
