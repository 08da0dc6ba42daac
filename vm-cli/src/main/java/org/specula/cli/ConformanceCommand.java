package org.specula.cli;

import org.specula.conformance.kit.Build;
import org.specula.conformance.kit.Builds;
import org.specula.conformance.kit.Report;
import org.specula.conformance.kit.SpecializerConformance;
import org.specula.conformance.kit.gen.ProgramGenerator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code specula conformance [--plugin-path DIR]... [--tries N] [--seed S] [--failures DIR]}: runs
 * the differential conformance suites against this build (the built-in plugins plus those in the
 * plugin paths): random programs under the generic VM, all plugins, each plugin alone, the eager
 * policy and a random policy. Prints progress on stderr, a summary table on stdout, and every
 * disagreement with its shrunk program; exit status 1 on any disagreement.
 */
final class ConformanceCommand {
    private ConformanceCommand() {}

    static final String USAGE = String.join("\n",
            "usage: specula conformance [--plugin-path DIR]... [--tries N] [--seed S] [--failures DIR]",
            "Runs random Python programs under the generic VM and under every build of the",
            "specializers found (all together, each alone, eager, a random policy); every",
            "outcome must be the generic one. Exit status 1 on any disagreement.",
            "--plugin-path DIR : also load the plugin jars in DIR (repeatable)",
            "--tries N         : programs to generate (default " + SpecializerConformance.DEFAULT_TRIES + ")",
            "--seed S          : seed of the run (default: random; printed, so a run can be repeated)",
            "--failures DIR    : where shrunk failing programs are written (default target/failures)",
            "");

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> pluginPaths = new ArrayList<>();
        int tries = SpecializerConformance.DEFAULT_TRIES;
        Long seed = null;
        Path failures = Path.of("target", "failures");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--plugin-path", "--tries", "--seed", "--failures" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) return usage(err, "argument expected for the " + a + " option");
                        value = args.get(++i);
                    }
                    switch (a) {
                        case "--plugin-path" -> pluginPaths.add(Path.of(value));
                        case "--failures" -> failures = Path.of(value);
                        case "--tries" -> {
                            try {
                                tries = Integer.parseInt(value.strip());
                            } catch (NumberFormatException e) {
                                tries = -1;
                            }
                            if (tries < 1) return usage(err, "--tries needs a positive whole number, not '" + value + "'");
                        }
                        default -> {
                            try {
                                seed = Long.parseLong(value.strip());
                            } catch (NumberFormatException e) {
                                return usage(err, "--seed needs a whole number, not '" + value + "'");
                            }
                        }
                    }
                }
                default -> {
                    return usage(err, "unknown option " + args.get(i));
                }
            }
        }
        long s = seed != null ? seed : new Random().nextLong();
        List<Build> builds = Builds.standard(pluginPaths, List.of(), new Random(s));
        ProgramGenerator generator = new ProgramGenerator();
        Progress progress = new Progress(err, tries);
        Report report = SpecializerConformance.builder()
                .builds(builds)
                .generator(generator::generate)
                .tries(tries)
                .seed(s)
                .failureDirectory(failures)
                .listener(progress)
                .run();
        out.print(report.summaryTable());
        if (!report.passed()) {
            out.println();
            out.print(report.describeFailures());
            out.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    private static int usage(PrintStream err, String message) {
        err.println("specula conformance: error: " + message);
        err.println("Try `specula conformance -h' for more information.");
        return 2;
    }

    /** Progress on stderr: the builds, a line every twentieth of the run, failures as found. */
    private static final class Progress implements SpecializerConformance.Listener {
        private final PrintStream err;
        private final int step;
        private final long start = System.nanoTime();

        Progress(PrintStream err, int tries) {
            this.err = err;
            this.step = Math.max(1, tries / 20);
        }

        @Override
        public void started(long seed, int tries, Build baseline, List<Build> builds) {
            err.println("specula conformance: seed " + seed + ", " + tries + " programs; baseline "
                    + baseline.name() + " (" + baseline.description() + ")");
            for (Build b : builds) err.println("  build " + b.name() + ": " + b.description());
            err.flush();
        }

        @Override
        public void program(int index, int tries) {
            if (index % step == 0 && index > 0) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                err.println("  " + index + "/" + tries + " programs (" + ms / 1000 + "." + (ms % 1000) / 100 + " s)");
                err.flush();
            }
        }

        @Override
        public void shrinking(Build build, int runs, String program) {
            if (runs % 25 == 0) {
                err.println("  shrinking the failure of " + build.name() + ": " + runs + " candidates, now "
                        + program.lines().count() + " lines");
                err.flush();
            }
        }

        @Override
        public void failure(Report.Failure failure) {
            err.println("  DISAGREEMENT in build " + failure.build() + " (try " + failure.tryIndex()
                    + "); shrunk program written under the failures directory");
            err.flush();
        }
    }
}
