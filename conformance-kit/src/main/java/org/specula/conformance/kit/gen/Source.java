package org.specula.conformance.kit.gen;

/** An indented Python source writer (4 spaces a level). */
final class Source {
    private final StringBuilder text = new StringBuilder();
    private int indent;

    /** Appends one line at the current indentation. */
    Source line(String s) {
        text.append("    ".repeat(indent)).append(s).append('\n');
        return this;
    }

    /** Appends a block header (ending in ':') and indents what follows. */
    Source open(String header) {
        line(header);
        indent++;
        return this;
    }

    /** Ends the innermost block. */
    Source close() {
        if (indent == 0) throw new IllegalStateException("no open block");
        indent--;
        return this;
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

    boolean isEmpty() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }
}
