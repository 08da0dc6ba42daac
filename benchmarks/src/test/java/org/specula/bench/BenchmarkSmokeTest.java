package org.specula.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI check of the benchmarks (no timing): every program of {@code benchmarks/programs} (and
 * the harness's own test programs) runs at tiny size in this JVM under Specula generic and
 * Specula default, and as a process under CPython when python3 3.11+ is present; their outputs
 * and exit statuses must be identical. Without CPython its comparisons are reported as skipped.
 */
class BenchmarkSmokeTest {
    /** Tests run in the benchmarks module's directory. */
    static final Path PROGRAMS = Path.of("programs");
    static final Path TEST_PROGRAMS = Path.of("src/test/resources/smoke-programs");
    static final String PYTHON = Harness.pythonVersion("python3");

    @Test
    void theIssueAsksForAtLeastTwelvePrograms() {
        Assumptions.assumeTrue(Files.isDirectory(PROGRAMS), "benchmarks/programs does not exist yet");
        int n = Program.discover(PROGRAMS, List.of()).size();
        assertTrue(n >= 12, "benchmarks/programs has " + n + " programs; issue 5 asks for at least 12");
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsTheSameUnderEveryBuild() {
        List<Program> programs = new ArrayList<>(Program.discover(TEST_PROGRAMS, List.of()));
        programs.addAll(Program.discover(PROGRAMS, List.of()));
        if (PYTHON == null) System.err.println("BenchmarkSmokeTest: no CPython 3.11+ (python3): CPython comparisons skipped");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.name() + " (tiny)", () -> check(p)));
    }

    private static void check(Program p) {
        InProcess.Result generic = InProcess.run(Build.GENERIC, p.file(), "tiny");
        InProcess.Result dflt = InProcess.run(Build.DEFAULT, p.file(), "tiny");
        assertEquals(0, generic.exitStatus(), () -> p.name() + " under generic: " + generic.stderr());
        assertTrue(generic.stdout().lines().reduce((a, b) -> b).orElse("").startsWith("checksum: "),
                () -> p.name() + ": the output must end with a 'checksum: ...' line, got: " + generic.stdout());
        assertEquals(generic.stdout(), dflt.stdout(), p.name() + ": default and generic print different things");
        assertEquals(generic.exitStatus(), dflt.exitStatus(), () -> p.name() + " under default: " + dflt.stderr());
        Assumptions.assumeTrue(PYTHON != null, "no CPython 3.11+ (python3): " + p.name() + " not compared with CPython");
        Runner.Sample cpython = Runner.run(List.of("python3", p.file().toString(), "tiny"), Path.of("."));
        assertEquals(0, cpython.exitStatus(), () -> p.name() + " under CPython: " + cpython.stderr());
        assertEquals(cpython.stdout(), generic.stdout(), p.name() + ": Specula and CPython print different things");
    }
}
