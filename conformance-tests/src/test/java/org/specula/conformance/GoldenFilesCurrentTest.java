package org.specula.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Re-runs every corpus program under a live {@code python3} (only when it is CPython 3.11, the
 * version the golden files are for) and checks the golden files are still what CPython prints,
 * using the same invocation and normalisation as regen-corpus.sh. Skipped visibly otherwise.
 */
class GoldenFilesCurrentTest {

    @TestFactory
    Stream<DynamicTest> goldenFilesMatchLivePython() {
        String version = pythonVersion();
        Assumptions.assumeTrue(version != null && version.startsWith("Python 3.11."),
                "python3 3.11 not available (found: " + version + "); golden files not re-checked");
        Path dir = Corpus.dir();
        String python = interpreter();
        return Corpus.programs(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                p.toUri(), () -> {
                    Corpus.Result expected = Corpus.golden(p);
                    Corpus.Result actual = runPython(python, dir, p);
                    assertEquals("", Corpus.compare(expected, actual),
                            p.getFileName() + ": golden files are stale; run conformance-tests/regen-corpus.sh");
                }));
    }

    /** "Python 3.11.7" or null when python3 cannot be run. */
    private static String pythonVersion() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The interpreter's own executable ({@code sys.executable}), else "python3". Running it
     * directly skips launcher shims (pyenv's costs some 60 ms per run, most of this test's time)
     * and runs the same interpreter.
     */
    private static String interpreter() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "python3";
            }
            String exe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !exe.isEmpty() && Files.isExecutable(Path.of(exe)) ? exe : "python3";
        } catch (IOException e) {
            return "python3";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "python3";
        }
    }

    private static Corpus.Result runPython(String python, Path dir, Path program) throws IOException, InterruptedException {
        File out = Files.createTempFile("corpus", ".out").toFile();
        File err = Files.createTempFile("corpus", ".err").toFile();
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(python, program.toAbsolutePath().toString()))
                    .directory(dir.toFile()).redirectOutput(out).redirectError(err);
            Map<String, String> env = pb.environment();
            env.put("PYTHONIOENCODING", "utf-8");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            for (String k : new String[] {"PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONHASHSEED"}) {
                env.remove(k);
            }
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(program.getFileName() + ": python3 did not finish within 60 s");
            }
            return new Corpus.Result(Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Corpus.normaliseStderr(Files.readString(err.toPath(), StandardCharsets.UTF_8), dir),
                    p.exitValue());
        } finally {
            out.delete();
            err.delete();
        }
    }
}
