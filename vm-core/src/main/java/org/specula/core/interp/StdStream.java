package org.specula.core.interp;

import org.specula.core.runtime.Builtins;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyObject;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.io.PrintStream;
import java.util.LinkedHashMap;

/** sys.stdout and sys.stderr: text streams over the runtime's PrintStreams. */
final class StdStream implements PyObject, Builtins.DirectStream {
    private static volatile PyType type;

    private final PyRuntime runtime;
    private final boolean err;

    StdStream(PyRuntime runtime, boolean err) {
        this.runtime = runtime;
        this.err = err;
    }

    @Override
    public PrintStream printStream() {
        return stream();
    }

    private PrintStream stream() {
        return err ? runtime.stderr : runtime.stdout;
    }

    @Override
    public PyType type() {
        PyType t = type;
        if (t == null) {
            synchronized (StdStream.class) {
                if (type == null) type = createType();
                t = type;
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<" + (err ? "stderr" : "stdout") + ">' mode='w' encoding='utf-8'>";
    }

    private static PyType createType() {
        PyType t = new PyType("TextIOWrapper", new PyType[] {Types.OBJECT}, new LinkedHashMap<>());
        t.dict.put("write", new PyBuiltinFunction("write", true, (args, kw) -> {
            if (args.length != 2) throw Errors.typeError("write() takes exactly one argument (" + (args.length - 1) + " given)");
            if (!(args[1] instanceof String s)) {
                throw Errors.typeError("write() argument must be str, not " + Ops.type(args[1]).name);
            }
            ((StdStream) args[0]).stream().print(s);
            return (long) s.codePointCount(0, s.length());
        }));
        t.dict.put("flush", new PyBuiltinFunction("flush", true, (args, kw) -> {
            ((StdStream) args[0]).stream().flush();
            return Py.None;
        }));
        return t;
    }
}
