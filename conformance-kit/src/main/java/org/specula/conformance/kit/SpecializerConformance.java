package org.specula.conformance.kit;

import org.specula.conformance.kit.gen.ProgramGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * The differential conformance check: generates random programs, runs each under every build and
 * under the baseline (the {@linkplain Build#generic() generic} VM), and reports every build whose
 * outcome (stdout, stderr, exit status) differs, with the program shrunk to a small one.
 *
 * <pre>{@code
 * Report report = SpecializerConformance.builder()
 *         .builds(Builds.standard(List.of(), List.of(new MySpecializer()), new Random(seed)))
 *         .tries(500)
 *         .seed(seed)
 *         .run();
 * System.out.print(report.summaryTable());
 * if (!report.passed()) throw new AssertionError(report.describeFailures());
 * }</pre>
 *
 * <p>A build stops being tested after its first failure; the others go on. The failing program
 * is shrunk ({@link Shrinker}: "this build still disagrees with the baseline") and written to
 * {@code <failureDirectory>/<build>-<seed>-<try>.py} with a header comment giving the build, the
 * seed, and the expected and actual outcomes. The same seed, tries, generator and builds give the
 * same programs, so a report's seed reproduces it; {@link #programSeed} gives one program's seed.
 *
 * <p>Each program runs on a fresh VM per build, on a worker thread, with a
 * {@linkplain ProgramRunner time limit}: a hanging build gives a timeout outcome, not a hang.
 */
public final class SpecializerConformance {
    /** Programs per run unless {@link Builder#tries} says otherwise. */
    public static final int DEFAULT_TRIES = 500;

    /**
     * Progress callbacks, all optional; they run on the thread that called {@link #run()}.
     */
    public interface Listener {
        /** The run begins: its seed, tries, baseline and compared builds. */
        default void started(long seed, int tries, Build baseline, List<Build> builds) {}

        /** Program {@code index} (0-based) of {@code tries} is about to run. */
        default void program(int index, int tries) {}

        /** The build's outcome on program {@code index} agreed with the baseline's or not. */
        default void result(int index, Build build, boolean agreed) {}

        /** A smaller failing program was found while shrinking a failure of {@code build}. */
        default void shrinking(Build build, int runs, String program) {}

        /** A build's failure, shrunk (and written to its file). */
        default void failure(Report.Failure failure) {}

        /** The run is over. */
        default void finished(Report report) {}
    }

    private final List<Build> builds;
    private final Build baseline;
    private final Function<Choices, String> generator;
    private final int tries;
    private final long seed;
    private final Path failureDirectory;
    private final Listener listener;
    private final ProgramRunner runner;
    private final int shrinkBudget;
    private final Duration shrinkTimeLimit;

    private SpecializerConformance(Builder b) {
        this.seed = b.seed != null ? b.seed : new Random().nextLong();
        this.baseline = b.baseline;
        List<Build> given = b.builds != null ? b.builds : Builds.standard(List.of(), List.of(), new Random(seed));
        List<Build> compared = new ArrayList<>();
        for (Build build : given) {
            if (build.name().equals(baseline.name())) continue; // the baseline is not compared with itself
            for (Build other : compared) {
                if (other.name().equals(build.name())) {
                    throw new IllegalArgumentException("two builds named '" + build.name() + "'");
                }
            }
            compared.add(build);
        }
        this.builds = List.copyOf(compared);
        this.generator = b.generator;
        this.tries = b.tries;
        this.failureDirectory = b.failureDirectory;
        this.listener = b.listener;
        this.runner = new ProgramRunner(b.timeLimit, "program.py");
        this.shrinkBudget = b.shrinkBudget;
        this.shrinkTimeLimit = b.shrinkTimeLimit;
    }

    /** A new configuration, with the defaults described on each setter. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The seed of {@link Choices#random} for program {@code tryIndex} of a run with {@code seed}
     * (a SplitMix64 step: neighbouring tries get unrelated programs).
     */
    public static long programSeed(long seed, int tryIndex) {
        long z = seed + (tryIndex + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The run's seed (drawn at random when none was given). */
    public long seed() {
        return seed;
    }

    /** The compared builds (the baseline excluded). */
    public List<Build> builds() {
        return builds;
    }

    /** Runs the check. */
    public Report run() {
        listener.started(seed, tries, baseline, builds);
        Map<Build, long[]> counts = new LinkedHashMap<>(); // programs, agreed, disagreed, nanos
        for (Build b : builds) counts.put(b, new long[4]);
        long[] baseCounts = new long[4];
        List<Report.Failure> failures = new ArrayList<>();
        List<Build> active = new ArrayList<>(builds);
        for (int t = 0; t < tries && !active.isEmpty(); t++) {
            listener.program(t, tries);
            long programSeed = programSeed(seed, t);
            Choices drawn = Choices.random(programSeed);
            String program;
            try {
                program = generator.apply(drawn);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the program generator failed on try " + t + " of seed " + seed
                        + " (program seed " + programSeed + "): " + e, e);
            }
            int[] choices = drawn.recorded();
            long start = System.nanoTime();
            Outcome expected = runner.run(baseline, program);
            baseCounts[0]++;
            baseCounts[3] += System.nanoTime() - start;
            for (Build b : List.copyOf(active)) {
                long[] c = counts.get(b);
                start = System.nanoTime();
                Outcome actual = runner.run(b, program);
                c[3] += System.nanoTime() - start;
                c[0]++;
                boolean agreed = expected.agreesWith(actual);
                c[agreed ? 1 : 2]++;
                listener.result(t, b, agreed);
                if (!agreed) {
                    Report.Failure f = shrink(b, t, programSeed, program, choices, expected, actual);
                    failures.add(f);
                    active.remove(b);
                    listener.failure(f);
                }
            }
        }
        List<Report.BuildResult> rows = new ArrayList<>();
        for (Map.Entry<Build, long[]> e : counts.entrySet()) rows.add(row(e.getKey(), e.getValue()));
        Report report = new Report(seed, tries, row(baseline, baseCounts), rows, failures);
        listener.finished(report);
        return report;
    }

    private static Report.BuildResult row(Build b, long[] c) {
        return new Report.BuildResult(b.name(), b.description(), (int) c[0], (int) c[1], (int) c[2], c[3]);
    }

    private Report.Failure shrink(Build build, int tryIndex, long programSeed, String program, int[] choices,
                                  Outcome expected, Outcome actual) {
        long deadline = System.nanoTime() + shrinkTimeLimit.toNanos();
        Shrinker shrinker = new Shrinker(generator, p -> {
            if (System.nanoTime() > deadline) return false; // out of time: what we have is kept
            return !runner.run(baseline, p).agreesWith(runner.run(build, p));
        }, shrinkBudget, (calls, best, text) -> listener.shrinking(build, calls, text));
        Shrinker.Result shrunk = shrinker.shrink(choices);
        String small = shrunk.program();
        int[] smallChoices = shrunk.choices();
        Outcome smallExpected = runner.run(baseline, small), smallActual = runner.run(build, small);
        if (smallExpected.agreesWith(smallActual)) {
            // not reproducible (flaky): report the program as generated
            small = program;
            smallChoices = choices;
            smallExpected = expected;
            smallActual = actual;
        }
        Report.Failure f = new Report.Failure(build.name(), build.description(), seed, tryIndex, programSeed, program,
                smallChoices, small, smallExpected, smallActual, shrunk.calls(), null);
        Path file = write(f);
        return new Report.Failure(f.build(), f.buildDescription(), f.seed(), f.tryIndex(), f.programSeed(),
                f.originalProgram(), f.shrunkChoices(), f.shrunkProgram(), f.expected(), f.actual(), f.shrinkRuns(),
                file);
    }

    /** Writes the shrunk program with its header; null when the file cannot be written. */
    private Path write(Report.Failure f) {
        Path file = failureDirectory.resolve(fileName(f.build()) + "-" + f.seed() + "-" + f.tryIndex() + ".py");
        try {
            Files.createDirectories(failureDirectory);
            Files.writeString(file, failureFile(f, baseline.name()), StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A build name made safe for a file name. */
    static String fileName(String build) {
        return build.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The failure file: a comment header (build, seed, difference, both outcomes) and the program. */
    static String failureFile(Report.Failure f, String baselineName) {
        StringBuilder h = new StringBuilder();
        h.append("Specula conformance failure: build '").append(f.build()).append("' disagrees with '")
                .append(baselineName).append("'\n");
        h.append("build ").append(f.build()).append(": ").append(f.buildDescription()).append('\n');
        h.append("seed ").append(f.seed()).append(", try ").append(f.tryIndex()).append(" (program seed ")
                .append(f.programSeed()).append(")\n");
        h.append("shrunk choices: ").append(Arrays.toString(f.shrunkChoices())).append('\n');
        h.append('\n').append(f.expected().differenceFrom(f.actual())).append('\n');
        h.append("expected (").append(baselineName).append("): ").append(f.expected().describe());
        h.append("actual (").append(f.build()).append("): ").append(f.actual().describe());
        StringBuilder sb = new StringBuilder();
        for (String line : h.toString().strip().split("\n", -1)) {
            if (line.isEmpty()) sb.append("#\n");
            else sb.append("# ").append(line).append('\n');
        }
        sb.append('\n').append(f.shrunkProgram());
        if (!f.shrunkProgram().endsWith("\n")) sb.append('\n');
        return sb.toString();
    }

    /** The settings of a run. */
    public static final class Builder {
        private List<Build> builds;
        private Build baseline = Build.generic();
        private Function<Choices, String> generator = new ProgramGenerator()::generate;
        private int tries = DEFAULT_TRIES;
        private Long seed;
        private Path failureDirectory = Path.of("target", "failures");
        private Listener listener = new Listener() {};
        private Duration timeLimit = ProgramRunner.DEFAULT_TIME_LIMIT;
        private int shrinkBudget = Shrinker.DEFAULT_BUDGET;
        private Duration shrinkTimeLimit = Duration.ofMinutes(2);

        private Builder() {}

        /**
         * The builds to compare with the baseline (default: {@link Builds#standard} with no plugin
         * path and no extra specializer, its random policy drawn from the seed). A build named like
         * the baseline is skipped.
         */
        public Builder builds(List<Build> builds) {
            this.builds = List.copyOf(builds);
            return this;
        }

        /** The build every other is compared with (default: {@link Build#generic()}). */
        public Builder baseline(Build baseline) {
            this.baseline = Objects.requireNonNull(baseline);
            return this;
        }

        /** Makes a program from choices (default: {@link ProgramGenerator#generate}, the suites' generator). */
        public Builder generator(Function<Choices, String> generator) {
            this.generator = Objects.requireNonNull(generator);
            return this;
        }

        /** How many programs (default {@value SpecializerConformance#DEFAULT_TRIES}). */
        public Builder tries(int tries) {
            if (tries < 0) throw new IllegalArgumentException("tries must not be negative");
            this.tries = tries;
            return this;
        }

        /** The seed (default: drawn at random; the report gives it). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Where shrunk failing programs are written (default {@code target/failures}, relative to the working directory). */
        public Builder failureDirectory(Path dir) {
            this.failureDirectory = Objects.requireNonNull(dir);
            return this;
        }

        /** Progress callbacks (default: none). */
        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /** How long one program may run under one build before it counts as a timeout (default 10 s). */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = Objects.requireNonNull(limit);
            return this;
        }

        /** Candidate programs the shrinker may try per failure (default {@value Shrinker#DEFAULT_BUDGET}). */
        public Builder shrinkBudget(int runs) {
            if (runs < 0) throw new IllegalArgumentException("shrink budget must not be negative");
            this.shrinkBudget = runs;
            return this;
        }

        /** How long shrinking one failure may take (default 2 minutes); the smallest program found by then is kept. */
        public Builder shrinkTimeLimit(Duration limit) {
            this.shrinkTimeLimit = Objects.requireNonNull(limit);
            return this;
        }

        /** The configured check. */
        public SpecializerConformance build() {
            return new SpecializerConformance(this);
        }

        /** Shorthand for {@code build().run()}. */
        public Report run() {
            return build().run();
        }
    }
}
