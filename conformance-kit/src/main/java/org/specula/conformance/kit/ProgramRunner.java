package org.specula.conformance.kit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program on a fresh VM of a build and captures its {@link Outcome}, giving up after a
 * time limit: a broken plugin that loops forever must not hang the suite.
 *
 * <p>The VM runs on a worker thread of its own thread group (the VM's program thread joins that
 * group). When the limit passes, the runner interrupts and then stops the group's threads, and
 * reports a {@linkplain Outcome#timeout timeout} with the output written so far. Output beyond
 * {@link #OUTPUT_LIMIT} bytes per stream is cut (and the cut is marked), so a program printing
 * forever cannot exhaust the heap either.
 *
 * <p>An exception escaping the VM itself (e.g. a build whose assembly throws) becomes an outcome
 * with status 70 and the exception on stderr, so it shows as a disagreement with the baseline.
 */
public final class ProgramRunner {
    /** Bytes kept per stream. */
    public static final int OUTPUT_LIMIT = 1 << 20;
    /** The default time limit per program and build. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final Duration timeLimit;
    private final String filename;

    /**
     * @param timeLimit how long one run may take
     * @param filename the program's file name as the VM shows it in tracebacks (also {@code sys.argv[0]})
     */
    public ProgramRunner(Duration timeLimit, String filename) {
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("time limit must be positive");
        this.timeLimit = timeLimit;
        this.filename = Objects.requireNonNull(filename, "filename");
    }

    /** A runner with the default time limit and file name {@code program.py}. */
    public ProgramRunner() {
        this(DEFAULT_TIME_LIMIT, "program.py");
    }

    /** The time limit per run. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** Runs {@code source} on a fresh VM of {@code build}. Never throws for anything the program or build does. */
    public Outcome run(Build build, String source) {
        Capture out = new Capture(), err = new Capture();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        FutureTask<Integer> task = new FutureTask<>(() -> {
            try {
                return build.newVm(o, e, List.of(filename)).runSource(source, filename);
            } finally {
                o.flush();
                e.flush();
            }
        });
        ThreadGroup group = newGroup(build.name());
        Thread worker = new Thread(group, task, "conformance-" + build.name());
        worker.setDaemon(true);
        worker.start();
        try {
            int status = task.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
            return Outcome.of(out.text(), err.text(), status);
        } catch (TimeoutException t) {
            Outcome timedOut = Outcome.timeout(out.text(), err.text(), timeLimit);
            out.close();
            err.close();
            abandon(group, worker);
            return timedOut;
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            return Outcome.of(out.text(), err.text() + "conformance: the VM failed: " + cause + "\n", 70);
        } catch (InterruptedException interrupted) {
            abandon(group, worker);
            Thread.currentThread().interrupt();
            return Outcome.timeout(out.text(), err.text(), timeLimit);
        }
    }

    @SuppressWarnings("removal") // a daemon group is destroyed with its last thread, so groups do not pile up (JDK 17)
    private static ThreadGroup newGroup(String name) {
        ThreadGroup group = new ThreadGroup("conformance-" + name);
        group.setDaemon(true);
        return group;
    }

    /**
     * Ends a run that is over its time limit: interrupts its threads, then stops them (the VM does
     * not poll for interrupts; the run is discarded, so stopping it mid-way loses nothing).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void abandon(ThreadGroup group, Thread worker) {
        group.interrupt();
        for (int round = 0; round < 10 && worker.isAlive(); round++) {
            Thread[] threads = new Thread[group.activeCount() + 4];
            int n = group.enumerate(threads);
            for (int i = 0; i < n; i++) {
                try {
                    threads[i].stop();
                } catch (UnsupportedOperationException | SecurityException notAllowed) {
                    return; // a JVM that cannot stop threads: leave the daemon threads behind
                }
            }
            try {
                worker.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A byte sink that keeps the first {@link #OUTPUT_LIMIT} bytes, and drops everything once closed. */
    private static final class Capture extends ByteArrayOutputStream {
        private boolean cut;
        private boolean closed;

        @Override public synchronized void write(int b) {
            if (closed) return;
            if (count >= OUTPUT_LIMIT) {
                cut = true;
                return;
            }
            super.write(b);
        }

        @Override public synchronized void write(byte[] b, int off, int len) {
            if (closed) return;
            int room = OUTPUT_LIMIT - count;
            if (len > room) cut = true;
            super.write(b, off, Math.max(0, Math.min(len, room)));
        }

        @Override public synchronized void close() {
            closed = true;
        }

        synchronized String text() {
            String s = toString(StandardCharsets.UTF_8);
            return cut ? s + "[output cut after " + OUTPUT_LIMIT + " bytes]\n" : s;
        }
    }
}
