package org.specula.core.parser;

/**
 * A syntax (or indentation) error found by the tokenizer, parser or compiler. The VM turns it
 * into a Python {@code SyntaxError} / {@code IndentationError} / {@code TabError} with these
 * fields (CPython's filename, lineno, offset, text, end_lineno, end_offset; offsets 1-based).
 */
public final class SyntaxErrorException extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based column of the error start, as CPython's SyntaxError.offset. */
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The source line (without trailing newline), or null. */
    public final String text;
    /**
     * True when the error is located at the end of the input (a token CPython's tokenizer gives no
     * column: DEDENT/ENDMARKER at end of file, or a line continuation at end of file). CPython reports
     * these at the current tokenizer column, which is 0 when the main program is read from a file or
     * stdin (the line buffer was reset at EOF), see {@link #asFileInput()}.
     */
    public boolean eofLocated;
    /** Located at the NEWLINE the tokenizer adds at the end of input without a final newline. */
    public boolean eofNewline;
    /** The line CPython's tokenizer had reached when the error was raised (0: unknown). */
    public int tokLine;
    /** Raised by CPython's tokenizer itself (its syntaxerror()): columns are always characters. */
    public boolean fromTokenizer;
    /** Raised by the compiler (AST positions): CPython reports UTF-8 byte columns. */
    public boolean fromCompiler;

    public SyntaxErrorException(String kind, String msg, String filename, int lineno, int offset, int endLineno,
                                int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** This error as CPython reports it when the program is read from a file or stdin, not a string. */
    public SyntaxErrorException asFileInput() {
        if (!eofLocated) return this;
        SyntaxErrorException e = new SyntaxErrorException(kind, msg, filename, lineno, 0, endLineno, endOffset, text);
        e.tokLine = tokLine;
        return e;
    }

    /**
     * The text as CPython's parser and compiler read it back from a file (err_programtext): in
     * chunks of 999 bytes, keeping the last chunk of a longer line.
     */
    public SyntaxErrorException withFileText() {
        if (fromTokenizer || text == null) return this;
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length <= 999) return this;
        int start = 999 * ((b.length - 1) / 999);
        String t = new String(b, start, b.length - start, java.nio.charset.StandardCharsets.UTF_8);
        SyntaxErrorException e = new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, t);
        e.eofLocated = eofLocated;
        e.eofNewline = eofNewline;
        e.tokLine = tokLine;
        e.fromCompiler = fromCompiler;
        return e;
    }

    /**
     * This error as CPython reports it for eval() of a string: its tokenizer adds no newline, so an
     * error at the end of the input has no column (offset and end offset 0).
     */
    public SyntaxErrorException asEvalInput() {
        if (!eofLocated && !eofNewline) return this;
        SyntaxErrorException e = new SyntaxErrorException(kind, msg, filename, lineno, 0, endLineno, 0, text);
        e.tokLine = tokLine;
        return e;
    }

    /**
     * This error as CPython reports it for source read as bytes (a file, stdin, an import) with
     * no coding declaration or BOM: its parser then leaves the columns as UTF-8 byte offsets (the
     * tokenizer's own errors still count characters). Compiler errors count bytes in every mode.
     */
    public SyntaxErrorException withByteColumns(boolean bytesSource, String source) {
        if (fromTokenizer || !(fromCompiler || bytesSource)) return this;
        String line = text;
        if (line == null && source != null && lineno >= 1) {
            String[] lines = source.split("\n", -1);
            if (lineno <= lines.length) line = lines[lineno - 1];
        }
        if (line == null) return this;
        int off = byteColumn(line, offset), endOff = endLineno == lineno ? byteColumn(line, endOffset) : endOffset;
        if (off == offset && endOff == endOffset) return this;
        SyntaxErrorException e = new SyntaxErrorException(kind, msg, filename, lineno, off, endLineno, endOff, text);
        e.eofLocated = eofLocated;
        e.tokLine = tokLine;
        e.fromCompiler = fromCompiler;
        return e;
    }

    /** A 1-based character column of the text as a 1-based UTF-8 byte column. */
    private static int byteColumn(String text, int col) {
        if (col <= 1) return col;
        int cps = text.codePointCount(0, text.length());
        int n = Math.min(col - 1, cps);
        String prefix = text.substring(0, text.offsetByCodePoints(0, n));
        return prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + (col - 1 - n) + 1;
    }

    /**
     * This error as CPython reports it for a program given as a string (exec, compile, -c): the
     * text of an error on a line before the one the tokenizer had reached has no newline (CPython
     * finds it in its whole-source buffer rather than its current-line buffer).
     */
    public SyntaxErrorException asStringInput() {
        if (text == null || !text.endsWith("\n") || tokLine <= lineno) return this;
        SyntaxErrorException e = new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset,
                text.substring(0, text.length() - 1));
        e.eofLocated = eofLocated;
        e.tokLine = tokLine;
        return e;
    }
}
