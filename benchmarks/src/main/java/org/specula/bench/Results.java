package org.specula.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a harness run measured: per program and build, the samples and their medians. */
public final class Results {
    /**
     * The samples of one program under one build. {@code seconds} holds every sample in run
     * order; {@code medianSeconds} is what is reported (all runs in compare mode, the last
     * iterations in steady mode). {@code peakKb} holds one peak per process (0: not caught).
     */
    public record BuildSamples(List<Double> seconds, double medianSeconds, List<Long> peakKb) {
        /** The median peak memory in MiB, or NaN when no process's peak was caught. */
        public double medianPeakMb() {
            List<Long> caught = peakKb.stream().filter(k -> k > 0).toList();
            return caught.isEmpty() ? Double.NaN : Stats.median(caught) / 1024.0;
        }
    }

    /** One program: its samples per build, or a failure (a mismatch or a crash) and no time. */
    public static final class ProgramResult {
        private final String name;
        private final Map<Build, BuildSamples> samples = new EnumMap<>(Build.class);
        private String failure;

        public ProgramResult(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** The samples per build (empty for a failed program). */
        public Map<Build, BuildSamples> samples() {
            return samples;
        }

        /** Why the program failed, or null. */
        public String failure() {
            return failure;
        }

        public void fail(String why) {
            failure = why;
            samples.clear();
        }

        /** The median seconds of a build, or NaN when it was not run or the program failed. */
        public double seconds(Build b) {
            BuildSamples s = samples.get(b);
            return s == null ? Double.NaN : s.medianSeconds();
        }

        /** The median peak MiB of a build, or NaN. */
        public double peakMb(Build b) {
            BuildSamples s = samples.get(b);
            return s == null ? Double.NaN : s.medianPeakMb();
        }

        /** Specula generic time / Specula default time (above 1: specialization helps). */
        public double genericOverDefault() {
            return Stats.ratio(seconds(Build.GENERIC), seconds(Build.DEFAULT));
        }

        /** Specula default time / CPython time (below 1: Specula is faster). */
        public double defaultOverCpython() {
            return Stats.ratio(seconds(Build.DEFAULT), seconds(Build.CPYTHON));
        }

        /** Specula generic time / CPython time. */
        public double genericOverCpython() {
            return Stats.ratio(seconds(Build.GENERIC), seconds(Build.CPYTHON));
        }
    }

    private final List<ProgramResult> programs = new ArrayList<>();

    public List<ProgramResult> programs() {
        return programs;
    }

    public ProgramResult add(String name) {
        ProgramResult r = new ProgramResult(name);
        programs.add(r);
        return r;
    }

    /** Whether any program failed. */
    public boolean anyFailure() {
        return programs.stream().anyMatch(p -> p.failure() != null);
    }

    /** The geometric mean of a ratio over the programs that have it. */
    public double geomean(java.util.function.ToDoubleFunction<ProgramResult> ratio) {
        return Stats.geomean(programs.stream().map(p -> ratio.applyAsDouble(p)).toList());
    }
}
