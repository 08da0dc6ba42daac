package org.specula.conformance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPython-golden program corpus: locating it, reading a program's golden files and comparing
 * a run's output with them. Golden files sit next to each {@code X.py}: {@code X.stdout},
 * {@code X.stderr} (absolute corpus directory replaced by {@value #DIR_TOKEN}) and
 * {@code X.status}.
 */
final class Corpus {
    private Corpus() {}

    /** Stands for the absolute corpus directory in golden stderr files. */
    static final String DIR_TOKEN = "<corpus>";
    private static final Pattern PROGRAM = Pattern.compile("\\d{3}_.*\\.py");

    /** The corpus directory as a real absolute path (the form shown in tracebacks). */
    static Path dir() {
        URL url = Corpus.class.getResource("/corpus");
        try {
            if (url != null && "file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                if (Files.isDirectory(p)) return p.toRealPath();
            }
            for (String candidate : new String[] {"src/test/resources/corpus",
                    "conformance-tests/src/test/resources/corpus"}) {
                Path p = Path.of(candidate);
                if (Files.isDirectory(p)) return p.toRealPath();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot resolve the corpus directory", e);
        }
        throw new IllegalStateException("corpus directory not found (classpath /corpus or src/test/resources/corpus)");
    }

    /** All programs {@code NNN_*.py}, sorted by name. */
    static List<Path> programs(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> PROGRAM.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected or actual observable result of running one program. */
    record Result(String stdout, String stderr, int status) {}

    static Result golden(Path program) throws IOException {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = program.getParent();
        String status = read(dir.resolve(base + ".status")).trim();
        return new Result(read(dir.resolve(base + ".stdout")), read(dir.resolve(base + ".stderr")),
                Integer.parseInt(status));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The only normalisation: the absolute corpus directory becomes {@value #DIR_TOKEN}. */
    static String normaliseStderr(String stderr, Path dir) {
        return stderr.replace(dir.toString(), DIR_TOKEN);
    }

    /** An empty string when equal, else a readable description of every difference. */
    static String compare(Result expected, Result actual) {
        StringBuilder sb = new StringBuilder();
        if (expected.status() != actual.status()) {
            sb.append("exit status: expected ").append(expected.status()).append(", got ")
                    .append(actual.status()).append('\n');
        }
        if (!expected.stdout().equals(actual.stdout())) {
            sb.append("stdout differs:\n").append(LineDiff.unified(expected.stdout(), actual.stdout()));
        }
        if (!expected.stderr().equals(actual.stderr())) {
            sb.append("stderr differs:\n").append(LineDiff.unified(expected.stderr(), actual.stderr()));
        }
        return sb.toString();
    }

    /** Line-based unified-style diff for failure messages. */
    static final class LineDiff {
        private LineDiff() {}

        private static final int CONTEXT = 3;
        private static final int MAX_LINES = 200;

        static String unified(String expected, String actual) {
            List<String> a = lines(expected);
            List<String> b = lines(actual);
            // Trim the common prefix and suffix, then LCS on the middle (bounded).
            int pre = 0;
            while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
            int suf = 0;
            while (suf < a.size() - pre && suf < b.size() - pre
                    && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
            List<String> ma = a.subList(pre, a.size() - suf);
            List<String> mb = b.subList(pre, b.size() - suf);
            List<String> ops = new ArrayList<>();
            if ((long) ma.size() * mb.size() <= 4_000_000L) {
                int[][] lcs = new int[ma.size() + 1][mb.size() + 1];
                for (int i = ma.size() - 1; i >= 0; i--) {
                    for (int j = mb.size() - 1; j >= 0; j--) {
                        lcs[i][j] = ma.get(i).equals(mb.get(j)) ? lcs[i + 1][j + 1] + 1
                                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                    }
                }
                int i = 0, j = 0;
                while (i < ma.size() || j < mb.size()) {
                    if (i < ma.size() && j < mb.size() && ma.get(i).equals(mb.get(j))) {
                        ops.add(" " + ma.get(i++));
                        j++;
                    } else if (i < ma.size() && (j == mb.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                        ops.add("-" + ma.get(i++));
                    } else {
                        ops.add("+" + mb.get(j++));
                    }
                }
            } else {
                for (String s : ma) ops.add("-" + s);
                for (String s : mb) ops.add("+" + s);
            }
            StringBuilder sb = new StringBuilder("--- expected (CPython 3.11)\n+++ actual (Specula)\n");
            sb.append("@@ from line ").append(pre + 1).append(" @@\n");
            for (int k = Math.max(0, pre - CONTEXT); k < pre; k++) sb.append(' ').append(a.get(k)).append('\n');
            int shown = 0;
            for (String op : ops) {
                if (shown++ >= MAX_LINES) {
                    sb.append("... (").append(ops.size() - MAX_LINES).append(" more diff lines)\n");
                    break;
                }
                sb.append(op).append('\n');
            }
            for (int k = a.size() - suf; k < Math.min(a.size(), a.size() - suf + CONTEXT); k++) {
                sb.append(' ').append(a.get(k)).append('\n');
            }
            return sb.toString();
        }

        /** Lines with visible markers for a missing final newline. */
        private static List<String> lines(String s) {
            List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            } else if (!s.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\\ (no newline at end)");
            }
            return out;
        }
    }
}
