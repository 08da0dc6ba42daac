package org.specula.core.interp;

import org.specula.core.runtime.Builtins;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyObject;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.util.LinkedHashMap;

/** sys.stdin: a read-only text stream over the runtime's stdin reader (lines end at '\n' only, like CPython). */
final class StdIn implements PyObject {
    private static volatile PyType type;

    private final PyRuntime runtime;

    StdIn(PyRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public PyType type() {
        PyType t = type;
        if (t == null) {
            synchronized (StdIn.class) {
                if (type == null) type = createType();
                t = type;
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }

    private static long size(String name, Object[] args) {
        if (args.length > 2) throw Errors.typeError(name + " expected at most 1 argument, got " + (args.length - 1));
        if (args.length < 2 || args[1] == Py.None) return -1;
        return Ops.index(args[1]);
    }

    private static PyType createType() {
        PyType t = new PyType("TextIOWrapper", new PyType[] {Types.OBJECT}, new LinkedHashMap<>());
        t.dict.put("readline", new PyBuiltinFunction("readline", true, (args, kw) -> {
            String line = Builtins.readStdinLine(((StdIn) args[0]).runtime, size("readline", args));
            return line == null ? "" : line;
        }));
        t.dict.put("read", new PyBuiltinFunction("read", true, (args, kw) -> {
            long n = size("read", args);
            StringBuilder sb = new StringBuilder();
            PyRuntime rt = ((StdIn) args[0]).runtime;
            while (n < 0 || sb.length() < n) {
                String line = Builtins.readStdinLine(rt, n < 0 ? -1 : n - sb.length());
                if (line == null) break;
                sb.append(line);
            }
            return sb.toString();
        }));
        t.dict.put("readlines", new PyBuiltinFunction("readlines", true, (args, kw) -> {
            PyList out = new PyList();
            PyRuntime rt = ((StdIn) args[0]).runtime;
            for (String line; (line = Builtins.readStdinLine(rt, -1)) != null; ) out.append(line);
            return out;
        }));
        t.dict.put("__iter__", new PyBuiltinFunction("__iter__", true, (args, kw) -> args[0]));
        t.dict.put("__next__", new PyBuiltinFunction("__next__", true, (args, kw) -> {
            String line = Builtins.readStdinLine(((StdIn) args[0]).runtime, -1);
            if (line == null) throw Errors.stopIteration();
            return line;
        }));
        t.dict.put("isatty", new PyBuiltinFunction("isatty", true, (args, kw) -> false));
        t.dict.put("readable", new PyBuiltinFunction("readable", true, (args, kw) -> true));
        t.dict.put("fileno", new PyBuiltinFunction("fileno", true, (args, kw) -> 0L));
        t.dict.put("close", new PyBuiltinFunction("close", true, (args, kw) -> Py.None));
        return t;
    }
}
