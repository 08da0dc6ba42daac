package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Traceback;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Prints uncaught exceptions exactly as CPython 3.11's default excepthook does (Python/pythonrun.c
 * and Python/traceback.c): the chain of causes and contexts, one "File ..." entry per traceback
 * entry with its source line and caret line, repeated frames folded after three, then
 * {@code TypeName: message}. Also prints compile-time syntax errors in CPython's format.
 *
 * <p>The formatting logic that does not need runtime objects ({@link #caretLine},
 * {@link #formatStack}, {@link #syntaxErrorLines}) is exposed as static methods over plain data.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    static final String HEADER = "Traceback (most recent call last):\n";
    /** Frames of the same (file, line, name) shown before folding, as CPython's TB_RECURSIVE_CUTOFF. */
    static final int RECURSIVE_CUTOFF = 3;

    /** One traceback entry as plain data: where it is and the instruction's source positions. */
    public record Frame(String filename, int lineno, String name, int startLine, int endLine, int startCol,
                        int endCol) {}

    // ------------------------------------------------------------------------------------------
    // Runtime entry points

    /** Prints {@code exc} (with its causes/contexts) as CPython prints an uncaught exception. */
    public static void print(PyBaseException exc, PrintStream err) {
        print(exc, err, null);
    }

    /**
     * As {@link #print(PyBaseException, PrintStream)}, with entries of frames outside the program
     * (e.g. runpy's, for {@code -m}) shown before the top exception's own entries.
     */
    public static void print(PyBaseException exc, PrintStream err, List<Frame> outer) {
        StringBuilder sb = new StringBuilder();
        SourceCache cache = new SourceCache();
        Set<PyBaseException> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        printRecursive(exc, sb, cache, seen, outer);
        err.print(sb);
        err.flush();
    }

    /** Prints a compile-time syntax error (no traceback) as CPython 3.11 does. */
    public static void printSyntaxError(SyntaxErrorException e, PrintStream err) {
        printSyntaxError(e, err, null);
    }

    /** As {@link #printSyntaxError(SyntaxErrorException, PrintStream)}, after a traceback of outer frames. */
    public static void printSyntaxError(SyntaxErrorException e, PrintStream err, List<Frame> outer) {
        StringBuilder sb = new StringBuilder();
        if (outer != null && !outer.isEmpty()) {
            sb.append(HEADER);
            formatStack(outer, (f, l) -> null, sb);
        }
        // CPython: end positions of IndentationError/TabError (SyntaxError subclasses) are ignored.
        boolean plain = "SyntaxError".equals(e.kind);
        int endLine = plain && e.endLineno > 0 ? e.endLineno : e.lineno;
        int endOffset = plain ? (e.endOffset > 0 ? e.endOffset : -1) : -1;
        syntaxErrorLines(sb, e.filename == null ? "<string>" : e.filename, e.lineno, e.offset, endLine, endOffset,
                e.text);
        sb.append(e.kind);
        if (e.msg != null && !e.msg.isEmpty()) sb.append(": ").append(e.msg);
        sb.append('\n');
        err.print(sb);
        err.flush();
    }

    private static void printRecursive(PyBaseException exc, StringBuilder sb, SourceCache cache,
                                       Set<PyBaseException> seen, List<Frame> outer) {
        seen.add(exc);
        PyBaseException cause = exc.cause;
        PyBaseException context = exc.context;
        if (cause != null) {
            if (!seen.contains(cause)) {
                printRecursive(cause, sb, cache, seen, null);
                sb.append(CAUSE_MESSAGE);
            }
        } else if (context != null && !exc.suppressContext && !seen.contains(context)) {
            printRecursive(context, sb, cache, seen, null);
            sb.append(CONTEXT_MESSAGE);
        }
        printOne(exc, sb, cache, outer);
    }

    private static void printOne(PyBaseException exc, StringBuilder sb, SourceCache cache, List<Frame> outer) {
        if (exc.traceback != null || outer != null && !outer.isEmpty()) {
            List<Frame> frames = new ArrayList<>();
            if (outer != null) frames.addAll(outer);
            for (Traceback tb = exc.traceback; tb != null; tb = tb.next()) frames.add(frameOf(tb));
            sb.append(HEADER);
            formatStack(frames, cache::line, sb);
        }
        PyType type = Ops.type(exc);
        String message = null;
        boolean syntax = Errors.SyntaxError != null && type.isSubtypeOf(Errors.SyntaxError);
        if (syntax) message = appendSyntaxErrorLocation(exc, type, sb);
        appendTypeName(type, sb);
        if (message == null) {
            try {
                message = Ops.str(exc);
            } catch (PyException failed) {
                sb.append(": <exception str() failed>\n");
                return;
            }
        }
        if (!message.isEmpty()) sb.append(": ").append(message);
        String suggestion = Suggestions.offer(exc);
        if (suggestion != null) sb.append(". Did you mean: '").append(suggestion).append("'?");
        sb.append('\n');
        appendNotes(exc, sb);
    }

    /** CPython 3.11's print_exception_notes: each note of __notes__ on its own line(s). */
    private static void appendNotes(PyBaseException exc, StringBuilder sb) {
        Object notes;
        try {
            notes = Ops.getAttr(exc, "__notes__");
        } catch (PyException e) {
            return;
        }
        if (!(notes instanceof org.specula.core.runtime.PyList || notes instanceof org.specula.core.runtime.PyTuple)) {
            try {
                sb.append(Ops.repr(notes));
            } catch (PyException e) {
                sb.append("<__notes__ repr() failed>");
            }
            sb.append('\n');
            return;
        }
        for (Object note : Ops.unpackAny(notes)) {
            try {
                sb.append(Ops.str(note));
            } catch (PyException e) {
                sb.append("<note str() failed>");
            }
            sb.append('\n');
        }
    }

    private static Frame frameOf(Traceback tb) {
        CodeObject code = tb.code();
        int i = tb.instruction();
        int[] p = code.positions;
        int line = tb.line();
        if (p != null && i >= 0 && i * 4 + 3 < p.length) {
            return new Frame(code.filename, line, code.name, p[i * 4], p[i * 4 + 1], p[i * 4 + 2], p[i * 4 + 3]);
        }
        return new Frame(code.filename, line, code.name, -1, -1, -1, -1);
    }

    private static void appendTypeName(PyType type, StringBuilder sb) {
        Object module;
        try {
            module = Ops.getAttr(type, "__module__");
        } catch (PyException e) {
            module = null;
        }
        if (!(module instanceof String m)) {
            sb.append("<unknown>.");
        } else if (!m.equals("builtins") && !m.equals("__main__")) {
            sb.append(m).append('.');
        }
        sb.append(type.qualname != null ? type.qualname : type.name);
    }

    /** For a SyntaxError instance: appends its location lines and returns its message text, or null. */
    private static String appendSyntaxErrorLocation(PyBaseException exc, PyType type, StringBuilder sb) {
        try {
            Object msg = Ops.getAttr(exc, "msg");
            Object filename = Ops.getAttr(exc, "filename");
            int lineno = toInt(Ops.getAttr(exc, "lineno"), -1);
            int offset = toInt(Ops.getAttr(exc, "offset"), -1);
            int endLine = lineno;
            int endOffset = -1;
            if (type == Errors.SyntaxError) {
                endLine = toInt(Ops.getAttr(exc, "end_lineno"), lineno);
                endOffset = toInt(Ops.getAttr(exc, "end_offset"), -1);
            }
            Object text = Ops.getAttr(exc, "text");
            String fn = filename == Py.None ? "<string>" : Ops.str(filename);
            String m = Ops.str(msg);
            syntaxErrorLines(sb, fn, lineno, offset, endLine, endOffset, text instanceof String s ? s : null);
            return m;
        } catch (PyException | ClassCastException e) {
            return null;
        }
    }

    private static int toInt(Object v, int dflt) {
        if (v instanceof Long l) return (int) (long) l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        return dflt;
    }

    // ------------------------------------------------------------------------------------------
    // Pure formatting logic

    /**
     * Formats a stack of frames, outermost first, as CPython's tb_printinternal: runs of more than
     * three entries with the same (file, line, name) are folded into
     * {@code "  [Previous line repeated N more times]"}. Frames of bundled library modules
     * ({@code <specula-lib>/NAME.py}) are left out, as CPython shows none for its C-implemented
     * modules (itertools, deque, functools.reduce, ...).
     *
     * @param lines source line lookup (filename, 1-based line) -> line without newline, or null
     */
    public static void formatStack(List<Frame> frames, BiFunction<String, Integer, String> lines, StringBuilder sb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        long count = 0;
        for (Frame f : frames) {
            if (f.filename() != null && f.filename().startsWith(Importer.LIB_PREFIX)) continue;
            if (lastFile == null || !lastFile.equals(f.filename()) || lastLine == -1 || f.lineno() != lastLine
                    || lastName == null || !lastName.equals(f.name())) {
                if (count > RECURSIVE_CUTOFF) appendRepeated(count, sb);
                lastFile = f.filename();
                lastLine = f.lineno();
                lastName = f.name();
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) formatFrame(f, lines.apply(f.filename(), f.lineno()), sb);
        }
        if (count > RECURSIVE_CUTOFF) appendRepeated(count, sb);
    }

    private static void appendRepeated(long count, StringBuilder sb) {
        long n = count - RECURSIVE_CUTOFF;
        sb.append("  [Previous line repeated ").append(n).append(n > 1 ? " more times]\n" : " more time]\n");
    }

    /** One entry: the File line, then (when the source line is known) the stripped line and carets. */
    public static void formatFrame(Frame f, String sourceLine, StringBuilder sb) {
        sb.append("  File \"").append(f.filename()).append("\", line ").append(f.lineno()).append(", in ")
                .append(f.name()).append('\n');
        if (sourceLine == null) return;
        int ws = leadingWhitespace(sourceLine);
        sb.append("    ").append(sourceLine, ws, sourceLine.length()).append('\n');
        String carets = caretLine(sourceLine, f.startLine(), f.endLine(), f.startCol(), f.endCol());
        if (carets != null) sb.append(carets).append('\n');
    }

    private static boolean isWs(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && isWs(s.charAt(i))) i++;
        return i;
    }

    /**
     * The caret line CPython 3.11 prints under the source line of a traceback entry, or null when
     * it prints none (unknown positions, or the range covers the whole stripped line and has no
     * operator/subscript anchors). {@code line} is the full source line (indentation kept, no
     * newline); columns are 0-based code-point offsets into it, end exclusive. The result includes
     * the 4-space indent and no newline.
     */
    public static String caretLine(String line, int startLine, int endLine, int startCol, int endCol) {
        if (line == null || startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
        int[] cp = line.codePoints().toArray();
        int len = cp.length;
        int start = Math.min(startCol, len + 1);
        int end = Math.min(endCol, len + 1);
        int ws = 0;
        while (ws < len && isWs(cp[ws])) ws++;
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (startLine == endLine) {
            int s = Math.min(start, len), e = Math.min(Math.max(end, s), len);
            int[] anchors = Anchors.find(java.util.Arrays.copyOfRange(cp, s, e));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
            }
        } else {
            int i = len;
            while (--i >= 0) {
                if (!isWs(cp[i])) break;
            }
            end = i + 1;
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == len - ws && !special) return null;
        // As CPython's print_error_location_carets: the 4-column indent is part of the walk.
        StringBuilder sb = new StringBuilder();
        for (int offset = ws - 4 + 1; offset <= end; offset++) {
            char c;
            if (offset <= start) c = ' ';
            else if (special && leftEnd < offset && offset <= rightStart) c = secondary;
            else c = primary;
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Appends CPython 3.11's location lines for a syntax error: {@code   File "f", line N}, then
     * (when text is known) the line without its indentation and a caret line from offset to
     * end offset (1-based; one caret when the end is unknown, on a later line, or not after offset).
     */
    public static void syntaxErrorLines(StringBuilder sb, String filename, int lineno, int offset, int endLineno,
                                        int endOffset, String text) {
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text == null) return;
        int lineSize = text.codePointCount(0, text.length());
        if (endLineno > lineno) endOffset = lineSize;
        if (endOffset > lineSize + 1) endOffset = lineSize + 1;
        int carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        int[] cp = text.codePoints().toArray();
        int pos = 0;
        int off = offset - 1;
        while (pos < cp.length && isWs(cp[pos])) {
            pos++;
            off--;
        }
        int len = cp.length - pos;
        if (len > 0 && cp[cp.length - 1] == '\n') len--;
        if (off > len) off = len;
        while (true) {
            int nl = -1;
            for (int i = pos; i < cp.length; i++) {
                if (cp[i] == '\n') {
                    nl = i - pos;
                    break;
                }
            }
            if (nl < 0 || nl >= off) break;
            nl += 1;
            pos += nl;
            len -= nl;
            off -= nl;
        }
        sb.append("    ").append(new String(cp, pos, cp.length - pos));
        if (pos + len >= cp.length || cp[pos + len] != '\n') sb.append('\n');
        if (off < 0) return;
        sb.append("    ");
        for (int i = 0; i < off; i++) sb.append(' ');
        for (int i = 0; i < carets; i++) sb.append('^');
        sb.append('\n');
    }

    // ------------------------------------------------------------------------------------------
    // Caret anchors

    /**
     * CPython 3.11's extract_anchors_from_line without a parser: when a traceback segment is a
     * single expression statement whose top node is a binary operation or a subscript, finds the
     * operator (or the bracketed slice) to highlight with {@code ^} among {@code ~}. Works on a
     * small token scan that skips brackets, strings and comments.
     */
    static final class Anchors {
        private Anchors() {}

        private static final int NAME = 0, NUMBER = 1, STRING = 2, OP = 3, OPEN = 4, CLOSE = 5;
        private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break",
                "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                "while", "with", "yield");
        private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<",
                ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*",
                "/", "%", "@", "&", "|", "^", "~", "<", ">", ",", ":", ";", ".", "="};

        private record Tok(int kind, int start, int end, String text) {}

        /**
         * Returns {leftEnd, rightStart} relative to the segment (the part shown with {@code ^}), or
         * null when CPython would show plain carets.
         */
        static int[] find(int[] seg) {
            List<Tok> toks = tokenize(seg);
            if (toks == null || toks.isEmpty() || toks.get(0).start() != 0) return null;
            int n = toks.size();
            int[] match = new int[n];
            int[] stack = new int[n];
            int sp = 0;
            for (int i = 0; i < n; i++) {
                Tok t = toks.get(i);
                match[i] = -1;
                if (t.kind() == OPEN) {
                    stack[sp++] = i;
                } else if (t.kind() == CLOSE) {
                    if (sp == 0) return null;
                    int o = stack[--sp];
                    if (!pairs(toks.get(o).text(), t.text())) return null;
                    match[o] = i;
                    match[i] = o;
                }
            }
            if (sp != 0) return null;

            // Walk the top level: operands, trailers and binary operators.
            boolean expectOperand = true, startsWithUnary = false, lastWasString = false;
            int bestOp = -1, bestLevel = Integer.MAX_VALUE, lastSubscriptOpen = -1;
            for (int i = 0; i < n; i++) {
                Tok t = toks.get(i);
                String x = t.text();
                if (expectOperand) {
                    lastSubscriptOpen = -1;
                    if (t.kind() == OP && (x.equals("+") || x.equals("-") || x.equals("~"))) {
                        if (i == 0) startsWithUnary = true;
                        continue;
                    }
                    if (t.kind() == OP && x.equals("...")) {
                        lastWasString = false;
                    } else if (t.kind() == NAME || t.kind() == NUMBER || t.kind() == STRING) {
                        if (t.kind() == NAME && KEYWORDS.contains(x)) return null;
                        lastWasString = t.kind() == STRING;
                    } else if (t.kind() == OPEN) {
                        i = match[i];
                        lastWasString = false;
                    } else {
                        return null;
                    }
                    expectOperand = false;
                } else {
                    if (t.kind() == OPEN && !x.equals("{")) {
                        lastSubscriptOpen = x.equals("[") ? i : -1;
                        i = match[i];
                        lastWasString = false;
                    } else if (t.kind() == OP && x.equals(".") && i + 1 < n && toks.get(i + 1).kind() == NAME
                            && !KEYWORDS.contains(toks.get(i + 1).text())) {
                        lastSubscriptOpen = -1;
                        lastWasString = false;
                        i++;
                    } else if (t.kind() == STRING && lastWasString) {
                        lastSubscriptOpen = -1;
                    } else if (t.kind() == OP && level(x) > 0) {
                        int lv = level(x);
                        // left-associative: the rightmost operator of the lowest level is the root;
                        // ** is right-associative: the leftmost one.
                        if (lv < bestLevel || (lv == bestLevel && lv != POW)) {
                            bestLevel = lv;
                            bestOp = i;
                        }
                        expectOperand = true;
                        lastWasString = false;
                    } else {
                        return null;
                    }
                }
            }
            if (expectOperand) return null;
            if (bestOp >= 0) {
                if (bestLevel == POW && startsWithUnary) return null; // -a ** b is a UnaryOp
                int leftEnd = astEnd(toks, match, 0, bestOp - 1);
                int rightStart = astStart(toks, match, bestOp + 1, n - 1);
                return binOpAnchors(seg, leftEnd, rightStart);
            }
            if (lastSubscriptOpen < 0 || startsWithUnary || match[lastSubscriptOpen] != n - 1) return null;
            int close = n - 1;
            if (close - lastSubscriptOpen < 2) return null;
            int left = astEnd(toks, match, 0, lastSubscriptOpen - 1);
            int right = astEnd(toks, match, lastSubscriptOpen + 1, close - 1) + 1;
            int len = seg.length;
            while (left < len && seg[left] != '[') left++;
            while (right < len && seg[right] != ']') right++;
            if (right < len) right++;
            return new int[] {left, right};
        }

        private static final int POW = 8;

        private static int level(String op) {
            switch (op) {
                case "|": return 1;
                case "^": return 2;
                case "&": return 3;
                case "<<": case ">>": return 4;
                case "+": case "-": return 5;
                case "*": case "/": case "//": case "%": case "@": return 6;
                case "**": return POW;
                default: return 0;
            }
        }

        private static int[] binOpAnchors(int[] seg, int leftEnd, int rightStart) {
            int l = -1, r = -1;
            for (int i = leftEnd; i < rightStart; i++) {
                if (isWs(seg[i])) continue;
                l = i;
                r = i + 1;
                if (i + 1 < rightStart && !isWs(seg[i + 1])) r++;
                if (i + 1 < rightStart && seg[i] == ')') continue;
                break;
            }
            return l < 0 ? null : new int[] {l, r};
        }

        /** True when tokens [from, to] are exactly one parenthesised group that the AST drops. */
        private static boolean isGroup(List<Tok> toks, int[] match, int from, int to) {
            if (from >= to || !toks.get(from).text().equals("(") || match[from] != to || to - from < 2) return false;
            int depth = 0;
            for (int i = from + 1; i < to; i++) {
                Tok t = toks.get(i);
                if (t.kind() == OPEN) depth++;
                else if (t.kind() == CLOSE) depth--;
                else if (depth == 0 && (t.text().equals(",") || (t.kind() == NAME && t.text().equals("for")))) {
                    return false; // a tuple or generator expression keeps its parentheses
                }
            }
            return true;
        }

        /** The AST end column of the expression spanning tokens [from, to]. */
        private static int astEnd(List<Tok> toks, int[] match, int from, int to) {
            while (isGroup(toks, match, from, to)) {
                from++;
                to--;
            }
            return toks.get(to).end();
        }

        /** The AST start column of the expression spanning tokens [from, to]. */
        private static int astStart(List<Tok> toks, int[] match, int from, int to) {
            while (isGroup(toks, match, from, to)) {
                from++;
                to--;
            }
            return toks.get(from).start();
        }

        private static boolean pairs(String open, String close) {
            return (open.equals("(") && close.equals(")")) || (open.equals("[") && close.equals("]"))
                    || (open.equals("{") && close.equals("}"));
        }

        /** Tokens of one logical line, or null when it does not tokenize. */
        private static List<Tok> tokenize(int[] s) {
            List<Tok> out = new ArrayList<>();
            int i = 0, n = s.length;
            while (i < n) {
                int c = s[i];
                if (isWs(c)) {
                    i++;
                } else if (c == '#') {
                    while (i < n && s[i] != '\n' && s[i] != '\r') i++;
                } else if (c == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
                    i += 2;
                } else if (c == '\n' || c == '\r') {
                    return null;
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s[i + 1]))) {
                    int st = i;
                    i = scanNumber(s, i);
                    out.add(new Tok(NUMBER, st, i, ""));
                } else if (c == '"' || c == '\'') {
                    int st = i;
                    i = scanString(s, i);
                    if (i < 0) return null;
                    out.add(new Tok(STRING, st, i, ""));
                } else if (c == '_' || Character.isLetter(c) || (c >= 128 && Character.isUnicodeIdentifierStart(c))) {
                    int st = i;
                    while (i < n && (s[i] == '_' || Character.isLetterOrDigit(s[i])
                            || (s[i] >= 128 && Character.isUnicodeIdentifierPart(s[i])))) i++;
                    String word = new String(s, st, i - st);
                    if (i < n && (s[i] == '"' || s[i] == '\'') && isStringPrefix(word)) {
                        i = scanString(s, i);
                        if (i < 0) return null;
                        out.add(new Tok(STRING, st, i, ""));
                    } else {
                        out.add(new Tok(NAME, st, i, word));
                    }
                } else if (c == '(' || c == '[' || c == '{') {
                    out.add(new Tok(OPEN, i, i + 1, String.valueOf((char) c)));
                    i++;
                } else if (c == ')' || c == ']' || c == '}') {
                    out.add(new Tok(CLOSE, i, i + 1, String.valueOf((char) c)));
                    i++;
                } else {
                    String op = null;
                    for (String o : OPERATORS) {
                        if (startsWith(s, i, o)) {
                            op = o;
                            break;
                        }
                    }
                    if (op == null) return null;
                    out.add(new Tok(OP, i, i + op.length(), op));
                    i += op.length();
                }
            }
            return out;
        }

        private static boolean startsWith(int[] s, int i, String o) {
            if (i + o.length() > s.length) return false;
            for (int k = 0; k < o.length(); k++) {
                if (s[i + k] != o.charAt(k)) return false;
            }
            return true;
        }

        private static boolean isStringPrefix(String w) {
            switch (w.toLowerCase(java.util.Locale.ROOT)) {
                case "r": case "u": case "b": case "f": case "br": case "rb": case "fr": case "rf": return true;
                default: return false;
            }
        }

        private static int scanNumber(int[] s, int i) {
            int n = s.length;
            if (s[i] == '0' && i + 1 < n && "xXoObB".indexOf(s[i + 1]) >= 0) {
                i += 2;
                while (i < n && (Character.isLetterOrDigit(s[i]) || s[i] == '_')) i++;
                return i;
            }
            while (i < n && (Character.isDigit(s[i]) || s[i] == '_')) i++;
            if (i < n && s[i] == '.') {
                i++;
                while (i < n && (Character.isDigit(s[i]) || s[i] == '_')) i++;
            }
            if (i < n && (s[i] == 'e' || s[i] == 'E')) {
                int j = i + 1;
                if (j < n && (s[j] == '+' || s[j] == '-')) j++;
                if (j < n && Character.isDigit(s[j])) {
                    i = j;
                    while (i < n && (Character.isDigit(s[i]) || s[i] == '_')) i++;
                }
            }
            if (i < n && (s[i] == 'j' || s[i] == 'J')) i++;
            return i;
        }

        /** Scans a string literal starting at its quote; returns the end, or -1 if unterminated. */
        private static int scanString(int[] s, int i) {
            int n = s.length;
            int q = s[i];
            boolean triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
            i += triple ? 3 : 1;
            while (i < n) {
                int c = s[i];
                if (c == '\\') {
                    i += 2;
                } else if (c == q) {
                    if (!triple) return i + 1;
                    if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) return i + 3;
                    i++;
                } else if (!triple && (c == '\n' || c == '\r')) {
                    return -1;
                } else {
                    i++;
                }
            }
            return -1;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Source lines

    /** Source files read once per printed exception, split as Python's universal newlines. */
    static final class SourceCache {
        private final Map<String, List<String>> files = new HashMap<>();

        /** The 1-based line of a file without its line terminator, or null. */
        String line(String filename, int lineno) {
            if (filename == null || lineno < 1) return null;
            if (filename.startsWith("<") && filename.endsWith(">")) return null;
            List<String> lines = files.computeIfAbsent(filename, SourceCache::read);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        }

        private static List<String> read(String filename) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(filename));
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                return splitLines(text);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }

    /** Splits on \n, \r\n and \r; a final terminator does not start another line. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }
}
