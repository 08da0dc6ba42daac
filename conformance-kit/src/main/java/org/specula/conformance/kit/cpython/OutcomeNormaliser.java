package org.specula.conformance.kit.cpython;

/**
 * What of a program's outcome must agree between CPython and Specula. Tracebacks differ in
 * ways that do not matter (CPython names its own file and shows source lines and carets that
 * another implementation need not reproduce), so stderr is compared by its LAST line only: the
 * exception's type and message ({@code ZeroDivisionError: division by zero}), or the message of
 * {@code sys.exit("...")}. Stdout and the exit status are compared exactly.
 */
public final class OutcomeNormaliser {
    private OutcomeNormaliser() {}

    /**
     * The comparable part of an outcome.
     *
     * @param stdout        stdout, exactly
     * @param lastErrorLine the last non-empty line of stderr, without trailing white space ("" when none)
     * @param status        the exit status
     */
    public record Normalised(String stdout, String lastErrorLine, int status) {
        /** A readable, multi-line description (for failure messages). */
        public String describe() {
            return "status " + status + "\n--- stdout\n" + stdout + (stdout.isEmpty() || stdout.endsWith("\n") ? "" : "\n")
                    + "--- last line of stderr\n" + lastErrorLine + "\n";
        }
    }

    /** Normalises an outcome. */
    public static Normalised normalise(String stdout, String stderr, int status) {
        return new Normalised(stdout, lastLine(stderr), status);
    }

    /** True when the two outcomes agree: same stdout, same last line of stderr, same status. */
    public static boolean agree(String stdout1, String stderr1, int status1, String stdout2, String stderr2, int status2) {
        return normalise(stdout1, stderr1, status1).equals(normalise(stdout2, stderr2, status2));
    }

    /** The last non-blank line of a text, without trailing white space; "" when there is none. */
    public static String lastLine(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    }
}
