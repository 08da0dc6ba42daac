package org.specula.conformance;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.specula.conformance.kit.Builds;
import org.specula.conformance.kit.Report;
import org.specula.conformance.kit.SpecializerConformance;
import org.specula.conformance.kit.gen.ProgramGenerator;
import org.specula.testplugin.ExampleSpecializer;

import java.util.List;
import java.util.Random;

/**
 * The differential property of issue 4: for any seed, the generated program gives the same
 * outcome (stdout, stderr, exit status) under every build of {@link Builds#standard} as under the
 * generic build. The builds get every plugin on the class path plus the example plugin of
 * vm-core's tests (the {@code spec-*} modules may have no specializer yet), each alone when there
 * are several, eager, and under a random policy drawn from the seed.
 *
 * <p>Tries: {@code -Dconformance.tries=N} (see {@link DifferentialTries}). A failure is shrunk by
 * the kit's shrinker (jqwik's own shrinking of the seed is off: a smaller seed is not a smaller
 * program), written to {@code target/failures/<build>-<seed>-0.py}, and reported with the shrunk
 * program in the message.
 */
class DifferentialPropertyTest {
    private static final ProgramGenerator GENERATOR = new ProgramGenerator();

    @Property(shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(DifferentialTries.class)
    void everyBuildAgreesWithTheGenericBuild(@ForAll long seed) {
        Report report = SpecializerConformance.builder()
                .builds(Builds.standard(List.of(), List.of(new ExampleSpecializer()), new Random(seed)))
                .generator(GENERATOR::generate)
                .seed(seed)
                .tries(1)
                .run();
        if (!report.passed()) {
            throw new AssertionError("builds disagree with the generic build (seed " + seed + "):\n"
                    + report.describeFailures());
        }
    }
}
