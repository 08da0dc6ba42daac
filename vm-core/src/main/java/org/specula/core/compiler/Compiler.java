package org.specula.core.compiler;

import org.specula.core.ast.Ast;
import org.specula.core.code.CodeObject;

/** Compiles an AST into code objects (symbol table, code generation, exception table, assembly). */
public final class Compiler {
    /** Compiles a module; throws SyntaxErrorException for errors found at compile time. */
    public static CodeObject compileModule(Ast.Module module, String filename) { throw new UnsupportedOperationException("TODO"); }

    /** Compiles an expression for eval(): the code returns the value. */
    public static CodeObject compileExpression(Ast.Expression expr, String filename) { throw new UnsupportedOperationException("TODO"); }
}
