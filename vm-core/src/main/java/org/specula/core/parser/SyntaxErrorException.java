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
}
