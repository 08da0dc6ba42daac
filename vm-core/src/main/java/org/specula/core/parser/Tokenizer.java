package org.specula.core.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11 tokenizer: turns source text into a list of {@link Token}s with INDENT/DEDENT,
 * NEWLINE and ENDMARKER tokens, as CPython's tokenizer does. The first error stops tokenizing: it is
 * recorded as a final ERROR token, which the parser raises when it reaches it (or earlier, when it
 * overrides a parser error found before it, as CPython does).
 *
 * <p>Columns are code-point offsets (CPython uses UTF-8 byte offsets; both agree for ASCII).
 */
final class Tokenizer {
    private static final int EOF = -1;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;

    private final int[] cp;
    private final int n;
    private final String source;
    private final String filename;
    /** For sub-tokenizers (f-string expressions): added to lines, and to columns of the first line. */
    private final int lineBase, colBase;
    private final List<Token> tokens = new ArrayList<>();

    private int pos;
    private int line = 1;
    private int lineStart;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private final char[] parenChar = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];
    private int level;
    private int[] lineStarts = new int[64];
    private boolean done;
    /** Start of a comment that ends the file without a newline, or -1. */
    private int eofCommentIndex = -1;

    private Tokenizer(String source, String filename, int lineBase, int colBase) {
        this.source = source;
        this.cp = source.codePoints().toArray();
        this.n = cp.length;
        this.filename = filename;
        this.lineBase = lineBase;
        this.colBase = colBase;
        lineStarts[1] = 0;
    }

    /** Tokenizes a whole source. The result ends with ENDMARKER or an ERROR token. */
    static List<Token> tokenize(String source, String filename) {
        return tokenize(source, filename, 0, 0);
    }

    /** Tokenizes a fragment whose first character is at (lineBase+1, colBase) in the real file. */
    static List<Token> tokenize(String source, String filename, int lineBase, int colBase) {
        Tokenizer t = new Tokenizer(normalizeNewlines(source), filename, lineBase, colBase);
        t.run();
        return t.tokens;
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ------------------------------------------------------------------ helpers

    private int at(int i) { return i < n ? cp[i] : EOF; }

    private int realLine(int l) { return l + lineBase; }

    private int realCol(int l, int c) { return l == 1 ? c + colBase : c; }

    private int colOf(int index) { return index - lineStart; }

    private void newLine(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
        if (line >= lineStarts.length) lineStarts = java.util.Arrays.copyOf(lineStarts, lineStarts.length * 2);
        lineStarts[line] = nextLineStart;
    }

    /** The text of line l (1-based, local numbering), without its newline. */
    private String lineText(int l) {
        int s = lineStarts[l];
        int e = s;
        while (e < n && cp[e] != '\n') e++;
        return new String(cp, s, e - s);
    }

    /** The text of line l for an error (CPython's SyntaxError.text): with its newline, if it has one. */
    private String errText(int l) {
        String t = lineText(l);
        int e = lineStarts[l] + t.codePointCount(0, t.length());
        return e < n ? t + "\n" : t;
    }

    private void add(int type, int startIndex, int startLine, int startCol, int endIndex) {
        String text = new String(cp, startIndex, endIndex - startIndex);
        Token t = new Token(type, text, realLine(startLine), realCol(startLine, startCol), realLine(line),
                realCol(line, colOf(endIndex)));
        t.level = level;
        tokens.add(t);
    }

    private void addSynthetic(int type, int errOffset) {
        Token t = new Token(type, "", realLine(line), realCol(line, colOf(pos)), realLine(line), realCol(line, colOf(pos)));
        t.errOffset = errOffset;
        tokens.add(t);
    }

    private SyntaxErrorException error(String kind, String msg, int l, int offset, int endOffset) {
        return new SyntaxErrorException(kind, msg, filename, realLine(l), realCol(l, offset - 1) + 1, realLine(l),
                endOffset <= 0 ? endOffset : realCol(l, endOffset - 1) + 1, errText(l));
    }

    private void fail(SyntaxErrorException e, boolean overrides) {
        if (overrides && e.text != null && e.text.endsWith("\n")) {
            // errors raised by CPython's tokenizer itself (its syntaxerror()) have text without the newline
            e = new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset,
                    e.text.substring(0, e.text.length() - 1));
        }
        e.fromTokenizer = overrides;
        // the tokenizer's line when it stopped (at the end of input: the last line, as CPython counts)
        e.tokLine = realLine(pos >= n && n > 0 && cp[n - 1] == '\n' && line > 1 ? line - 1 : line);
        Token t = new Token(Token.ERROR, "", e.lineno, Math.max(0, e.offset - 1), e.lineno, Math.max(0, e.offset - 1));
        t.error = e;
        t.overrides = overrides;
        if (!overrides && level > 0) {
            t.unclosed = neverClosed();
            t.unclosed.tokLine = e.tokLine;
        }
        tokens.add(t);
        done = true;
    }

    /** "'(' was never closed" for the innermost open bracket. */
    private SyntaxErrorException neverClosed() {
        int l = parenLine[level - 1];
        return new SyntaxErrorException("SyntaxError", "'" + parenChar[level - 1] + "' was never closed", filename,
                realLine(l), realCol(l, parenCol[level - 1]) + 1, realLine(l), 0, errText(l));
    }

    /** CPython's tokenizer syntaxerror(): offset is the current column (i.e. 1-based of the char before). */
    private void syntaxError(String msg, int curIndex) {
        int off = colOf(curIndex);
        fail(error("SyntaxError", msg, line, off, off), true);
    }

    private static boolean isIdStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 128 && Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
                || c >= 128 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** CPython's is_potential_identifier_char: letters, digits, underscore, any non-ASCII. */
    private static boolean isPotentialIdChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' || c >= 128;
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    // ------------------------------------------------------------------ main loop

    private void run() {
        boolean atLineStart = true;
        while (!done) {
            if (atLineStart && level == 0) {
                if (!indentation()) continue; // a blank line was skipped: still at a line start
                atLineStart = false;
                if (done) return;
            }
            int c = at(pos);
            while (c == ' ' || c == '\t' || c == '\f') c = at(++pos);
            if (c == EOF) {
                endOfInput();
                return;
            }
            if (c == '#') {
                int commentStart = pos;
                while (pos < n && cp[pos] != '\n') pos++;
                if (pos >= n) eofCommentIndex = commentStart;
                if (level == 0 && pos < n) {
                    // as CPython, a NEWLINE after a comment starts where the comment starts
                    tokens.add(new Token(Token.NEWLINE, "\n", realLine(line), realCol(line, colOf(commentStart)),
                            realLine(line), realCol(line, colOf(pos))));
                    pos++;
                    newLine(pos);
                    atLineStart = true;
                }
                continue;
            }
            if (c == '\n') {
                if (level > 0) {
                    pos++;
                    newLine(pos);
                    continue;
                }
                tokens.add(new Token(Token.NEWLINE, "\n", realLine(line), realCol(line, colOf(pos)), realLine(line),
                        realCol(line, colOf(pos))));
                pos++;
                newLine(pos);
                atLineStart = true;
                continue;
            }
            if (c == '\\') {
                int d = at(pos + 1);
                if (d == '\n') {
                    pos += 2;
                    newLine(pos);
                    if (at(pos) == EOF) {
                        if (level > 0) {
                            fail(neverClosed(), false);
                            return;
                        }
                        fail(error("SyntaxError", "unexpected EOF while parsing", line - 1,
                                colOf(pos - 2 - lineStarts[line - 1] + lineStart) + 2, -1), false);
                        return;
                    }
                    continue;
                }
                if (d == EOF) {
                    fail(error("SyntaxError", "unexpected EOF while parsing", line, colOf(pos) + 2, -1), false);
                    return;
                }
                fail(error("SyntaxError", "unexpected character after line continuation character", line,
                        colOf(pos) + 2, 0), false);
                return;
            }
            if (isIdStart(c)) {
                identifierOrString();
            } else if (isDigit(c) || c == '.' && isDigit(at(pos + 1))) {
                number();
            } else if (c == '\'' || c == '"') {
                string(pos, pos, false);
            } else {
                operator(c);
            }
        }
    }

    /** Handles indentation at the start of a logical line. Returns false when the line was blank. */
    private boolean indentation() {
        int col = 0, alt = 0;
        int contCol = 0; // CPython's cont_line_col: 0 also means "none yet"
        int p = pos;
        for (;;) {
            int c = at(p);
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }
            else if (c == '\\') {
                // a backslash continuation inside the indentation: the first one fixes the level
                if (contCol == 0) contCol = col;
                if (at(p + 1) != '\n') {
                    pos = p;
                    fail(error("SyntaxError", at(p + 1) == EOF ? "unexpected EOF while parsing"
                            : "unexpected character after line continuation character", line, colOf(p) + 2,
                            at(p + 1) == EOF ? -1 : 0), false);
                    return true;
                }
                p += 2;
                newLine(p);
                if (at(p) == EOF) {
                    // a continuation line ending the file: CPython's tokenizer hits EOF inside it
                    pos = p;
                    SyntaxErrorException e = error("SyntaxError", "unexpected EOF while parsing", line - 1,
                            p - 2 - lineStarts[line - 1] + 2, -1);
                    e.eofLocated = true;
                    fail(e, false);
                    return true;
                }
                continue;
            }
            else break;
            p++;
        }
        if (contCol != 0) {
            col = contCol;
            alt = contCol;
        }
        int c = at(p);
        if (c == '#' || c == '\n') {
            // blank or comment-only line: no indentation processing, no NEWLINE
            while (p < n && cp[p] != '\n') p++;
            if (p < n) {
                pos = p + 1;
                newLine(pos);
                return false;
            }
            pos = p;
            return true;
        }
        if (c == EOF) {
            pos = p;
            return true;
        }
        int width = colOf(p); // from the start of the current physical line (after continuations)
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                pos = p;
                tabError();
                return true;
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                pos = p;
                fail(error("IndentationError", "too many levels of indentation", line, width, -1), false);
                return true;
            }
            if (alt <= altIndents[indentTop]) {
                pos = p;
                tabError();
                return true;
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            pos = p;
            addSynthetic(Token.INDENT, width);
        } else {
            int count = 0;
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                count++;
            }
            pos = p;
            if (col != indents[indentTop]) {
                int len = lineText(line).length();
                fail(error("IndentationError", "unindent does not match any outer indentation level", line,
                        len + 1, -1), false);
                return true;
            }
            if (alt != altIndents[indentTop]) {
                tabError();
                return true;
            }
            for (int i = 0; i < count; i++) addSynthetic(Token.DEDENT, width);
        }
        return true;
    }

    private void tabError() {
        fail(error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, 0), false);
    }

    private void endOfInput() {
        if (level > 0) {
            fail(neverClosed(), false);
            return;
        }
        int lastLine = line;
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.type != Token.NEWLINE && last.type != Token.DEDENT && last.type != Token.INDENT) {
                int nlCol = colOf(pos);
                int cs = eofCommentIndex >= 0 ? colOf(eofCommentIndex) : -1;
                Token nl = new Token(Token.NEWLINE, "", realLine(line), realCol(line, cs >= 0 ? cs : nlCol),
                        realLine(line), realCol(line, nlCol));
                nl.eof = true;
                tokens.add(nl);
            }
        }
        // errors at the end of input are reported on the last physical line, after its newline
        if (n > 0 && cp[n - 1] == '\n' && line > 1) lastLine = line - 1;
        int errOffset = lineText(lastLine).length() + 1;
        while (indentTop > 0) {
            indentTop--;
            Token d = new Token(Token.DEDENT, "", realLine(lastLine), 0, realLine(lastLine), 0);
            d.errOffset = errOffset;
            d.eof = true;
            tokens.add(d);
        }
        Token end = new Token(Token.ENDMARKER, "", realLine(lastLine), 0, realLine(lastLine), 0);
        end.errOffset = errOffset;
        end.eof = true;
        tokens.add(end);
        done = true;
    }

    // ------------------------------------------------------------------ names and strings

    private void identifierOrString() {
        int start = pos;
        int startCol = colOf(pos);
        int p = pos;
        while (isIdChar(at(p))) p++;
        int q = at(p);
        if ((q == '\'' || q == '"') && p - start <= 2) {
            boolean saw_b = false, saw_r = false, saw_u = false, saw_f = false, ok = true;
            for (int i = start; i < p; i++) {
                int c = cp[i] | 0x20;
                if (c == 'b' && !saw_b && !saw_u && !saw_f) saw_b = true;
                else if (c == 'r' && !saw_r && !saw_u) saw_r = true;
                else if (c == 'u' && !saw_u && !saw_b && !saw_r && !saw_f && p - start == 1) saw_u = true;
                else if (c == 'f' && !saw_f && !saw_b && !saw_u) saw_f = true;
                else ok = false;
            }
            if (ok) {
                string(start, p, saw_b);
                return;
            }
        }
        int c = at(p);
        if (c >= 128 && !isIdChar(c) || !isIdStart(cp[start])) {
            invalidCharacter(c >= 128 && !isIdChar(c) ? p : start);
            return;
        }
        pos = p;
        add(Token.NAME, start, line, startCol, p);
        for (int i = start; i < p; i++) {
            if (cp[i] >= 128) {
                // as CPython, non-ASCII identifiers are NFKC-normalized
                Token t = tokens.remove(tokens.size() - 1);
                Token nt = new Token(Token.NAME, java.text.Normalizer.normalize(t.text, java.text.Normalizer.Form.NFKC),
                        t.line, t.col, t.endLine, t.endCol);
                nt.level = t.level;
                tokens.add(nt);
                break;
            }
        }
    }

    private void invalidCharacter(int index) {
        int c = cp[index];
        String hex = Integer.toHexString(c).toUpperCase();
        while (hex.length() < 4) hex = "0" + hex;
        int off = colOf(index) + 1;
        String shown = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? "invalid non-printable character U+" + hex
                : "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")";
        fail(error("SyntaxError", shown, line, off, off), true);
    }

    /** Scans a string literal; start is the prefix start, quoteIndex the opening quote. */
    private void string(int start, int quoteIndex, boolean bytes) {
        int startLine = line;
        int startCol = colOf(start);
        int q = cp[quoteIndex];
        int p = quoteIndex + 1;
        boolean triple = false;
        if (at(p) == q && at(p + 1) == q) {
            triple = true;
            p += 2;
        }
        for (;;) {
            int c = at(p);
            if (c == EOF || c == '\n' && !triple) {
                int detected = line;
                if (c == EOF && n > 0 && cp[n - 1] == '\n') detected = line - 1;
                String msg = triple ? "unterminated triple-quoted string literal (detected at line " + realLine(detected) + ")"
                        : "unterminated string literal (detected at line " + realLine(detected) + ")";
                fail(error("SyntaxError", msg, startLine, startCol + 1,
                        startCol + 1), true);
                return;
            }
            p++;
            if (c == '\\') {
                int d = at(p);
                if (d == EOF) continue;
                p++;
                if (d == '\n') newLine(p);
                continue;
            }
            if (c == '\n') {
                newLine(p);
                continue;
            }
            if (c == q) {
                if (!triple) break;
                if (at(p) == q && at(p + 1) == q) {
                    p += 2;
                    break;
                }
            }
        }
        pos = p;
        if (bytes) {
            fail(new SyntaxErrorException("SyntaxError", "bytes literals are not supported by Specula yet", filename,
                    realLine(startLine), realCol(startLine, startCol) + 1, realLine(line), realCol(line, colOf(p)) + 1,
                    errText(startLine)), false); // a Specula limit, not a CPython tokenizer error: earlier parser errors win
            return;
        }
        String text = new String(cp, start, p - start);
        Token t = new Token(Token.STRING, text, realLine(startLine), realCol(startLine, startCol), realLine(line),
                realCol(line, colOf(p)));
        t.level = level;
        tokens.add(t);
    }

    // ------------------------------------------------------------------ numbers

    private int p; // scanning index used by number()

    private void number() {
        int start = pos;
        int startCol = colOf(pos);
        p = pos;
        int c = at(p);
        if (c == '.') {
            p++;
            if (!fraction()) return;
            finishNumber(start, startCol);
            return;
        }
        if (c == '0') {
            int x = at(p + 1);
            if (x == 'x' || x == 'X') {
                p += 2;
                if (!radix(16, "hexadecimal")) return;
            } else if (x == 'o' || x == 'O') {
                p += 2;
                if (!radix(8, "octal")) return;
            } else if (x == 'b' || x == 'B') {
                p += 2;
                if (!radix(2, "binary")) return;
            } else {
                boolean nonzero = false;
                p++;
                for (;;) {
                    while (at(p) == '0') p++;
                    if (at(p) == '_') {
                        p++;
                        if (!isDigit(at(p))) {
                            syntaxError("invalid decimal literal", p);
                            return;
                        }
                    } else break;
                }
                int zerosEnd = p;
                if (isDigit(at(p))) {
                    nonzero = true;
                    if (!decimalTail()) return;
                }
                c = at(p);
                if (c == '.') {
                    p++;
                    if (!fraction()) return;
                } else if (c == 'e' || c == 'E') {
                    if (!exponent()) return;
                } else if (c == 'j' || c == 'J') {
                    p++;
                    if (!imaginary(start)) return;
                } else if (nonzero) {
                    fail(error("SyntaxError",
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            line, startCol + 1, colOf(zerosEnd) + 1), true);
                    return;
                } else if (!verifyEnd("decimal")) return;
            }
        } else {
            if (!decimalTail()) return;
            c = at(p);
            if (c == '.') {
                p++;
                if (!fraction()) return;
            } else if (c == 'e' || c == 'E') {
                if (!exponent()) return;
            } else if (c == 'j' || c == 'J') {
                p++;
                if (!imaginary(start)) return;
            } else if (!verifyEnd("decimal")) return;
        }
        finishNumber(start, startCol);
    }

    private void finishNumber(int start, int startCol) {
        if (done) return;
        pos = p;
        add(Token.NUMBER, start, line, startCol, p);
    }

    /** Digits (with single underscores) after a radix prefix; p is after the prefix. */
    private boolean radix(int radix, String kind) {
        int c = at(p);
        do {
            if (c == '_') c = at(++p);
            if (Character.digit(c, radix) < 0 || c >= 128) {
                if (radix != 16 && isDigit(c)) {
                    p++;
                    syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", p);
                } else {
                    syntaxError("invalid " + kind + " literal", p);
                }
                return false;
            }
            do { c = at(++p); } while (Character.digit(c, radix) >= 0 && c < 128);
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            p++;
            syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", p);
            return false;
        }
        return verifyEnd(kind);
    }

    /** Digits with single underscores; p is at the first digit. Leaves p at the first non-digit. */
    private boolean decimalTail() {
        for (;;) {
            while (isDigit(at(p))) p++;
            if (at(p) != '_') return true;
            p++;
            if (!isDigit(at(p))) {
                syntaxError("invalid decimal literal", p);
                return false;
            }
        }
    }

    /** After the '.', p at the first fraction char. */
    private boolean fraction() {
        if (isDigit(at(p)) && !decimalTail()) return false;
        int c = at(p);
        if (c == 'e' || c == 'E') return exponent();
        if (c == 'j' || c == 'J') {
            p++;
            return imaginary(-1);
        }
        return verifyEnd("decimal");
    }

    /** p at 'e'. */
    private boolean exponent() {
        int ePos = p;
        p++;
        int c = at(p);
        if (c == '+' || c == '-') {
            p++;
            if (!isDigit(at(p))) {
                syntaxError("invalid decimal literal", p);
                return false;
            }
        } else if (!isDigit(c)) {
            p = ePos;
            return verifyEnd("decimal");
        }
        if (!decimalTail()) return false;
        c = at(p);
        if (c == 'j' || c == 'J') {
            p++;
            return imaginary(-1);
        }
        return verifyEnd("decimal");
    }

    private boolean imaginary(int start) {
        if (!verifyEnd("imaginary")) return false;
        int s = pos;
        fail(new SyntaxErrorException("SyntaxError", "complex numbers are not supported by Specula yet", filename,
                realLine(line), realCol(line, colOf(s)) + 1, realLine(line), realCol(line, colOf(p)) + 1,
                errText(line)), false); // a Specula limit, not a CPython tokenizer error: earlier parser errors win
        return false;
    }

    /** CPython's verify_end_of_number; p is at the char after the number. */
    private boolean verifyEnd(String kind) {
        int c = at(p);
        boolean r = false;
        switch (c) {
            case 'a' -> r = lookahead("nd");
            case 'e' -> r = lookahead("lse");
            case 'f' -> r = lookahead("or");
            case 'i' -> { int d = at(p + 1); r = d == 'f' || d == 'n' || d == 's'; }
            case 'o' -> r = lookahead("r");
            case 'n' -> r = lookahead("ot");
            default -> { }
        }
        if (r) return true;
        if (c != EOF && isPotentialIdChar(c)) {
            syntaxError("invalid " + kind + " literal", p);
            return false;
        }
        return true;
    }

    private boolean lookahead(String s) {
        for (int i = 0; i < s.length(); i++) if (at(p + 1 + i) != s.charAt(i)) return false;
        int after = at(p + 1 + s.length());  // as CPython: the keyword must end there (100.format is no 'for')
        return after == EOF || !isPotentialIdChar(after);
    }

    // ------------------------------------------------------------------ operators

    private static final String[] OPS3 = {"**=", "...", "//=", "<<=", ">>="};
    private static final String[] OPS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
            "<=", "==", ">=", ">>", "@=", "^=", "|="};

    private void operator(int c) {
        int start = pos;
        int startCol = colOf(pos);
        if (c == '(' || c == '[' || c == '{') {
            if (level >= MAX_LEVEL) {
                syntaxError("too many nested parentheses", pos + 1);
                return;
            }
            parenChar[level] = (char) c;
            parenLine[level] = line;
            parenCol[level] = startCol;
            level++;
            pos++;
            add(Token.OP, start, line, startCol, pos);
            return;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (level == 0) {
                syntaxError("unmatched '" + (char) c + "'", pos + 1);
                return;
            }
            level--;
            char open = parenChar[level];
            if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + open + "'";
                if (parenLine[level] != line) msg += " on line " + realLine(parenLine[level]);
                syntaxError(msg, pos + 1);
                return;
            }
            pos++;
            add(Token.OP, start, line, startCol, pos);
            return;
        }
        if (c >= 128) {
            invalidCharacter(pos);
            return;
        }
        for (String op : OPS3) if (matches(op)) { pos += 3; add(Token.OP, start, line, startCol, pos); return; }
        for (String op : OPS2) if (matches(op)) { pos += 2; add(Token.OP, start, line, startCol, pos); return; }
        if (c < 32 && c != '\t' && c != '\f') {
            invalidCharacter(pos);
            return;
        }
        pos++;
        add(Token.OP, start, line, startCol, pos);
    }

    private boolean matches(String op) {
        for (int i = 0; i < op.length(); i++) if (at(pos + i) != op.charAt(i)) return false;
        return true;
    }
}
