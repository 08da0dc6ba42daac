package org.specula.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specialization options of the {@code specula} command reach the VM: {@code --no-specialize},
 * {@code --plugin-path}, {@code -X specializers/warmup/deopt-after/backoff/backoff-cap/eager/stats/
 * stats-json} and {@code --list-specializers}. Plugins come from a jar built by the test
 * ({@link PluginProbe}); nothing depends on the built-in plugin modules.
 */
class SpecializationOptionsTest {
    record Run(int status, String out, String err) {}

    @TempDir
    static Path work;
    static Path plugins;
    static Path jar;

    @BeforeAll
    static void buildPluginJar() throws IOException {
        jar = PluginProbe.buildJar(work);
        plugins = jar.getParent();
    }

    static Run run(String... args) {
        return runWithStdin(null, args);
    }

    static Run runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream saved = System.in;
        if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(saved);
        }
    }

    static String[] args(List<String> options, String... rest) {
        List<String> all = new ArrayList<>(options);
        all.addAll(Arrays.asList(rest));
        return all.toArray(new String[0]);
    }

    @Test
    void helpListsTheNewOptions() {
        Run h = run("--help");
        assertEquals(0, h.status());
        for (String opt : List.of("--no-specialize", "--plugin-path DIR", "--list-specializers", "-X specializers=ID",
                "-X warmup=N", "-X deopt-after=N", "-X backoff=N", "-X backoff-cap=N", "-X eager", "-X stats ",
                "-X stats-json=FILE")) {
            assertTrue(h.out().contains(opt), opt + " missing from:\n" + h.out());
        }
    }

    @Test
    void noSpecializeLoadsNothingEvenFromAPluginPath() {
        assertEquals(new Run(0, "no specializers loaded\n", ""), run("--no-specialize", "--list-specializers"));
        assertEquals(new Run(0, "no specializers loaded\n", ""),
                run("--no-specialize", "--plugin-path", plugins.toString(), "--list-specializers"));
        assertEquals(new Run(0, "3\n", ""), run("--no-specialize", "-c", "print(1 + 2)"));
    }

    @Test
    void listsThePluginsOfAPluginPathAsAnAlignedTable() {
        // only the probes: the built-in plugins on the class path (spec-iter, ...) would be listed too
        String probes = "specializers=probe-decline,probe-miss";
        Run r = run("--plugin-path", plugins.toString(), "-X", probes, "--list-specializers");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[0].matches("ID +FAMILIES +PRIORITY +VERSION +ORIGIN"), lines[0]);
        assertTrue(lines[1].matches("probe-decline +BINARY_OP,CONTAINS_OP +7 +1\\.2\\.3 +\\Q" + jar + "\\E"), lines[1]);
        assertTrue(lines[2].matches("probe-miss +BINARY_OP +0 +unversioned +\\Q" + jar + "\\E"), lines[2]);
        assertEquals("2 specializers loaded", lines[3]);
        for (String column : List.of("FAMILIES", "PRIORITY", "VERSION", "ORIGIN")) {
            int at = lines[0].indexOf(column);
            assertTrue(lines[1].charAt(at - 1) == ' ' && lines[1].charAt(at) != ' ', column + " misaligned:\n" + r.out());
            assertTrue(lines[2].charAt(at - 1) == ' ' && lines[2].charAt(at) != ' ', column + " misaligned:\n" + r.out());
        }
        // the one-argument form, and a second directory adding nothing
        Path empty = work.resolve("empty-plugins");
        assertTrue(empty.toFile().mkdirs() || Files.isDirectory(empty));
        assertEquals(r, run("--plugin-path=" + plugins, "--plugin-path", empty.toString(), "-X", probes, "--list-specializers"));
    }

    @Test
    void aNamedSetKeepsOnlyTheNamedSpecializers() {
        Run one = run("--plugin-path", plugins.toString(), "-X", "specializers=probe-miss", "--list-specializers");
        assertEquals(0, one.status());
        assertEquals("", one.err());
        assertTrue(one.out().matches("ID +FAMILIES.*\nprobe-miss +BINARY_OP .*\n1 specializer loaded\n"), one.out());
        Run none = run("--plugin-path", plugins.toString(), "-Xspecializers=", "--list-specializers");
        assertEquals(new Run(0, "no specializers loaded\n", ""), none);
    }

    @Test
    void anUnknownNameInTheNamedSetIsReportedAndTheProgramStillRuns() {
        Run r = run("-X", "specializers=nope", "-c", "print('ran')");
        assertEquals(0, r.status());
        assertEquals("ran\n", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'nope'"), r.err());
        Run listed = run("--plugin-path", plugins.toString(), "-X", "specializers=probe-miss,nope", "--list-specializers");
        assertTrue(listed.err().contains("'nope'") && listed.err().contains("probe-miss"), listed.err());
        assertTrue(listed.out().endsWith("\n1 specializer loaded\n"), listed.out());
    }

    @Test
    void aMissingPluginDirectoryIsOneLineAndTheProgramStillRuns() {
        Run r = run("--plugin-path", "/nonexistent/specula-plugins", "-c", "print('ran')");
        assertEquals(0, r.status());
        assertEquals("ran\n", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("/nonexistent/specula-plugins"), r.err());
    }

    @Test
    void badValuesOfOurOwnXOptionsAreOneLineErrorsWithStatus2() {
        List<List<String>> bad = List.of(List.of("-X", "warmup=0"), List.of("-Xwarmup=0"), List.of("-X", "warmup=-3"),
                List.of("-X", "warmup=abc"), List.of("-X", "warmup"), List.of("-X", "warmup=1073741825"),
                List.of("-X", "deopt-after=0"), List.of("-X", "backoff=x"), List.of("-X", "backoff-cap=0"),
                List.of("-X", "backoff=64", "-X", "backoff-cap=32"), List.of("-X", "stats-json="),
                List.of("-X", "stats=yes"), List.of("-X", "eager=1"), List.of("-X", "specializers"),
                List.of("-X", "compile-after=-1"), List.of("-X", "compile-after=x"), List.of("-X", "compile-after"));
        for (List<String> opts : bad) {
            Run r = run(args(opts, "-c", "print('ran')"));
            assertEquals(2, r.status(), opts.toString());
            assertEquals("", r.out(), opts.toString());
            assertEquals(1, r.err().lines().count(), opts + ": " + r.err());
            assertTrue(r.err().startsWith("specula: error: -X "), opts + ": " + r.err());
        }
        Run w = run("-X", "warmup=0");
        assertEquals("specula: error: -X warmup=0: invalid value; expected -X warmup=N with N a whole number"
                + " from 1 to 1073741824\n", w.err());
    }

    @Test
    void compileAfterSetsTheCompiledTiersThresholdAndZeroTurnsItOff() {
        String hot = "def f(n):\n    t = 0.0\n    for i in range(n):\n        t = t + i * 0.5\n    return t\nprint(f(100))\n";
        Run soon = run("-X", "compile-after=1", "-X", "stats", "-c", hot);
        assertEquals(0, soon.status(), soon.err());
        assertEquals("2475.0\n", soon.out());
        // compiled on its first loop iteration, again once its sites have specialized
        assertTrue(soon.err().contains("\ncompiled tier: 2 compilations, 0 code objects left to the interpreter\n"), soon.err());
        Run off = run("-X", "compile-after=0", "-X", "stats", "-c", hot);
        assertEquals("2475.0\n", off.out());
        assertFalse(off.err().contains("compiled tier"), off.err());
        // the default threshold (1000) is not reached by 100 iterations
        assertFalse(run("-X", "stats", "-c", hot).err().contains("compiled tier"));
    }

    @Test
    void otherXOptionsAreAcceptedAndIgnoredAsByPython3() {
        assertEquals(new Run(0, "1\n", ""), run("-X", "dev", "-Xutf8=1", "-X", "frozen_modules=off", "-X", "", "-c", "print(1)"));
    }

    @Test
    void missingOptionArgumentsAreUsageErrors() {
        for (String opt : List.of("--plugin-path", "-X", "-W")) {
            Run r = run(opt);
            assertEquals(2, r.status());
            assertEquals("Argument expected for the " + opt + " option\n"
                    + "usage: specula [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    + "Try `specula -h' for more information.\n", r.err());
        }
        assertEquals(2, run("--plugin-path=", "-c", "pass").status());
        assertTrue(run("--no-such-option").err().startsWith("unknown option --no-such-option\n"));
    }

    static final String LOOP = "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\nprint(f(20))\n";

    /** The probe's specialize calls while LOOP runs (20 executions of one BINARY_OP site). */
    static int attempts(String probe, String... options) {
        PluginProbe.ATTEMPTS.set(0);
        Run r = run(args(List.of(options), "--plugin-path", plugins.toString(), "-X", "specializers=" + probe, "-c", LOOP));
        assertEquals(new Run(0, "190\n", ""), r, Arrays.toString(options));
        return PluginProbe.ATTEMPTS.get();
    }

    @Test
    void thePolicyOptionsReachTheAdaptiveEngine() {
        assertEquals(0, attempts("probe-decline", "-X", "warmup=21"));
        int byDefault = attempts("probe-decline");
        assertTrue(byDefault >= 1, "default policy: " + byDefault);
        int doubling = attempts("probe-decline", "-X", "warmup=1", "-X", "backoff=1");
        assertTrue(doubling > byDefault, byDefault + " then " + doubling);
        int everyTime = attempts("probe-decline", "-X", "warmup=1", "-Xbackoff=1", "-X", "backoff-cap=1");
        assertTrue(everyTime > doubling, doubling + " then " + everyTime);
        assertEquals(everyTime, attempts("probe-decline", "-X", "eager"));
        // a specialized site that always misses: kept below the deopt threshold, re-specialized above it
        assertEquals(1, attempts("probe-miss", "-X", "warmup=1", "-X", "deopt-after=1000"));
        assertTrue(attempts("probe-miss", "-X", "eager") > 2);
        PluginProbe.ATTEMPTS.set(0);
        assertEquals(new Run(0, "190\n", ""), run("--no-specialize", "-X", "eager", "--plugin-path", plugins.toString(),
                "-c", LOOP));
        assertEquals(0, PluginProbe.ATTEMPTS.get());
    }

    @Test
    void statsPrintTheTableOnStderrAfterTheProgram() {
        Run r = run("-X", "stats", "-c", "print('out')");
        assertEquals(0, r.status());
        assertEquals("out\n", r.out());
        assertTrue(r.err().startsWith("Specialization statistics"), r.err());
        assertTrue(run("-Xstats", "-c", "pass").err().startsWith("Specialization statistics"));
        assertEquals(new Run(0, "", ""), run("-c", "pass"));
    }

    @Test
    void statsJsonWritesTheFile() throws IOException {
        Path file = work.resolve("stats.json");
        Files.deleteIfExists(file);
        Run r = run("-X", "stats-json=" + file, "-c", "print(2)");
        assertEquals(new Run(0, "2\n", ""), r);
        assertTrue(Files.isRegularFile(file));
        assertTrue(Files.readString(file).strip().startsWith("{"), Files.readString(file));
    }

    @Test
    void stdinFilesAndModulesHonourTheOptions() throws IOException {
        Run stdin = runWithStdin("print('from stdin')\n", "-X", "stats", "-");
        assertEquals("from stdin\n", stdin.out());
        assertTrue(stdin.err().startsWith("Specialization statistics"), stdin.err());
        Path prog = work.resolve("prog.py");
        Files.writeString(prog, LOOP);
        PluginProbe.ATTEMPTS.set(0);
        Run file = run("--plugin-path", plugins.toString(), "-X", "specializers=probe-decline", "-X", "eager",
                prog.toString());
        assertEquals(new Run(0, "190\n", ""), file);
        assertEquals(20, PluginProbe.ATTEMPTS.get());
        Run dis = run("-X", "stats", "-m", "dis", prog.toString());
        assertEquals(0, dis.status());
        assertTrue(dis.out().contains("BINARY_OP"), dis.out());
        assertTrue(dis.err().startsWith("Specialization statistics"), dis.err());
    }

    @Test
    void theInteractivePromptHonoursTheOptions() {
        PluginProbe.ATTEMPTS.set(0);
        Run r = runWithStdin("def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\n\nf(20)\n",
                "-i", "--plugin-path", plugins.toString(), "-X", "specializers=probe-decline", "-X", "eager", "-X", "stats");
        assertEquals(0, r.status());
        assertTrue(r.out().endsWith(">>> 190\n>>> \n"), r.out());
        assertEquals(20, PluginProbe.ATTEMPTS.get());
        assertTrue(r.err().startsWith(Main.BANNER + "\n"), r.err());
        assertTrue(r.err().contains("Specialization statistics"), r.err());
        assertFalse(r.err().contains("error"), r.err());
    }
}
