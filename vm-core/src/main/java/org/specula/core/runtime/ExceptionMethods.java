package org.specula.core.runtime;

import java.util.HashMap;
import java.util.Map;

/** Construction, attributes, str and repr of the built-in exception types. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    /** BaseException.__new__, __str__ and __repr__ (recognised by Ops to skip a call). */
    static PyStaticMethod NEW;
    static PyBuiltinFunction STR, REPR;

    /** Allocates an exception of type t (BaseException.__new__): args set, special attributes initialised. */
    static PyBaseException create(PyType t, PyTuple args) {
        PyBaseException e = new PyBaseException(t, args);
        initSpecial(e, args.items, null, null);
        return e;
    }

    /** Constructor of a built-in exception type: __new__ then BaseException.__init__. */
    static Object construct(PyType t, Object[] args, String[] kwnames, boolean check) {
        PyType target = t;
        int nkw = Args.kwCount(kwnames);
        Object[] pos = nkw == 0 ? args : Args.positional(args, kwnames, 0);
        if (t == Errors.OSError && pos.length >= 2 && pos[0] instanceof Long errno) {
            PyType sub = osErrorSubclass(errno);
            if (sub != null) target = sub;
        }
        PyBaseException e = new PyBaseException(target, new PyTuple(pos));
        checkKw(target, kwnames);
        initSpecial(e, pos, args, kwnames);
        return e;
    }

    private static void checkKw(PyType t, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) return;
        for (String k : kwnames) {
            boolean ok = (t.isSubtypeOf(Errors.ImportError) && (k.equals("name") || k.equals("path")))
                    || (t.isSubtypeOf(Errors.NameError) && k.equals("name"))
                    || (t.isSubtypeOf(Errors.AttributeError) && (k.equals("name") || k.equals("obj")));
            if (!ok) {
                if (t.isSubtypeOf(Errors.ImportError) || t.isSubtypeOf(Errors.NameError) || t.isSubtypeOf(Errors.AttributeError))
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + t.name + "()");
                throw Errors.typeError(t.name + "() takes no keyword arguments");
            }
        }
    }

    private static PyType osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 2 -> Errors.FileNotFoundError;
            case 17 -> Errors.FileExistsError;
            case 13, 1 -> Errors.PermissionError;
            case 21 -> Errors.IsADirectoryError;
            case 20 -> Errors.NotADirectoryError;
            case 110 -> Errors.TimeoutError;
            case 32 -> Errors.BrokenPipeError;
            case 4 -> Errors.InterruptedError;
            case 10 -> Errors.ChildProcessError;
            case 3 -> Errors.ProcessLookupError;
            case 11 -> Errors.BlockingIOError;
            case 111 -> Errors.ConnectionRefusedError;
            case 104 -> Errors.ConnectionResetError;
            case 103 -> Errors.ConnectionAbortedError;
            default -> null;
        };
    }

    private static Map<String, Object> extra(PyBaseException e, boolean create) {
        Map<String, Object> m = e.builtinAttrs;
        if (m == null && create) e.builtinAttrs = m = new HashMap<>();
        return m;
    }

    private static void put(PyBaseException e, String k, Object v) {
        extra(e, true).put(k, v);
    }

    private static void initSpecial(PyBaseException e, Object[] pos, Object[] all, String[] kwnames) {
        PyType t = e.type;
        if (t.isSubtypeOf(Errors.StopIteration)) {
            put(e, "value", pos.length > 0 ? pos[0] : Py.None);
        } else if (t.isSubtypeOf(Errors.SystemExit)) {
            put(e, "code", pos.length == 0 ? Py.None : pos.length == 1 ? pos[0] : new PyTuple(pos));
        } else if (t.isSubtypeOf(Errors.OSError)) {
            if (pos.length >= 2 && pos.length <= 5) {
                put(e, "errno", pos[0]);
                put(e, "strerror", pos[1]);
                if (pos.length >= 3) put(e, "filename", pos[2]);
                if (pos.length >= 5) put(e, "filename2", pos[4]);
                if (pos.length >= 3) e.args = new PyTuple(pos[0], pos[1]);
            }
        } else if (t.isSubtypeOf(Errors.ImportError)) {
            put(e, "msg", pos.length == 1 ? pos[0] : Py.None);
            putKw(e, all, kwnames, "name");
            putKw(e, all, kwnames, "path");
        } else if (t.isSubtypeOf(Errors.SyntaxError)) {
            if (pos.length >= 1) put(e, "msg", pos[0]);
            if (pos.length == 2) {
                Object[] info = Ops.unpackAny(pos[1]);
                if (info.length < 4 || info.length > 6) throw Errors.indexError("tuple index out of range");
                put(e, "filename", info[0]);
                put(e, "lineno", info[1]);
                put(e, "offset", info[2]);
                put(e, "text", info[3]);
                if (info.length > 4) put(e, "end_lineno", info[4]);
                if (info.length > 5) put(e, "end_offset", info[5]);
            }
        } else if (t.isSubtypeOf(Errors.NameError)) {
            putKw(e, all, kwnames, "name");
        } else if (t.isSubtypeOf(Errors.AttributeError)) {
            putKw(e, all, kwnames, "name");
            putKw(e, all, kwnames, "obj");
        }
    }

    private static void putKw(PyBaseException e, Object[] all, String[] kwnames, String name) {
        if (kwnames == null) return;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) put(e, name, all[all.length - kwnames.length + i]);
        }
    }

    private static Object special(Object self, String name) {
        Map<String, Object> m = extra((PyBaseException) self, false);
        Object v = m == null ? null : m.get(name);
        return v == null ? Py.None : v;
    }

    private static void defineSpecial(PyType t, String... names) {
        for (String n : names) {
            PyGetSet.define(t, n, o -> special(o, n), (o, v) -> put((PyBaseException) o, n, v == null ? Py.None : v));
        }
    }

    static String str(PyBaseException e) {
        PyType t = e.type;
        Object[] a = e.args.items;
        if (t.isSubtypeOf(Errors.KeyError) && a.length == 1) return Ops.repr(a[0]);
        if (t.isSubtypeOf(Errors.OSError)) {
            Map<String, Object> m = extra(e, false);
            if (m != null && m.get("errno") != null && m.get("strerror") != null) {
                Object fn = m.get("filename");
                String base = "[Errno " + Ops.str(m.get("errno")) + "] " + Ops.str(m.get("strerror"));
                if (fn != null && fn != Py.None) return base + ": " + Ops.repr(fn);
                return base;
            }
        }
        if (t.isSubtypeOf(Errors.SyntaxError)) {
            Map<String, Object> m = extra(e, false);
            if (m != null) {
                Object msg = m.getOrDefault("msg", Py.None);
                Object fn = m.getOrDefault("filename", Py.None);
                Object ln = m.getOrDefault("lineno", Py.None);
                String ms = Ops.str(msg);
                if (fn instanceof String f) {
                    int slash = f.lastIndexOf('/');
                    String b = slash >= 0 ? f.substring(slash + 1) : f;
                    if (ln instanceof Long) return ms + " (" + b + ", line " + ln + ")";
                    return ms + " (" + b + ")";
                }
                if (ln instanceof Long) return ms + " (line " + ln + ")";
                return ms;
            }
        }
        if (t.isSubtypeOf(Errors.ImportError)) {
            Map<String, Object> m = extra(e, false);
            if (m != null && m.get("msg") != null && m.get("msg") != Py.None) return Ops.str(m.get("msg"));
        }
        if (a.length == 0) return "";
        if (a.length == 1) return Ops.str(a[0]);
        return Ops.str(e.args);
    }

    static String repr(PyBaseException e) {
        Object[] a = e.args.items;
        if (a.length == 1) return e.type.name + "(" + Ops.repr(a[0]) + ")";
        return e.type.name + Ops.repr(e.args);
    }

    private static PyBaseException self(String name, Object[] args) {
        Args.checkSelf(name, Errors.BaseException, args);
        return (PyBaseException) args[0];
    }

    static void install() {
        PyType b = Errors.BaseException;
        Types.method(b, "__init__", (args, kw) -> {
            PyBaseException e = self("__init__", args);
            checkKw(e.type, kw);
            Object[] pos = Args.positional(args, kw, 1);
            e.args = new PyTuple(pos);
            initSpecial(e, pos, args, kw);
            return Py.None;
        });
        NEW = new PyStaticMethod(new PyBuiltinFunction("__new__", true, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType t))
                throw Errors.typeError("BaseException.__new__(X): X is not a type object");
            if (!t.isException)
                throw Errors.typeError("BaseException.__new__(" + t.name + "): " + t.name + " is not a subtype of BaseException");
            Object[] pos = Args.positional(args, kw, 1);
            return create(t, new PyTuple(pos));
        }));
        b.dict.put("__new__", NEW);
        STR = Types.method(b, "__str__", (args, kw) -> str(self("__str__", args)));
        REPR = Types.method(b, "__repr__", (args, kw) -> repr(self("__repr__", args)));
        Types.method(b, "with_traceback", (args, kw) -> {
            PyBaseException e = self("with_traceback", args);
            Object tb = Args.one("BaseException.with_traceback", args, kw, 1);
            if (tb == Py.None) e.traceback = null;
            else if (tb instanceof Traceback t) e.traceback = t;
            else throw Errors.typeError("__traceback__ must be a traceback or None");
            return e;
        });
        Types.method(b, "add_note", (args, kw) -> {
            PyBaseException e = self("add_note", args);
            Object note = Args.one("BaseException.add_note", args, kw, 1);
            if (!(note instanceof String)) throw Errors.typeError("note must be a str, not '" + Ops.type(note).name + "'");
            if (e.notes == null) e.notes = new PyList();
            e.notes.append(note);
            return Py.None;
        });
        PyGetSet.define(b, "args", o -> ((PyBaseException) o).args, (o, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            ((PyBaseException) o).args = new PyTuple(Ops.unpackAny(v));
        });
        PyGetSet.define(b, "__traceback__", o -> {
            Traceback t = ((PyBaseException) o).traceback;
            return t == null ? Py.None : t;
        }, (o, v) -> {
            if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
            if (v == Py.None) ((PyBaseException) o).traceback = null;
            else if (v instanceof Traceback t) ((PyBaseException) o).traceback = t;
            else throw Errors.typeError("__traceback__ must be a traceback or None");
        });
        PyGetSet.define(b, "__cause__", o -> {
            PyBaseException c = ((PyBaseException) o).cause;
            return c == null ? Py.None : c;
        }, (o, v) -> {
            if (v == null) throw Errors.typeError("__cause__ may not be deleted");
            PyBaseException e = (PyBaseException) o;
            if (v == Py.None) e.cause = null;
            else if (v instanceof PyBaseException c) e.cause = c;
            else throw Errors.typeError("exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        PyGetSet.define(b, "__context__", o -> {
            PyBaseException c = ((PyBaseException) o).context;
            return c == null ? Py.None : c;
        }, (o, v) -> {
            if (v == null) throw Errors.typeError("__context__ may not be deleted");
            PyBaseException e = (PyBaseException) o;
            if (v == Py.None) e.context = null;
            else if (v instanceof PyBaseException c) e.context = c;
            else throw Errors.typeError("exception context must be None or derive from BaseException");
        });
        PyGetSet.define(b, "__suppress_context__", o -> ((PyBaseException) o).suppressContext,
                (o, v) -> ((PyBaseException) o).suppressContext = v != null && Ops.isTrue(v));
        PyGetSet.define(b, "__notes__", o -> {
            PyList n = ((PyBaseException) o).notes;
            if (n == null) throw Errors.attributeError("'" + Ops.type(o).name + "' object has no attribute '__notes__'");
            return n;
        }, (o, v) -> ((PyBaseException) o).notes = v instanceof PyList l ? l : null);
        defineSpecial(Errors.StopIteration, "value");
        defineSpecial(Errors.SystemExit, "code");
        defineSpecial(Errors.OSError, "errno", "strerror", "filename", "filename2");
        defineSpecial(Errors.ImportError, "msg", "name", "path");
        defineSpecial(Errors.SyntaxError, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset");
        defineSpecial(Errors.NameError, "name");
        defineSpecial(Errors.AttributeError, "name", "obj");

        PyType tb = Types.TRACEBACK;
        PyGetSet.define(tb, "tb_lineno", o -> (long) ((Traceback) o).line(), null);
        PyGetSet.define(tb, "tb_next", o -> {
            Traceback n = ((Traceback) o).next();
            return n == null ? Py.None : n;
        }, null);
        PyGetSet.define(tb, "tb_lasti", o -> (long) ((Traceback) o).instruction() * 2, null);
        PyGetSet.define(tb, "tb_frame", o -> Py.None, null);
    }
}
