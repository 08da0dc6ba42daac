package org.specula.conformance.kit.gen;

/** An indented Python source writer (4 spaces a level). */
final class Source {
    private final StringBuilder text = new StringBuilder();
    private int indent;
    /** Estimated bytecodes per execution of the code written so far (loops count their iterations). */
    private long cost;
    private final java.util.ArrayDeque<Integer> repeats = new java.util.ArrayDeque<>();
    private long multiplier = 1;

    /** Appends one line at the current indentation. */
    Source line(String s) {
        cost += multiplier * (2 + s.chars().filter(ch -> ch == ' ' || ch == '(' || ch == '[').count());
        text.append("    ".repeat(indent)).append(s).append('\n');
        return this;
    }

    /** Appends a block header (ending in ':') and indents what follows. */
    Source open(String header) {
        return openLoop(header, 1);
    }

    /** Opens a block whose body runs up to {@code iterations} times (for the cost estimate). */
    Source openLoop(String header, int iterations) {
        line(header);
        indent++;
        repeats.push(iterations);
        multiplier *= iterations;
        return this;
    }

    /** Ends the innermost block. */
    Source close() {
        if (indent == 0) throw new IllegalStateException("no open block");
        indent--;
        multiplier /= repeats.pop();
        return this;
    }

    /** Adds to the cost estimate code run elsewhere (e.g. a generator's body). */
    Source charge(long bytecodes) {
        cost += multiplier * bytecodes;
        return this;
    }

    /** Estimated bytecodes of one execution (one call, for a function). */
    long cost() {
        return cost;
    }

    Source blank() {
        text.append('\n');
        return this;
    }

    /** Appends another writer's text at the current indentation. */
    Source append(Source other) {
        String t = other.text();
        if (t.endsWith("\n")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return this;
        for (String l : t.split("\n", -1)) {
            if (l.isEmpty()) blank();
            else line(l);
        }
        return this;
    }

    String text() {
        return text.toString();
    }
}
