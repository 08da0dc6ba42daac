package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.compiler.Compiler;
import org.specula.core.parser.Parser;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyType;

import java.util.Arrays;

/**
 * The builtins that need the interpreter: __build_class__, globals, locals, exec, eval and
 * __import__. Installed into the builtins module after the runtime's own builtins.
 */
final class InterpreterBuiltins {
    private InterpreterBuiltins() {}

    static void install(PyModule builtins) {
        PyDict d = builtins.dict;
        d.put("__build_class__", new PyBuiltinFunction("__build_class__", false, InterpreterBuiltins::buildClass));
        d.put("globals", new PyBuiltinFunction("globals", false, (args, kw) -> {
            noArgs("globals", args, kw);
            return Interpreter.state().top.globals;
        }));
        PyBuiltinFunction locals = new PyBuiltinFunction("locals", false, (args, kw) -> {
            noArgs("locals", args, kw);
            return localsOf(Interpreter.state().top);
        });
        PyBuiltinFunction exec = new PyBuiltinFunction("exec", false, (args, kw) -> evalOrExec("exec", args, kw));
        PyBuiltinFunction eval = new PyBuiltinFunction("eval", false, (args, kw) -> evalOrExec("eval", args, kw));
        for (PyBuiltinFunction b : new PyBuiltinFunction[] {locals, exec, eval}) {
            b.readsFrame = true;
            d.put(b.name, b);
        }
        d.put("__import__", new PyBuiltinFunction("__import__", false, (args, kw) -> {
            if (args.length < 1 || !(args[0] instanceof String name)) {
                throw Errors.typeError("__import__() argument 1 must be str");
            }
            return Importer.importName(PyRuntime.current(), name, Py.None, 0, null);
        }));
    }

    private static void noArgs(String name, Object[] args, String[] kw) {
        if (args.length != 0) throw Errors.typeError(name + "() takes no arguments (" + args.length + " given)");
    }

    /** locals(): the frame's name dict, or a snapshot of a function's fast locals and cells. */
    static PyDict localsOf(Frame f) {
        if (f.locals != null) return f.locals;
        PyDict d = new PyDict();
        String[] vn = f.code.varnames;
        for (int i = 0; i < vn.length; i++) {
            if (f.fast[i] != null) d.put(vn[i], f.fast[i]);
        }
        CodeObject c = f.code;
        for (int i = 0; i < f.cells.length; i++) {
            String name = i < c.cellvars.length ? c.cellvars[i] : c.freevars[i - c.cellvars.length];
            if (f.cells[i] != null && f.cells[i].contents != null) d.put(name, f.cells[i].contents);
        }
        return d;
    }

    /** __build_class__(func, name, *bases, **kwds): runs the class body, then creates the class. */
    private static Object buildClass(Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof String name)) throw Errors.typeError("__build_class__: name is not a string");
        Object[] bases = Arrays.copyOfRange(args, 2, npos);
        Object[] kwValues = Arrays.copyOfRange(args, npos, args.length);
        PyDict ns = new PyDict();
        Interpreter.runClassBody(body, ns);
        return PyType.buildClass(name, bases, ns, kwValues, kw);
    }

    private static Object evalOrExec(String mode, Object[] args, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(mode + "() takes no keyword arguments");
        if (args.length < 1 || args.length > 3) {
            throw Errors.typeError(mode + " expected at most 3 arguments, got " + args.length);
        }
        Frame caller = Interpreter.state().top;
        PyDict globals = args.length > 1 && args[1] != Py.None ? asDict(args[1], mode, "globals") : caller.globals;
        PyDict locals = args.length > 2 && args[2] != Py.None ? asDict(args[2], mode, "locals")
                : args.length > 1 && args[1] != Py.None ? globals : localsOf(caller);
        CodeObject code;
        if (args[0] instanceof CodeObject c) {
            code = c;
        } else if (args[0] instanceof String src) {
            try {
                if (mode.equals("eval")) {
                    // as CPython's eval: leading spaces and tabs are skipped; no newline is added
                    int k = 0;
                    while (k < src.length() && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) k++;
                    src = src.substring(k);
                    if (src.isBlank() && src.indexOf('\n') < 0) {
                        throw Pipeline.toPython(new org.specula.core.parser.SyntaxErrorException("SyntaxError",
                                "invalid syntax", "<string>", 0, 0, 0, 0, src));
                    }
                }
                code = mode.equals("eval")
                        ? Compiler.compileExpression(Parser.parseExpression(src, "<string>"), "<string>")
                        : Compiler.compileModule(Parser.parseModule(Pipeline.stringInput(src), "<string>"), "<string>");
            } catch (org.specula.core.parser.SyntaxErrorException e) {
                if (mode.equals("eval")) e = e.asEvalInput();
                throw Pipeline.toPython(e.asStringInput().withByteColumns(false, src));
            }
        } else {
            throw Errors.typeError(mode + "() arg 1 must be a string, bytes or code object");
        }
        if (globals.getStr("__builtins__") == null) globals.put("__builtins__", PyRuntime.current().builtins.dict);
        Interpreter.ThreadState ts = Interpreter.state();
        // The code's builtins are its globals' __builtins__ (a module or a dict), as in CPython.
        Object gb = globals.getStr("__builtins__");
        PyDict builtins = gb instanceof PyModule bm ? bm.dict : gb instanceof PyDict bd ? bd : ts.builtins;
        Frame f = new Frame(code, null, globals, builtins, locals);
        Interpreter.enterFrame(ts);
        Object r = Interpreter.run(ts, f);
        return mode.equals("eval") ? r : Py.None;
    }

    private static PyDict asDict(Object o, String mode, String what) {
        if (o instanceof PyDict d) return d;
        throw Errors.typeError(mode + "() " + what + " must be a dict, not " + Ops.type(o).name);
    }
}
