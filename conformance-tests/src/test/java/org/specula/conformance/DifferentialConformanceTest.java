package org.specula.conformance;

import org.junit.jupiter.api.Test;
import org.specula.conformance.kit.Builds;
import org.specula.conformance.kit.Report;
import org.specula.conformance.kit.SpecializerConformance;
import org.specula.conformance.kit.gen.ProgramGenerator;
import org.specula.testplugin.ExampleSpecializer;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SpecializerConformance} end to end, as {@code specula conformance} runs it: the standard
 * builds (with the example plugin) at the configured number of tries, with a fixed seed
 * ({@code -Dconformance.seed=S} for another), and not one disagreement.
 */
class DifferentialConformanceTest {
    @Test
    void theStandardBuildsAgreeWithTheGenericBuild() {
        long seed = Long.getLong("conformance.seed", 20261126L);
        int tries = DifferentialTries.tries();
        Report report = SpecializerConformance.builder()
                .builds(Builds.standard(List.of(), List.of(new ExampleSpecializer()), new Random(seed)))
                .generator(new ProgramGenerator()::generate)
                .seed(seed)
                .tries(tries)
                .run();
        System.out.print(report.summaryTable());
        assertTrue(report.passed(), report.describeFailures());
        assertEquals(0, report.disagreements());
        assertTrue(report.builds().size() >= 3, report.summaryTable());
        for (Report.BuildResult b : report.builds()) assertEquals(tries, b.programs(), report.summaryTable());
    }
}
