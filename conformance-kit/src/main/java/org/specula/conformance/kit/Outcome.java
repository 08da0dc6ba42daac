package org.specula.conformance.kit;

import java.time.Duration;
import java.util.Objects;

/**
 * What running one program under one build produced: everything written to standard output and
 * standard error, and the exit status. Two builds agree on a program when their outcomes are
 * equal.
 *
 * <p>A program that did not finish within the time limit has a <em>timeout</em> outcome (its
 * partial output, status -1 and {@link #timedOut()} true). Generated programs always terminate, so
 * a timeout means a build (usually a plugin under test) hangs; two timeouts count as agreeing.
 *
 * @param stdout everything the program printed on standard output
 * @param stderr everything printed on standard error (tracebacks, warnings)
 * @param status the exit status (-1 for a timeout)
 * @param timedOut true when the program was abandoned after the time limit
 */
public record Outcome(String stdout, String stderr, int status, boolean timedOut) {
    /** Checks that both streams are given. */
    public Outcome {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** A program that ran to its end. */
    public static Outcome of(String stdout, String stderr, int status) {
        return new Outcome(stdout, stderr, status, false);
    }

    /** A program abandoned after {@code limit}, with the output it had written by then. */
    public static Outcome timeout(String stdout, String stderr, Duration limit) {
        return new Outcome(stdout, stderr + "[timeout: no result after " + limit.toMillis() + " ms]\n", -1, true);
    }

    /** True when both outcomes are identical (same output, same status). */
    public boolean agreesWith(Outcome other) {
        return equals(other);
    }

    /**
     * A readable account of how {@code actual} differs from this (the expected) outcome, naming
     * the first differing line of each stream that differs; empty when they agree.
     */
    public String differenceFrom(Outcome actual) {
        StringBuilder sb = new StringBuilder();
        if (timedOut != actual.timedOut) {
            sb.append(actual.timedOut ? "actual run timed out\n" : "expected run timed out\n");
        }
        if (status != actual.status) {
            sb.append("exit status: expected ").append(status).append(", actual ").append(actual.status).append('\n');
        }
        streamDifference(sb, "stdout", stdout, actual.stdout);
        streamDifference(sb, "stderr", stderr, actual.stderr);
        return sb.toString();
    }

    private static void streamDifference(StringBuilder sb, String name, String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        sb.append(name).append(" differs at line ").append(i + 1).append(":\n");
        sb.append("  expected: ").append(i < e.length ? quote(e[i]) : "(end of output)").append('\n');
        sb.append("  actual:   ").append(i < a.length ? quote(a[i]) : "(end of output)").append('\n');
    }

    private static String quote(String line) {
        String shown = line.length() > 200 ? line.substring(0, 200) + "..." : line;
        return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    /** The outcome as readable text: the status and both streams, indented. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(timedOut ? "timed out" : "exit status " + status).append('\n');
        section(sb, "stdout", stdout);
        section(sb, "stderr", stderr);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String name, String text) {
        if (text.isEmpty()) {
            sb.append(name).append(": (empty)\n");
            return;
        }
        sb.append(name).append(":\n");
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) sb.append("  | ").append(line).append('\n');
        if (!text.endsWith("\n")) sb.append("  (no newline at end)\n");
    }
}
