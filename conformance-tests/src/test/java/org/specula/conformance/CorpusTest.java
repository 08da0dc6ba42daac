package org.specula.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.Vm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every corpus program in-process on Specula and checks stdout, stderr (with the absolute
 * corpus directory replaced by {@code <corpus>}) and the exit status against the CPython 3.11
 * golden files.
 */
class CorpusTest {
    /** Wall-clock limit per program; a runaway program fails instead of hanging the build. */
    static final long TIMEOUT_MILLIS = 30_000;
    /** Generous thread stack for the interpreter, so deep (50,000-frame) programs are safe. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    @TestFactory
    Stream<DynamicTest> corpus() {
        Path dir = Corpus.dir();
        return Corpus.programs(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                p.toUri(), () -> check(dir, p)));
    }

    private static void check(Path dir, Path program) throws Exception {
        Corpus.Result expected = Corpus.golden(program);
        Corpus.Result actual = run(dir, program);
        assertEquals("", Corpus.compare(expected, actual), program.getFileName() + " differs from CPython");
    }

    /** Runs one program on a fresh Vm in its own thread, with captured UTF-8 streams. */
    @SuppressWarnings({"deprecation", "removal"})
    static Corpus.Result run(Path dir, Path program) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        AtomicReference<Integer> status = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        String abs = program.toAbsolutePath().toString();
        Thread t = new Thread(null, () -> {
            try {
                Vm vm = Vm.builder().stdout(outStream).stderr(errStream).argv(List.of(abs)).build();
                status.set(vm.runFile(Path.of(abs)));
            } catch (Throwable e) {
                crash.set(e);
            }
        }, "corpus-" + program.getFileName(), STACK_BYTES);
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
            fail(program.getFileName() + " did not finish within " + TIMEOUT_MILLIS / 1000 + " s; stdout so far:\n"
                    + out.toString(StandardCharsets.UTF_8));
        }
        if (crash.get() != null) {
            throw new AssertionError(program.getFileName() + ": the VM threw instead of returning a status; stdout:\n"
                    + out.toString(StandardCharsets.UTF_8) + "stderr:\n" + err.toString(StandardCharsets.UTF_8),
                    crash.get());
        }
        outStream.flush();
        errStream.flush();
        return new Corpus.Result(out.toString(StandardCharsets.UTF_8),
                Corpus.normaliseStderr(err.toString(StandardCharsets.UTF_8), dir), status.get());
    }
}
