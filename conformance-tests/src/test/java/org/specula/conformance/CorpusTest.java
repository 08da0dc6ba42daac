package org.specula.conformance;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.api.spi.Family;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every corpus program in-process on Specula under every {@link CorpusBuild} and checks
 * stdout, stderr (with the absolute corpus directory replaced by {@code <corpus>}) and the exit
 * status against the CPython 3.11 golden files. One dynamic test per build and program
 * ({@code [eager] 042_x.py}); each build ends with a test that sums its specialization
 * statistics, prints them as one line and, for builds with known specializers, checks the
 * adaptive machinery really ran (so the build cannot pass vacuously).
 */
class CorpusTest {
    /** Wall-clock limit per program; a runaway program fails instead of hanging the build. */
    static final long TIMEOUT_MILLIS = 30_000;
    /** Generous thread stack for the interpreter, so deep (50,000-frame) programs are safe. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    /*
     * Floors for builds with known specializers, well below what the example plugin does over the
     * corpus today (about 13.6 million hits, all 12 families, 47,000 deopts under eager).
     */
    /** Minimum hits over the corpus. */
    static final long MIN_HITS = 1_000_000;
    /** Minimum number of families that hit at least once over the corpus. */
    static final int MIN_FAMILIES = 10;
    /** Minimum deopts over the corpus under the default policy (sites whose guard stops holding). */
    static final long MIN_DEOPTS = 10;
    /** Minimum deopts over the corpus under the eager policy. */
    static final long MIN_EAGER_DEOPTS = 1_000;

    @TestFactory
    Stream<DynamicNode> corpus() {
        Path dir = Corpus.dir();
        List<Path> programs = Corpus.programs(dir);
        return CorpusBuild.selected().stream().map(build -> {
            Tally tally = new Tally();
            List<DynamicNode> tests = new ArrayList<>();
            for (Path p : programs) {
                String name = p.getFileName().toString();
                tests.add(DynamicTest.dynamicTest("[" + build.name() + "] " + name, p.toUri(),
                        () -> check(build, dir, p, tally)));
            }
            tests.add(DynamicTest.dynamicTest("[" + build.name() + "] adaptive statistics", () -> summary(build, tally)));
            return DynamicContainer.dynamicContainer(build.name(), tests);
        });
    }

    private static void check(CorpusBuild build, Path dir, Path program, Tally tally) throws Exception {
        Corpus.Result expected = Corpus.golden(program);
        Run run = run(build, dir, program);
        tally.add(run.stats());
        assertEquals("", Corpus.compare(expected, run.result()),
                program.getFileName() + " differs from CPython under build '" + build.name() + "'");
    }

    /** Prints the build's one-line summary and checks the machinery did something when it must have. */
    private static void summary(CorpusBuild build, Tally t) {
        System.out.println(t.line(build));
        assertEquals(0, t.faults, "[" + build.name() + "] plugin faults over the corpus");
        if (!build.options().specialize() && build.assembly() == null) {
            assertEquals(Set.of(), t.specializers, "[" + build.name() + "] a --no-specialize VM has no specializers");
            assertEquals(0, t.hits + t.misses + t.specializations, "[" + build.name() + "] nothing specializes");
        }
        if (!build.exercisesAdaptive()) return;
        assertTrue(t.hits >= MIN_HITS, "[" + build.name() + "] too few hits: " + t.line(build));
        assertTrue(t.familiesHit.size() >= MIN_FAMILIES,
                "[" + build.name() + "] too few families specialized: " + t.familiesHit);
        assertTrue(t.deopts >= (build.eager() ? MIN_EAGER_DEOPTS : MIN_DEOPTS),
                "[" + build.name() + "] too few deopts: " + t.line(build));
        if (build.eager()) {
            // deopt after 1 miss: every miss deoptimizes its site
            assertEquals(t.misses, t.deopts, "[" + build.name() + "] misses vs deopts under the eager policy");
        }
    }

    /** The outcome of one program: its observable result and the VM's statistics. */
    record Run(Corpus.Result result, AdaptiveStats.Snapshot stats) {}

    /** Runs one program on a fresh Vm of the build in its own thread, with captured UTF-8 streams. */
    @SuppressWarnings({"deprecation", "removal"})
    static Run run(CorpusBuild build, Path dir, Path program) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        AtomicReference<Integer> status = new AtomicReference<>();
        AtomicReference<AdaptiveStats.Snapshot> stats = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        String abs = program.toAbsolutePath().toString();
        Thread t = new Thread(null, () -> {
            try {
                Vm vm = build.builder().stdout(outStream).stderr(errStream).argv(List.of(abs)).build();
                status.set(vm.runFile(Path.of(abs)));
                stats.set(vm.stats());
            } catch (Throwable e) {
                crash.set(e);
            }
        }, "corpus-" + build.name() + "-" + program.getFileName(), STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MILLIS);
        if (t.isAlive()) {
            t.interrupt();
            t.join(1000);
            if (t.isAlive()) {
                try {
                    t.stop(); // last resort for a runaway interpreter loop (a daemon thread otherwise)
                } catch (UnsupportedOperationException newerJdk) {
                    // Thread.stop is gone on newer JDKs: the daemon thread is left to the JVM exit.
                }
            }
            fail(program.getFileName() + " [" + build.name() + "] did not finish within " + TIMEOUT_MILLIS / 1000
                    + " s; stdout so far:\n" + out.toString(StandardCharsets.UTF_8));
        }
        if (crash.get() != null) {
            throw new AssertionError(program.getFileName() + " [" + build.name()
                    + "]: the VM threw instead of returning a status; stdout:\n" + out.toString(StandardCharsets.UTF_8)
                    + "stderr:\n" + err.toString(StandardCharsets.UTF_8), crash.get());
        }
        outStream.flush();
        errStream.flush();
        return new Run(new Corpus.Result(out.toString(StandardCharsets.UTF_8),
                Corpus.normaliseStderr(err.toString(StandardCharsets.UTF_8), dir), status.get()), stats.get());
    }

    /** Specialization statistics summed over the programs of one build. */
    static final class Tally {
        int programs;
        long specializations, hits, misses, deopts, faults;
        final Set<Family> familiesHit = EnumSet.noneOf(Family.class);
        /** Ids of the specializers the build's VMs had (the same for every program). */
        final Set<String> specializers = new TreeSet<>();

        synchronized void add(AdaptiveStats.Snapshot s) {
            programs++;
            for (InstalledSpecializer is : s.specializers()) specializers.add(is.id());
            for (AdaptiveStats.FamilySnapshot f : s.families()) {
                specializations += f.successes();
                hits += f.hits();
                misses += f.misses();
                deopts += f.deopts();
                faults += f.faults();
                if (f.hits() > 0) familiesHit.add(f.family());
            }
        }

        synchronized String line(CorpusBuild build) {
            return String.format("corpus build %-13s programs=%d specializations=%d hits=%d misses=%d deopts=%d"
                            + " faults=%d families=%d specializers=%s (%s)", build.name(), programs, specializations, hits,
                    misses, deopts, faults, familiesHit.size(), specializers, build.description());
        }
    }
}
