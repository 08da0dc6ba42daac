package org.specula.conformance.kit.cpython;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The driver answers what {@code python3 FILE} answers (stdout, full stderr, status) on programs
 * covering each way a program can end, survives runaway and self-killing programs, isolates
 * programs from each other, and is much faster than starting CPython once per program. Skipped,
 * with the probe's reason, where no CPython 3.11+ is installed.
 */
class CPythonTest {
    private static CPython.Availability availability;
    private static CPython python;

    @BeforeAll
    static void start() {
        availability = CPython.probe();
        if (availability.available()) python = CPython.start();
    }

    @AfterAll
    static void stop() {
        if (python != null) python.close();
    }

    private static void assumePython() {
        assumeTrue(availability.available(), () -> "CPython comparison skipped: " + availability.reason());
    }

    /** Programs and the way each ends. */
    private static Map<String, String> programs() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("print", """
                print("hello", 1 + 2, [1.5, None, (True,)], {"a": 1})
                print("é ∑ 😀", end="!\\n")
                print(*range(5), sep=",")
                """);
        p.put("uncaught", """
                def inner(x):
                    return 10 // x

                def outer():
                    return inner(0)

                print("before")
                outer()
                print("never")
                """);
        p.put("exit3", """
                import sys
                print("bye")
                sys.exit(3)
                """);
        p.put("exit-message", """
                import sys
                sys.exit("fatal: " + str(42))
                """);
        p.put("exit-none", "raise SystemExit\n");
        p.put("caught", """
                try:
                    {}["missing"]
                except KeyError as e:
                    print("caught", repr(e))
                """);
        p.put("chained", """
                try:
                    int("x")
                except ValueError as e:
                    raise RuntimeError("wrapped") from e
                """);
        p.put("syntax-error", "print('unclosed'\nx = 1\n");
        p.put("stderr-print", """
                import sys
                print("to err", file=sys.stderr)
                print("to out")
                """);
        p.put("recursion-depth", """
                def down(n):
                    try:
                        return down(n + 1)
                    except RecursionError:
                        return n

                print(down(0))
                """);
        p.put("input-eof", "print(input())\n");
        p.put("main-module", """
                import sys
                class P:
                    pass
                print(__name__, P, sys.argv[0] == __file__)
                """);
        p.put("atexit", """
                import atexit, sys
                atexit.register(print, "at exit")
                atexit.register(lambda: 1 / 0)
                print("main")
                sys.exit(4)
                """);
        return p;
    }

    @Test
    void agreesWithRunningAFile(@TempDir Path dir) throws Exception {
        assumePython();
        for (Map.Entry<String, String> e : programs().entrySet()) {
            Path file = dir.resolve(e.getKey() + ".py");
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            CPython.Outcome direct = runFile(file);
            CPython.Outcome driven = python.run(e.getValue(), file.toString());
            assertEquals(withoutAddresses(direct), withoutAddresses(driven), e.getKey());
            assertEquals(direct.normalised(), driven.normalised(), e.getKey());
        }
    }

    @Test
    void endingsAreCPythonsTopLevels() {
        assumePython();
        Map<String, String> p = programs();
        CPython.Outcome uncaught = python.run(p.get("uncaught"));
        assertEquals(1, uncaught.status());
        assertEquals("before\n", uncaught.stdout());
        assertTrue(uncaught.stderr().startsWith("Traceback (most recent call last):\n  File \"<program>\", line 8"), uncaught.stderr());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", uncaught.normalised().lastErrorLine());
        assertEquals(new CPython.Outcome("bye\n", "", 3, false), python.run(p.get("exit3")));
        assertEquals(new CPython.Outcome("", "fatal: 42\n", 1, false), python.run(p.get("exit-message")));
        assertEquals(new CPython.Outcome("", "", 0, false), python.run(p.get("exit-none")));
        assertEquals("SyntaxError: '(' was never closed", python.run(p.get("syntax-error")).normalised().lastErrorLine());
    }

    @Test
    void programsDoNotSeeEachOther() {
        assumePython();
        assertEquals(0, python.run("x = 1\nimport sys\nsys.stdout = None\n").status());
        assertEquals("False\n", python.run("print('x' in globals())\n").stdout());
    }

    @Test
    void runawayProgramIsAbandonedAndTheDriverRestarts() {
        assumePython();
        CPython.Availability a = CPython.probe();
        try (CPython short_ = CPython.start(a, Duration.ofSeconds(1))) {
            CPython.Outcome o = short_.run("while True:\n    pass\n");
            assertTrue(o.timedOut());
            assertEquals(1, short_.restarts());
            assertEquals(new CPython.Outcome("ok\n", "", 0, false), short_.run("print('ok')\n"));
        }
    }

    @Test
    void programEndingTheDriverGivesItsStatus() {
        assumePython();
        CPython.Outcome o = python.run("import os\nprint('lost')\nos._exit(7)\n");
        assertEquals(7, o.status());
        assertFalse(o.timedOut());
        assertEquals("2\n", python.run("print(1 + 1)\n").stdout());
    }

    @Test
    void writingToTheRealFileDescriptorsDoesNotBreakTheProtocol() {
        assumePython();
        CPython.Outcome o = python.run("import os\nos.write(1, b'999 1 1\\n')\nprint('fine')\n");
        assertEquals(new CPython.Outcome("fine\n", "", 0, false), o);
    }

    @Test
    void throughput(@TempDir Path dir) throws Exception {
        assumePython();
        String program = """
                def f(n):
                    total = 0
                    for i in range(n):
                        total += i * i
                    return total
                print(f(100), [str(i) for i in range(5)])
                """;
        int n = 1000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) assertEquals(0, python.run(program).status());
        double driven = n / ((System.nanoTime() - t0) / 1e9);
        Path file = dir.resolve("p.py");
        Files.writeString(file, program);
        int m = 20;
        t0 = System.nanoTime();
        for (int i = 0; i < m; i++) assertEquals(0, runFile(file).status());
        double spawned = m / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("CPython %s: %.0f programs/s through the driver, %.0f programs/s starting python3 per program%n",
                python.version(), driven, spawned);
        // informational only: no timed assertions in unit tests
    }

    @Test
    void probeExplainsAMissingOrOldPython(@TempDir Path dir) throws IOException {
        CPython.Availability missing = CPython.probe(dir.resolve("no-such-python"));
        assertFalse(missing.available());
        assertTrue(missing.reason().contains("not an executable file"), missing.reason());
        Path old = dir.resolve("python3.10");
        Files.writeString(old, "#!/bin/sh\nprintf 'cpython 3.10.12'\n");
        assumeTrue(old.toFile().setExecutable(true), "cannot make a script executable here");
        CPython.Availability tooOld = CPython.probe(old);
        assertFalse(tooOld.available());
        assertEquals("3.10.12", tooOld.version());
        assertTrue(tooOld.reason().contains("needs 3.11 or newer"), tooOld.reason());
    }

    @Test
    void normaliserKeepsTheLastLineOfStderr() {
        assertEquals("ValueError: bad", OutcomeNormaliser.lastLine("Traceback ...\n  File x\nValueError: bad\n\n"));
        assertEquals("", OutcomeNormaliser.lastLine(" \n"));
        assertEquals("one", OutcomeNormaliser.lastLine("one"));
        assertTrue(OutcomeNormaliser.agree("a\n", "Traceback\n  File \"x.py\"\nE: m\n", 1, "a\n", "other trace\nE: m", 1));
        assertFalse(OutcomeNormaliser.agree("a\n", "E: m\n", 1, "a\n", "E: n\n", 1));
        assertFalse(OutcomeNormaliser.agree("a\n", "", 0, "a", "", 0));
    }

    /** Object addresses ({@code <function f at 0x7f...>}) differ from process to process. */
    private static CPython.Outcome withoutAddresses(CPython.Outcome o) {
        return new CPython.Outcome(o.stdout().replaceAll("0x[0-9a-f]+", "0x?"), o.stderr().replaceAll("0x[0-9a-f]+", "0x?"),
                o.status(), o.timedOut());
    }

    /** {@code python3 FILE} in a process of its own, stdin at end of file. */
    private static CPython.Outcome runFile(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(availability.executable().toString(), file.toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path out = Files.createTempFile("cpython-out", ".txt"), err = Files.createTempFile("cpython-err", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "python3 " + file + " did not end");
            return new CPython.Outcome(Files.readString(out), Files.readString(err), p.exitValue(), false);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
