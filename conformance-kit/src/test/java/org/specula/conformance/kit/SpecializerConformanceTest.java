package org.specula.conformance.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.core.adaptive.AdaptivePolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecializerConformanceTest {
    @TempDir Path failures;

    private static List<Build> builds(org.specula.api.spi.Specializer s) {
        return List.of(Build.generic(), Build.of(s.id(), AdaptivePolicy.DEFAULT, List.of(s)),
                Build.of(s.id() + "-eager", AdaptivePolicy.EAGER, List.of(s)));
    }

    @Test
    void catchesAnIntAddThatIgnoresOverflowAndShrinksIt() throws Exception {
        List<String> events = new ArrayList<>();
        Report report = SpecializerConformance.builder()
                .builds(builds(new TestSpecializers.WrappingAdd()))
                .generator(TinyGenerator::generate)
                .tries(SpecializerConformance.DEFAULT_TRIES)
                .seed(42)
                .failureDirectory(failures)
                .listener(new SpecializerConformance.Listener() {
                    @Override public void failure(Report.Failure f) {
                        events.add("failure " + f.build());
                    }
                })
                .run();
        assertFalse(report.passed(), report.summaryTable());
        Report.Failure f = report.failures().stream().filter(x -> x.build().equals("wrapping-add-eager"))
                .findFirst().orElseThrow(() -> new AssertionError(report.summaryTable()));
        assertTrue(events.contains("failure wrapping-add-eager"), events.toString());
        // the smallest program: a loop adding a big literal twice, then the print
        assertTrue(Report.lines(f.shrunkProgram()) <= 4, f.shrunkProgram());
        assertTrue(f.shrunkProgram().contains("x = x + "), f.shrunkProgram());
        assertFalse(f.expected().agreesWith(f.actual()));
        // the failure file: header comment, then the program
        assertNotNull(f.file());
        assertEquals(failures.resolve("wrapping-add-eager-42-" + f.tryIndex() + ".py").toAbsolutePath(), f.file());
        String text = Files.readString(f.file());
        assertTrue(text.startsWith("# Specula conformance failure: build 'wrapping-add-eager' disagrees with 'generic'\n"), text);
        assertTrue(text.contains("# seed 42, try " + f.tryIndex()), text);
        assertTrue(text.endsWith(f.shrunkProgram()), text);
        // the program file runs as it is: the header is comments only
        Outcome again = new ProgramRunner().run(Build.generic(), text);
        assertEquals(f.expected().stdout(), again.stdout());
        // the seed and try index reproduce the original program
        assertEquals(f.originalProgram(),
                TinyGenerator.generate(Choices.random(SpecializerConformance.programSeed(42, f.tryIndex()))));
        assertEquals(f.shrunkProgram(), TinyGenerator.generate(Choices.replay(f.shrunkChoices())));
        // a failed build stops; its row counts the one disagreement
        Report.BuildResult row = report.builds().stream().filter(b -> b.name().equals("wrapping-add-eager"))
                .findFirst().orElseThrow();
        assertEquals(1, row.disagreed());
        assertEquals(f.tryIndex() + 1, row.programs());
        assertTrue(report.describeFailures().contains(f.shrunkProgram()));
        System.out.println(report.summaryTable() + report.describeFailures());
    }

    @Test
    void aCorrectSpecializerAgreesEverywhere() {
        Report report = SpecializerConformance.builder()
                .builds(builds(new TestSpecializers.CheckedAdd()))
                .generator(TinyGenerator::generate)
                .tries(60)
                .seed(7)
                .failureDirectory(failures)
                .run();
        assertTrue(report.passed(), report.describeFailures());
        assertEquals(2, report.builds().size());
        for (Report.BuildResult b : report.builds()) {
            assertEquals(60, b.programs());
            assertEquals(60, b.agreed());
            assertEquals(0, b.disagreed());
        }
        assertEquals(60, report.baseline().programs());
        String table = report.summaryTable();
        assertTrue(table.startsWith("BUILD"), table);
        assertTrue(table.contains("generic (baseline)"), table);
        assertTrue(table.contains("checked-add-eager"), table);
        assertEquals("no failures\n", report.describeFailures());
    }

    @Test
    void aHangingBuildTimesOutAndTheOthersGoOn() {
        long start = System.nanoTime();
        org.specula.api.spi.Specializer hanging = new TestSpecializers.HangingAdd();
        Report report = SpecializerConformance.builder()
                .builds(List.of(Build.of("hanging", AdaptivePolicy.EAGER, List.of(hanging)),
                        Build.of("checked", AdaptivePolicy.EAGER, List.of(new TestSpecializers.CheckedAdd()))))
                .generator(TinyGenerator::generate)
                .tries(40)
                .seed(3)
                .timeLimit(Duration.ofMillis(300))
                .shrinkTimeLimit(Duration.ofSeconds(3))
                .failureDirectory(failures)
                .run();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, report.failures().size(), report.describeFailures());
        Report.Failure f = report.failures().get(0);
        assertEquals("hanging", f.build());
        assertTrue(f.actual().timedOut(), f.actual().describe());
        assertFalse(f.expected().timedOut());
        assertEquals(40, report.builds().get(1).agreed());
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void theDefaultGeneratorIsTheSuitesGenerator() {
        List<String> programs = new ArrayList<>();
        Report report = SpecializerConformance.builder()
                .builds(builds(new org.specula.testplugin.ExampleSpecializer()))
                .tries(3)
                .seed(11)
                .failureDirectory(failures)
                .listener(new SpecializerConformance.Listener() {
                    @Override public void program(int index, int tries) {
                        programs.add(index + "/" + tries);
                    }
                })
                .run();
        assertTrue(report.passed(), report.describeFailures());
        assertEquals(List.of("0/3", "1/3", "2/3"), programs);
        assertEquals(3, report.baseline().programs());
    }

    @Test
    void theSameSeedGivesTheSameProgramsAndBuildsNamedLikeTheBaselineAreSkipped() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        for (List<String> sink : List.of(a, b)) {
            SpecializerConformance.builder()
                    .builds(List.of(Build.generic(), Build.of("checked", AdaptivePolicy.EAGER,
                            List.of(new TestSpecializers.CheckedAdd()))))
                    .generator(c -> {
                        String p = TinyGenerator.generate(c);
                        sink.add(p);
                        return p;
                    })
                    .tries(5)
                    .seed(99)
                    .failureDirectory(failures)
                    .run();
        }
        assertEquals(5, a.size());
        assertEquals(a, b);
        SpecializerConformance s = SpecializerConformance.builder().builds(List.of(Build.generic()))
                .generator(TinyGenerator::generate).build();
        assertTrue(s.builds().isEmpty());
    }
}
