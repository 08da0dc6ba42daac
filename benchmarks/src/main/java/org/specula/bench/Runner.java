package org.specula.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a whole process and measures it: wall time ({@link System#nanoTime} around
 * start and exit) and peak memory (the {@code VmHWM} of {@code /proc/PID/status}, summed over the
 * process and its live descendants, polled every {@value #POLL_MILLIS} ms, maximum kept).
 * Standard output and error go to temporary files, so no reader thread competes with the
 * measured process.
 */
public final class Runner {
    /** How often memory is polled. */
    public static final int POLL_MILLIS = 10;

    /** One run of a process. {@code peakKb} is 0 when the process ended before the first poll. */
    public record Sample(long wallNanos, long peakKb, int exitStatus, String stdout, String stderr) {
        /** Wall time in seconds. */
        public double seconds() {
            return wallNanos / 1e9;
        }
    }

    private Runner() {
    }

    /** Runs command in dir with stdin closed, waits for it, and returns the measurements. */
    public static Sample run(List<String> command, Path dir) {
        try {
            File out = File.createTempFile("bench-out", ".txt");
            File err = File.createTempFile("bench-err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out).redirectError(err);
                long start = System.nanoTime();
                Process p = pb.start();
                long peak = peakKb(p.toHandle());
                while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    peak = Math.max(peak, peakKb(p.toHandle()));
                }
                long wall = System.nanoTime() - start;
                return new Sample(wall, peak, p.exitValue(),
                        Files.readString(out.toPath(), StandardCharsets.UTF_8),
                        Files.readString(err.toPath(), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out.toPath());
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The summed VmHWM (kB) of a process and its live descendants; 0 where unreadable. */
    static long peakKb(ProcessHandle process) {
        long sum = vmHwmKb(process.pid());
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
            sum += vmHwmKb(child.pid());
        }
        return sum;
    }

    /** VmHWM of one process in kB, or 0 (gone, a zombie, or no /proc). */
    static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return parseKb(line);
            }
        } catch (IOException | UncheckedIOException e) {
            // the process ended between two polls
        }
        return 0;
    }

    /** "VmHWM:     1234 kB" to 1234. */
    static long parseKb(String statusLine) {
        String[] parts = statusLine.substring(statusLine.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
