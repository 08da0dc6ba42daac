package org.specula.core.parser;

/** One token produced by the {@link Tokenizer}. Lines are 1-based, columns 0-based code points. */
final class Token {
    static final int NAME = 1, NUMBER = 2, STRING = 3, OP = 4, NEWLINE = 5, INDENT = 6, DEDENT = 7, ENDMARKER = 8,
            ERROR = 9;

    final int type;
    /** The token text (for STRING the whole literal including prefix and quotes). */
    final String text;
    final int line, col, endLine, endCol;
    /**
     * For INDENT/DEDENT/ENDMARKER: the 1-based offset CPython reports for errors located at this token
     * (these tokens have no start column in CPython's tokenizer).
     */
    int errOffset = -1;
    /** True for the NEWLINE/DEDENT/ENDMARKER tokens made at the end of the input. */
    boolean eof;
    /** For ERROR: the tokenizer error to raise when the parser reaches this token. */
    SyntaxErrorException error;
    /** For ERROR: true when this error overrides a parser error found earlier in the file. */
    boolean overrides;
    /**
     * For ERROR: when brackets were open at the error, the "'(' was never closed" error that replaces a
     * parser error found on a later line than the bracket (CPython's full-source check).
     */
    SyntaxErrorException unclosed;
    /** Bracket nesting level after this token (CPython's tok->level). */
    int level;

    Token(int type, String text, int line, int col, int endLine, int endCol) {
        this.type = type;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    boolean isOp(String s) { return type == OP && text.equals(s); }

    boolean isKeyword(String s) { return type == NAME && text.equals(s); }

    @Override public String toString() { return type + ":" + text + "@" + line + ":" + col; }
}
