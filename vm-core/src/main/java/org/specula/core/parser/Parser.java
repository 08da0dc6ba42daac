package org.specula.core.parser;

import org.specula.core.ast.Ast;

/** Recursive-descent parser for Python 3.11 source, producing {@link Ast} nodes. */
public final class Parser {
    /** Parses a whole file ("exec" mode). Throws SyntaxErrorException on bad input. */
    public static Ast.Module parseModule(String source, String filename) { throw new UnsupportedOperationException("TODO"); }

    /** Parses a single expression ("eval" mode). */
    public static Ast.Expression parseExpression(String source, String filename) { throw new UnsupportedOperationException("TODO"); }
}
