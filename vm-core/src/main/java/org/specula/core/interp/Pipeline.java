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
        java.util.List<Object[]> warnings = new java.util.ArrayList<>();
        try {
            return Compiler.compileModule(module, filename, warnings);
        } catch (SyntaxErrorException e) {
            throw withSourceLine(e, source);
        } finally {
            printWarnings(warnings, source, filename);
        }
    }

    /** Writes compile-time SyntaxWarnings to stderr as the warnings module shows them. */
    static void printWarnings(java.util.List<Object[]> warnings, String source, String filename) {
        if (warnings.isEmpty()) return;
        PyRuntime rt;
        try {
            rt = PyRuntime.current();
        } catch (IllegalStateException e) {
            return;
        }
        if (rt.stderr == null) return;
        String[] lines = source.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (Object[] w : warnings) {
            int line = (Integer) w[0];
            sb.append(filename).append(':').append(line).append(": SyntaxWarning: ").append(w[1]).append('\n');
            if (!filename.startsWith("<") && line >= 1 && line <= lines.length) {
                String text = lines[line - 1].strip();
                if (!text.isEmpty()) sb.append("  ").append(text).append('\n');
            }
        }
        rt.stderr.print(sb);
        rt.stderr.flush();
    }

    /** The compiler does not see the source text: add the offending line, as CPython shows it. */
    static SyntaxErrorException withSourceLine(SyntaxErrorException e, String source) {
        if (e.text != null || e.lineno < 1) return e;
        String[] lines = source.split("\n", -1);
        if (e.lineno > lines.length) return e;
        String line = lines[e.lineno - 1];
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
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
