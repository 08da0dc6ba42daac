package org.specula.core.interp;

import org.specula.core.ast.Ast;
import org.specula.core.code.CodeObject;
import org.specula.core.compiler.Compiler;
import org.specula.core.parser.Parser;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;

/** source -> tokens -> AST -> code object: the front half of the pipeline in one call. */
public final class Pipeline {
    private Pipeline() {}

    /** Compiles a module's source; throws SyntaxErrorException on bad input. */
    public static CodeObject compile(String source, String filename) {
        Ast.Module module = Parser.parseModule(source, filename);
        try {
            return Compiler.compileModule(module, filename);
        } catch (SyntaxErrorException e) {
            throw withSourceLine(e, source);
        }
    }

    /** As CPython's string tokenizer for exec input (exec(), compile(), -c): the source ends with a newline. */
    public static String stringInput(String src) {
        return src.endsWith("\n") || src.endsWith("\r") ? src : src + "\n";
    }

    /** The compiler does not see the source text: add the offending line, as CPython shows it. */
    static SyntaxErrorException withSourceLine(SyntaxErrorException e, String source) {
        if (e.text != null || e.lineno < 1) return e;
        String[] lines = source.split("\n", -1);
        if (e.lineno > lines.length) return e;
        String line = lines[e.lineno - 1];
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (e.lineno < lines.length) line += "\n"; // CPython's SyntaxError.text keeps the newline
        return new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset, line);
    }

    /** Compiles source for import or exec: bad input raises a Python SyntaxError. */
    static CodeObject compileRaising(String source, String filename) {
        try {
            return compile(source, filename);
        } catch (SyntaxErrorException e) {
            throw toPython(e);
        }
    }

    /** The Python SyntaxError (or IndentationError, TabError) for a compile-time error. */
    static PyException toPython(SyntaxErrorException e) {
        Object t = PyRuntime.current().builtins.dict.getStr(e.kind);
        PyType type = t instanceof PyType pt ? pt : Errors.SyntaxError;
        Object text = e.text == null ? Py.None : e.text;
        PyTuple details = new PyTuple(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno,
                (long) e.endOffset);
        PyBaseException exc = (PyBaseException) Ops.call(type, new Object[] {e.msg, details}, null);
        return new PyException(exc);
    }
}
