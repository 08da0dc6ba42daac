package org.specula.conformance.kit.cpython;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CPython as a reference implementation: finds a {@code python3} of version 3.11 or newer and
 * runs many programs through ONE long-lived driver process (see {@link DriverScript}), each in
 * a fresh {@code __main__} module with its own captured stdout and stderr, answering what
 * {@code python3 FILE} would have printed and returned: an uncaught exception prints its
 * traceback on stderr and gives status 1, {@code sys.exit(n)} gives n, {@code sys.exit("msg")}
 * prints msg and gives 1, functions registered with {@code atexit} run at the end. Starting CPython once instead of once per program is what makes
 * thousands of comparisons cheap.
 *
 * <p>Programs run in the same interpreter one after the other, so a program that changes the
 * interpreter's global state (mutates a standard module, starts a thread that keeps running)
 * can affect the next ones; the driver resets {@code sys.stdin/stdout/stderr}, {@code sys.argv},
 * {@code __main__} and the recursion limit between programs. The hash seed is fixed
 * ({@code PYTHONHASHSEED=0}) so that set and dict orders of str keys are reproducible.
 *
 * <p>A program that runs longer than the timeout is abandoned: the driver is killed and the next
 * program starts a fresh one; so does a program that ends the driver (e.g. {@code os._exit(3)}:
 * its status is the driver's exit status and its output is lost, as it mostly is from a real
 * {@code python3} whose stdout is a pipe). An instance is thread-safe (programs run one at a
 * time) and must be closed.
 */
public final class CPython implements AutoCloseable {
    /** The oldest CPython the comparisons accept: Specula implements 3.11's semantics. */
    public static final int[] MINIMUM_VERSION = {3, 11};
    /** System property naming the python executable to use instead of {@code python3} on the PATH. */
    public static final String EXECUTABLE_PROPERTY = "specula.python";
    /** The default time a program may run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Whether a usable CPython was found.
     *
     * @param executable the executable found (null when none)
     * @param version    its version, e.g. {@code 3.11.4} (null when unknown)
     * @param reason     when not usable, why, in one line (null when usable)
     */
    public record Availability(Path executable, String version, String reason) {
        /** True when programs can be run. */
        public boolean available() {
            return reason == null;
        }
    }

    /**
     * What running a program gave.
     *
     * @param stdout   everything it printed on stdout
     * @param stderr   everything it printed on stderr (with the traceback of an uncaught exception)
     * @param status   the exit status ({@code -1} when it timed out)
     * @param timedOut true when it was abandoned after the timeout
     */
    public record Outcome(String stdout, String stderr, int status, boolean timedOut) {
        /** The parts that must agree with another implementation, see {@link OutcomeNormaliser}. */
        public OutcomeNormaliser.Normalised normalised() {
            return OutcomeNormaliser.normalise(stdout, stderr, status);
        }
    }

    private final Path executable;
    private final String version;
    private final Duration timeout;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cpython-driver-io");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private OutputStream requests;
    private DataInputStream answers;
    private int restarts;
    private boolean closed;

    private CPython(Path executable, String version, Duration timeout) {
        this.executable = executable;
        this.version = version;
        this.timeout = timeout;
    }

    /** Looks for the python executable ({@value #EXECUTABLE_PROPERTY} or {@code python3} on the PATH) and checks its version. */
    public static Availability probe() {
        String configured = System.getProperty(EXECUTABLE_PROPERTY);
        if (configured != null && !configured.isBlank()) return probe(Path.of(configured));
        Path found = onPath("python3");
        if (found == null) {
            return new Availability(null, null, "python3 not found on the PATH (" + System.getenv("PATH")
                    + "); set -D" + EXECUTABLE_PROPERTY + "=/path/to/python3.11 to name one");
        }
        return probe(found);
    }

    /** Checks that the given executable is a CPython 3.11 or newer. */
    public static Availability probe(Path executable) {
        if (!Files.isExecutable(executable)) {
            return new Availability(executable, null, executable + " is not an executable file");
        }
        String script = "import sys; sys.stdout.write('%s %d.%d.%d' % ((sys.implementation.name,) + tuple(sys.version_info[:3])))";
        String answer;
        try {
            Process p = new ProcessBuilder(executable.toString(), "-c", script).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] bytes = readAtMost(p.getInputStream(), 4096);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Availability(executable, null, executable + " did not answer its version within 20 s");
            }
            answer = new String(bytes, StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0) {
                return new Availability(executable, null, executable + " failed to report its version (status "
                        + p.exitValue() + "): " + firstLine(answer));
            }
        } catch (IOException e) {
            return new Availability(executable, null, executable + " could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(executable, null, "interrupted while asking " + executable + " its version");
        }
        String[] parts = answer.split(" ");
        if (parts.length != 2 || !parts[1].matches("\\d+\\.\\d+\\.\\d+")) {
            return new Availability(executable, null, executable + " gave an unexpected version answer: " + firstLine(answer));
        }
        String v = parts[1];
        if (!parts[0].equals("cpython")) {
            return new Availability(executable, v, executable + " is " + parts[0] + " " + v + ", not CPython");
        }
        String[] n = v.split("\\.");
        int major = Integer.parseInt(n[0]), minor = Integer.parseInt(n[1]);
        if (major < MINIMUM_VERSION[0] || (major == MINIMUM_VERSION[0] && minor < MINIMUM_VERSION[1])) {
            return new Availability(executable, v, executable + " is Python " + v + "; the comparison needs "
                    + MINIMUM_VERSION[0] + "." + MINIMUM_VERSION[1] + " or newer");
        }
        return new Availability(executable, v, null);
    }

    /** Starts a driver on the CPython {@link #probe()} finds; fails with the probe's reason when there is none. */
    public static CPython start() {
        return start(probe(), DEFAULT_TIMEOUT);
    }

    /** Starts a driver on an available CPython, with the time each program may run. */
    public static CPython start(Availability availability, Duration timeout) {
        if (!availability.available()) throw new IllegalStateException("CPython unavailable: " + availability.reason());
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        CPython python = new CPython(availability.executable(), availability.version(), timeout);
        try {
            python.launch();
        } catch (IOException e) {
            python.close();
            throw new IllegalStateException("could not start the CPython driver: " + e.getMessage(), e);
        }
        return python;
    }

    /** The executable used. */
    public Path executable() {
        return executable;
    }

    /** Its version, e.g. {@code 3.11.4}. */
    public String version() {
        return version;
    }

    /** How many times the driver was restarted (after a timeout or a program that ended it). */
    public synchronized int restarts() {
        return restarts;
    }

    /** Runs a program as {@code python3 <program>.py} would. */
    public Outcome run(String source) {
        return run(source, "<program>");
    }

    /**
     * Runs a program as {@code python3 FILENAME} would, FILENAME appearing in its tracebacks (with
     * its source lines, as if the file existed) and as {@code __file__}.
     */
    public synchronized Outcome run(String source, String filename) {
        if (closed) throw new IllegalStateException("closed");
        byte[] name = filename.getBytes(StandardCharsets.UTF_8), code = source.getBytes(StandardCharsets.UTF_8);
        try {
            if (process == null) launch();
            OutputStream out = requests;
            DataInputStream in = answers;
            Future<Outcome> answer = io.submit(() -> exchange(out, in, name, code));
            try {
                return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true);
                kill();
                restarts++;
                return new Outcome("", "", -1, true);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (!(cause instanceof IOException)) throw new IllegalStateException("CPython driver failed", cause);
                return died();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while CPython ran a program", e);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the CPython driver: " + e.getMessage(), e);
        }
    }

    /** The driver ended while running a program: its status is the program's, and the next run starts another. */
    private Outcome died() throws InterruptedException {
        Process p = process;
        process = null;
        restarts++;
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
        return new Outcome("", "", p.exitValue(), false);
    }

    private static Outcome exchange(OutputStream out, DataInputStream in, byte[] name, byte[] code) throws IOException {
        out.write((name.length + " " + code.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(name);
        out.write(code);
        out.flush();
        String[] header = readLine(in).split(" ");
        if (header.length != 3) throw new IOException("bad answer from the driver: " + String.join(" ", header));
        int status = Integer.parseInt(header[0]);
        byte[] stdout = new byte[Integer.parseInt(header[1])], stderr = new byte[Integer.parseInt(header[2])];
        in.readFully(stdout);
        in.readFully(stderr);
        return new Outcome(new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8), status, false);
    }

    private void launch() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-s", "-c", DriverScript.SOURCE)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("PYTHONSTARTUP");
        env.remove("PYTHONPATH");
        Process p = pb.start();
        DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream()));
        String ready;
        try {
            ready = readLine(in);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new IOException("the driver exited at start" + (p.isAlive() ? "" : " (status " + safeExit(p) + ")"), e);
        }
        if (!ready.startsWith("ready ")) {
            p.destroyForcibly();
            throw new IOException("unexpected greeting from the driver: " + ready);
        }
        process = p;
        requests = new BufferedOutputStream(p.getOutputStream());
        answers = in;
    }

    private void kill() {
        Process p = process;
        process = null;
        if (p == null) return;
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the driver. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        Process p = process;
        if (p != null) {
            try {
                requests.close(); // end of input: the driver returns
                if (!p.waitFor(2, TimeUnit.SECONDS)) kill();
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        io.shutdownNow();
    }

    private static int safeExit(Process p) {
        try {
            return p.waitFor(1, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) throw new EOFException("the driver ended");
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() < limit) out.write(buffer, 0, Math.min(n, limit - out.size()));
        }
        return out.toByteArray();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
