package org.specula.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HarnessTest {
    @Test
    void parsesOptionsWithDefaults() {
        Harness.Config c = Harness.Config.parse(new String[]{"--root", "/tmp", "--only", "a, b", "--runs", "3"});
        assertEquals(3, c.runs());
        assertEquals("full", c.size());
        assertEquals("compare", c.mode());
        assertEquals(List.of("a", "b"), c.only());
        assertEquals(Path.of("/tmp/benchmarks/programs"), c.programs());
        Harness.Config s = Harness.Config.parse(new String[]{"--mode", "smoke"});
        assertEquals("tiny", s.size());
        assertTrue(!s.writeResults());
        assertThrows(IllegalArgumentException.class, () -> Harness.Config.parse(new String[]{"--mode", "fast"}));
        assertThrows(IllegalArgumentException.class, () -> Harness.Config.parse(new String[]{"--runs", "0"}));
        assertThrows(IllegalArgumentException.class, () -> Harness.Config.parse(new String[]{"--size"}));
    }

    @Test
    void mismatchesNameTheLineOrTheExitStatus() {
        Runner.Sample a = new Runner.Sample(1, 1, 0, "x\nchecksum: 1\n", "");
        assertNull(Harness.mismatch(Build.CPYTHON, a, Build.GENERIC, new Runner.Sample(2, 2, 0, "x\nchecksum: 1\n", "")));
        assertEquals("output of generic differs from CPython: line 2: 'checksum: 1' vs 'checksum: 2'",
                Harness.mismatch(Build.CPYTHON, a, Build.GENERIC, new Runner.Sample(1, 1, 0, "x\nchecksum: 2\n", "")));
        assertTrue(Harness.mismatch(Build.CPYTHON, a, Build.DEFAULT, new Runner.Sample(1, 1, 1, "x\n", "Traceback\nNameError: y"))
                .startsWith("default exited with 1, CPython with 0: Traceback | NameError: y"));
        assertEquals("line 2: '' vs '<end>'", Harness.firstDifference("a\n", "a"));
        Runner.Sample crash = new Runner.Sample(1, 1, 1, "x\n", "ValueError: v");
        assertEquals("exit status 1 under generic (a benchmark must exit with 0): ValueError: v",
                Harness.mismatch(Build.CPYTHON, crash, Build.GENERIC, crash));
    }

    @Test
    void discoversProgramsByNameAndRejectsUnknownOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.py"), "");
        Files.writeString(dir.resolve("a.py"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        assertEquals(List.of("a", "b"), Program.discover(dir, List.of()).stream().map(Program::name).toList());
        assertEquals(List.of("b"), Program.discover(dir, List.of("b")).stream().map(Program::name).toList());
        assertThrows(IllegalArgumentException.class, () -> Program.discover(dir, List.of("c")));
        assertEquals(List.of(), Program.discover(dir.resolve("missing"), List.of()));
    }

    @Test
    void runnerCapturesOutputAndStatusAndParsesVmHwm(@TempDir Path dir) {
        Runner.Sample s = Runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), dir);
        assertEquals("out\n", s.stdout());
        assertEquals("err\n", s.stderr());
        assertEquals(3, s.exitStatus());
        assertEquals(1234, Runner.parseKb("VmHWM:\t    1234 kB"));
        assertTrue(Runner.vmHwmKb(ProcessHandle.current().pid()) > 0 || !Files.exists(Path.of("/proc/self/status")));
    }

    @Test
    void specIsStartedWithTheLauncherJvmFlags() throws Exception {
        // the ./specula launcher at the repository root (tests run in the benchmarks directory)
        String launcher = Files.readString(Path.of("..", "specula"));
        assertTrue(launcher.contains("JVM_OPTS=(" + String.join(" ", Build.LAUNCHER_JVM_FLAGS) + ")"),
                "benchmarks/.../Build.LAUNCHER_JVM_FLAGS must match the flags of ./specula");
        assertTrue(launcher.contains("CDS_QUIET=(" + String.join(" ", Build.LAUNCHER_CDS_QUIET) + ")"),
                "benchmarks/.../Build.LAUNCHER_CDS_QUIET must match the launcher's");
    }

    @Test
    void theCdsTrainingRunCompilesNothing() throws Exception {
        // the archive keeps each method's JIT state: a dispatch loop marked not compilable during
        // training stayed interpreted in every benchmark run (docs/performance.md, "Start-up")
        String launcher = Files.readString(Path.of("..", "specula"));
        String training = launcher.lines().filter(l -> l.contains("-XX:ArchiveClassesAtExit")).findFirst().orElseThrow();
        assertTrue(training.contains("\"${JVM_OPTS[@]}\" -Xint "), "the training run must be interpreted only: " + training);
    }
}
