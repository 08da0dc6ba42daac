package org.specula.conformance.kit;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a {@link SpecializerConformance} run: per build, how many programs it ran and
 * how many of them agreed with the baseline; the seed that reproduces the run; and each failure,
 * shrunk.
 *
 * @param seed the run's seed (the same seed, tries and builds give the same programs)
 * @param tries the number of programs asked for
 * @param baseline the baseline's row (its agreed and disagreed counts are 0)
 * @param builds one row per compared build, in the order given
 * @param failures the first failure of each build that failed
 */
public record Report(long seed, int tries, BuildResult baseline, List<BuildResult> builds, List<Failure> failures) {
    /** Copies the lists. */
    public Report {
        builds = List.copyOf(builds);
        failures = List.copyOf(failures);
    }

    /**
     * One build's row.
     *
     * @param name the build's name
     * @param description its specializers and policy
     * @param programs programs it ran (a build stops after its first failure)
     * @param agreed programs whose outcome equalled the baseline's
     * @param disagreed programs whose outcome did not (0 or 1)
     * @param nanos time spent running programs under this build (shrinking excluded)
     */
    public record BuildResult(String name, String description, int programs, int agreed, int disagreed, long nanos) {
        /** Programs per second under this build (0 when none ran). */
        public double programsPerSecond() {
            return nanos == 0 ? 0 : programs * 1e9 / nanos;
        }
    }

    /**
     * A build that disagreed with the baseline.
     *
     * @param build the build's name
     * @param buildDescription its specializers and policy
     * @param seed the run's seed
     * @param tryIndex which program of the run (0-based): seed and try index reproduce it
     * @param programSeed the seed of {@link Choices#random} for that program
     *     ({@link SpecializerConformance#programSeed(long, int)})
     * @param originalProgram the program as generated
     * @param shrunkChoices the choice sequence of the shrunk program ({@link Choices#replay} regenerates it)
     * @param shrunkProgram the shrunk program
     * @param expected the baseline's outcome on the shrunk program
     * @param actual the build's outcome on the shrunk program
     * @param shrinkRuns how many candidate programs the shrinker tried
     * @param file where the shrunk program was written, or null if it could not be
     */
    public record Failure(String build, String buildDescription, long seed, int tryIndex, long programSeed,
                          String originalProgram, int[] shrunkChoices, String shrunkProgram, Outcome expected,
                          Outcome actual, int shrinkRuns, Path file) {
        /** Copies the choices. */
        public Failure {
            shrunkChoices = shrunkChoices.clone();
        }

        /** A copy of the shrunk program's choice sequence. */
        @Override public int[] shrunkChoices() {
            return shrunkChoices.clone();
        }

        /** The failure in words: what differs, the shrunk program, and both outcomes. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append("build '").append(build).append("' (").append(buildDescription)
                    .append(") disagrees with the baseline: seed ").append(seed).append(", try ").append(tryIndex)
                    .append('\n');
            sb.append("shrunk from ").append(lines(originalProgram)).append(" to ").append(lines(shrunkProgram))
                    .append(" lines in ").append(shrinkRuns).append(" runs");
            if (file != null) sb.append("; written to ").append(file);
            sb.append('\n');
            sb.append(expected.differenceFrom(actual));
            sb.append("--- program ---\n").append(shrunkProgram);
            if (!shrunkProgram.endsWith("\n")) sb.append('\n');
            sb.append("--- expected (baseline): ").append(expected.describe());
            sb.append("--- actual (").append(build).append("): ").append(actual.describe());
            return sb.toString();
        }
    }

    /** True when no build disagreed. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** Programs that disagreed, over all builds. */
    public int disagreements() {
        int n = 0;
        for (BuildResult b : builds) n += b.disagreed();
        return n;
    }

    /**
     * An aligned table, one row per build (the baseline first): programs run, agreed, disagreed,
     * and programs per second.
     */
    public String summaryTable() {
        String[] head = {"BUILD", "PROGRAMS", "AGREED", "DISAGREED", "PROGRAMS/S"};
        String[][] rows = new String[builds.size() + 1][];
        rows[0] = new String[] {baseline.name() + " (baseline)", Integer.toString(baseline.programs()), "-", "-",
                rate(baseline)};
        for (int i = 0; i < builds.size(); i++) {
            BuildResult b = builds.get(i);
            rows[i + 1] = new String[] {b.name(), Integer.toString(b.programs()), Integer.toString(b.agreed()),
                    Integer.toString(b.disagreed()), rate(b)};
        }
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] r : rows) width[c] = Math.max(width[c], r[c].length());
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, head, width);
        for (String[] r : rows) appendRow(sb, r, width);
        sb.append("seed ").append(seed).append(", ").append(tries).append(" tries: ")
                .append(passed() ? "all builds agree" : failures.size() + " build(s) disagree").append('\n');
        return sb.toString();
    }

    private static String rate(BuildResult b) {
        return String.format(java.util.Locale.ROOT, "%.1f", b.programsPerSecond());
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            if (c == 0) {
                sb.append(cells[c]).append(" ".repeat(width[c] - cells[c].length()));
            } else {
                sb.append("  ").append(" ".repeat(width[c] - cells[c].length())).append(cells[c]);
            }
        }
        sb.append('\n');
    }

    /** Each failure's description (see {@link Failure#describe()}), or a line saying there is none. */
    public String describeFailures() {
        if (failures.isEmpty()) return "no failures\n";
        StringBuilder sb = new StringBuilder();
        for (Failure f : failures) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(f.describe());
        }
        return sb.toString();
    }

    static int lines(String program) {
        if (program.isEmpty()) return 0;
        int n = 0;
        for (int i = 0; i < program.length(); i++) if (program.charAt(i) == '\n') n++;
        return program.endsWith("\n") ? n : n + 1;
    }
}
