package org.specula.core.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The builtins module: functions (print, len, ...), types (int, str, ...) and exception types.
 * Functions that need the interpreter (exec, eval, globals, locals, __build_class__, __import__,
 * compile, open, zero-argument vars()/dir()) are added by the VM.
 */
public final class Builtins {
    private Builtins() {}

    /** Type names (type.__name__) of Types fields that are exposed as builtins. */
    private static final Set<String> BUILTIN_TYPE_NAMES = Set.of("object", "type", "bool", "int", "float", "str", "list",
            "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super",
            "bytes", "bytearray", "complex", "memoryview");

    /** Creates a fresh builtins module for a runtime. */
    public static PyModule create(PyRuntime runtime) {
        Numbers.install();
        StrMethods.install();
        PyDict d = new PyDict();
        PyModule m = new PyModule("builtins", d);
        d.put("__name__", "builtins");
        d.put("__doc__", "Built-in functions, exceptions, and other objects.");
        d.put("__debug__", Boolean.TRUE);
        d.put("Ellipsis", Py.Ellipsis);
        d.put("NotImplemented", Py.NotImplemented);
        d.put("None", Py.None);
        d.put("True", Boolean.TRUE);
        d.put("False", Boolean.FALSE);
        for (PyType t : staticTypes(Types.class)) {
            if (BUILTIN_TYPE_NAMES.contains(t.name)) d.put(t.name, t);
        }
        for (PyType t : staticTypes(Errors.class)) d.put(t.name, t);
        // The iterator types are the builtins themselves, so that isinstance(x, map) works.
        iteratorType(d, BuiltinIterators.MAP, "map", Builtins::map);
        iteratorType(d, BuiltinIterators.FILTER, "filter", Builtins::filter);
        iteratorType(d, BuiltinIterators.ZIP, "zip", Builtins::zip);
        iteratorType(d, BuiltinIterators.ENUMERATE, "enumerate", Builtins::enumerate);
        iteratorType(d, BuiltinIterators.REVERSED, "reversed", Builtins::reversed);

        fn(d, "print", (a, k) -> print(runtime, a, k));
        fn(d, "input", (a, k) -> input(runtime, a, k));
        PyFile.register(d);
        fn(d, "len", (a, k) -> { one("len", a, k); return len(a[0]); });
        fn(d, "repr", (a, k) -> { one("repr", a, k); return StrMethods.reprOf(a[0]); });
        fn(d, "ascii", (a, k) -> { one("ascii", a, k); return StrMethods.asciiOf(a[0]); });
        fn(d, "abs", (a, k) -> { one("abs", a, k); return abs(a[0]); });
        fn(d, "min", (a, k) -> minMax(a, k, "min", false));
        fn(d, "max", (a, k) -> minMax(a, k, "max", true));
        fn(d, "sum", Builtins::sum);
        fn(d, "round", Builtins::round);
        fn(d, "divmod", (a, k) -> { exactly("divmod", a, k, 2); return divmod(a[0], a[1]); });
        fn(d, "pow", Builtins::pow);
        fn(d, "isinstance", (a, k) -> {
            exactly("isinstance", a, k, 2);
            return instanceCheck(a[0], a[1]);
        });
        fn(d, "issubclass", (a, k) -> {
            exactly("issubclass", a, k, 2);
            if (!(a[0] instanceof PyType)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return subclassCheck((PyType) a[0], a[1]);
        });
        fn(d, "sorted", Builtins::sorted);
        fn(d, "iter", (a, k) -> {
            noKw("iter", k);
            range("iter", a, 1, 2);
            if (a.length == 1) return Ops.iter(a[0]);
            if (!callable(a[0])) throw Errors.typeError("iter(v, w): v must be callable");
            return new BuiltinIterators.CallableIter(a[0], a[1]);
        });
        fn(d, "next", (a, k) -> {
            noKw("next", k);
            range("next", a, 1, 2);
            Object v = Ops.next(a[0]);
            if (v != null) return v;
            if (a.length == 2) return a[1];
            if (a[0] instanceof PyIterator pi && pi.returnValue() != Py.None) {
                throw new PyException((PyBaseException) Ops.call(Errors.StopIteration, new Object[] {pi.returnValue()}, null));
            }
            throw BuiltinIterators.stopIteration();
        });
        fn(d, "any", (a, k) -> {
            one("any", a, k);
            Object it = Ops.iter(a[0]);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) if (truth(v)) return true;
            return false;
        });
        fn(d, "all", (a, k) -> {
            one("all", a, k);
            Object it = Ops.iter(a[0]);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) if (!truth(v)) return false;
            return true;
        });
        fn(d, "ord", (a, k) -> { one("ord", a, k); return ord(a[0]); });
        fn(d, "chr", (a, k) -> {
            one("chr", a, k);
            Object i = Numbers.index(a[0]);
            if (!(i instanceof Long) || (Long) i < 0 || (Long) i > 0x10FFFF) {
                if (i instanceof BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) throw Errors.of(Errors.OverflowError, "Python int too large to convert to C int");
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            int cp = (int) (long) (Long) i;
            return cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
        });
        fn(d, "hash", (a, k) -> { one("hash", a, k); return Ops.hash(a[0]); });
        fn(d, "id", (a, k) -> { one("id", a, k); return id(a[0]); });
        fn(d, "callable", (a, k) -> { one("callable", a, k); return callable(a[0]); });
        fn(d, "getattr", (a, k) -> {
            noKw("getattr", k);
            range("getattr", a, 2, 3);
            String name = attrName(a[1]);
            if (a.length == 2) return Ops.getAttr(a[0], name);
            try {
                return Ops.getAttr(a[0], name);
            } catch (PyException e) {
                if (isAttributeError(e)) return a[2];
                throw e;
            }
        });
        fn(d, "hasattr", (a, k) -> {
            exactly("hasattr", a, k, 2);
            String name = attrName(a[1]);
            try {
                Ops.getAttr(a[0], name);
                return true;
            } catch (PyException e) {
                if (isAttributeError(e)) return false;
                throw e;
            }
        });
        fn(d, "setattr", (a, k) -> {
            exactly("setattr", a, k, 3);
            Ops.setAttr(a[0], attrName(a[1]), a[2]);
            return Py.None;
        });
        fn(d, "delattr", (a, k) -> {
            exactly("delattr", a, k, 2);
            Ops.delAttr(a[0], attrName(a[1]));
            return Py.None;
        });
        fn(d, "bin", (a, k) -> { one("bin", a, k); return radix(a[0], 2, "0b"); });
        fn(d, "oct", (a, k) -> { one("oct", a, k); return radix(a[0], 8, "0o"); });
        fn(d, "hex", (a, k) -> { one("hex", a, k); return radix(a[0], 16, "0x"); });
        fn(d, "format", (a, k) -> {
            noKw("format", k);
            range("format", a, 1, 2);
            Object spec = a.length == 2 ? a[1] : "";
            if (!(spec instanceof String))
                throw Errors.typeError("format() argument 2 must be str, not " + (spec == Py.None ? "None" : Numbers.typeName(spec)));
            if (a[0] instanceof String || Numbers.isNumber(a[0])) return Formatter.format(a[0], (String) spec);
            return Ops.format(a[0], (String) spec);
        });
        fn(d, "vars", (a, k) -> {
            noKw("vars", k);
            range("vars", a, 1, 1); // vars() without argument needs the interpreter (locals)
            if (a[0] instanceof PyModule) return ((PyModule) a[0]).dict;
            try {
                return Ops.getAttr(a[0], "__dict__");
            } catch (PyException e) {
                if (isAttributeError(e)) throw Errors.typeError("vars() argument must have __dict__ attribute");
                throw e;
            }
        });
        fn(d, "dir", (a, k) -> {
            noKw("dir", k);
            range("dir", a, 1, 1); // dir() without argument needs the interpreter (locals)
            return dir(a[0]);
        });
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private static void fn(PyDict d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, false, impl));
    }

    /** The non-null public static PyType fields of a class (Types, Errors). */
    static ArrayList<PyType> staticTypes(Class<?> c) {
        ArrayList<PyType> out = new ArrayList<>();
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PyType.class) {
                try {
                    Object v = f.get(null);
                    if (v != null) out.add((PyType) v);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    static void noKw(String name, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** METH_O style: "NAME() takes exactly one argument (N given)". */
    static void one(String name, Object[] a, String[] kw) {
        noKw(name, kw);
        if (a.length != 1) throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }

    static void exactly(String name, Object[] a, String[] kw, int n) {
        noKw(name, kw);
        if (a.length != n) throw Errors.typeError(name + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
    }

    static void range(String name, Object[] a, int min, int max) {
        if (a.length < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + a.length);
        if (a.length > max) throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + a.length);
    }

    private static int positional(Object[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    static boolean truth(Object v) {
        if (v instanceof Boolean) return (Boolean) v;
        return Ops.isTrue(v);
    }

    private static boolean isAttributeError(PyException e) {
        return e.value.type.isSubtypeOf(Errors.AttributeError);
    }

    private static String attrName(Object o) {
        if (o instanceof String) return (String) o;
        throw Errors.typeError("attribute name must be string, not '" + Numbers.typeName(o) + "'");
    }

    static boolean callable(Object o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType) return true;
        if (o instanceof String || Numbers.isNumber(o) || o == Py.None) return false;
        return Ops.type(o).lookup("__call__") != null;
    }

    // ------------------------------------------------------------------ print / input

    /**
     * Implemented by the VM's sys.stdout/sys.stderr objects that write to a runtime PrintStream:
     * print() writes to the stream directly (no Python-level write call) while sys.stdout is the
     * object wrapping {@code runtime.stdout}.
     */
    private static void iteratorType(PyDict d, int kind, String name, PyBuiltinFunction.Impl constructor) {
        PyType t = BuiltinIterators.type(kind);
        t.constructor = constructor;
        d.put(name, t);
    }

    public interface DirectStream {
        PrintStream printStream();
    }

    private static Object print(PyRuntime rt, Object[] a, String[] kw) {
        int npos = positional(a, kw);
        Object sep = Py.None, end = Py.None, file = Py.None, flush = Boolean.FALSE;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = a[npos + i];
                switch (kw[i]) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = v; break;
                    default: throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (sep != Py.None && !(sep instanceof String))
            throw Errors.typeError("sep must be None or a string, not " + Numbers.typeName(sep));
        if (end != Py.None && !(end instanceof String))
            throw Errors.typeError("end must be None or a string, not " + Numbers.typeName(end));
        String sepS = sep == Py.None ? " " : (String) sep, endS = end == Py.None ? "\n" : (String) end;
        PrintStream direct = rt.stdout;
        if (file == Py.None && rt.sys != null) {
            // print() writes to sys.stdout, which a program may replace (contextlib.redirect_stdout)
            Object so = rt.sys.dict.getStr("stdout");
            if (so != null && so != Py.None) file = so;
        }
        if (file instanceof DirectStream) {
            direct = ((DirectStream) file).printStream();
            file = Py.None;
        }
        if (file == Py.None) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) sb.append(sepS);
                sb.append(StrMethods.strOf(a[i]));
            }
            sb.append(endS);
            direct.print(sb);
            if (truth(flush)) direct.flush();
            return Py.None;
        }
        Object write = Ops.getAttr(file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) Ops.call(write, new Object[] {sepS}, null);
            Ops.call(write, new Object[] {StrMethods.strOf(a[i])}, null);
        }
        Ops.call(write, new Object[] {endS}, null);
        if (truth(flush)) Ops.call(Ops.getAttr(file, "flush"), new Object[0], null);
        return Py.None;
    }

    private static Object input(PyRuntime rt, Object[] a, String[] kw) {
        noKw("input", kw);
        range("input", a, 0, 1);
        if (a.length == 1) {
            rt.stdout.print(StrMethods.strOf(a[0]));
        }
        rt.stdout.flush();
        String line = readStdinLine(rt, -1);
        if (line == null) {
            Object eof = rt.builtins != null ? rt.builtins.dict.getStr("EOFError") : null;
            throw Errors.of(eof instanceof PyType ? (PyType) eof : Errors.Exception, "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * One line of stdin including its '\n' (only '\n' ends a line, as for CPython's sys.stdin), at most max
     * characters when max >= 0; null at end of input.
     */
    public static String readStdinLine(PyRuntime rt, long max) {
        StringBuilder sb = new StringBuilder();
        try {
            synchronized (rt.stdin) {
                while (max < 0 || sb.length() < max) {
                    int c = rt.stdin.read();
                    if (c < 0) break;
                    sb.append((char) c);
                    if (c == '\n') break;
                }
            }
        } catch (IOException e) {
            throw Errors.of(Errors.OSError, e.getMessage());
        }
        return sb.length() == 0 && max != 0 ? null : sb.toString();
    }

    // ------------------------------------------------------------------ numbers

    static Object len(Object o) {
        if (o instanceof String) {
            String s = (String) o;
            return (long) s.codePointCount(0, s.length());
        }
        if (o instanceof PyList) return (long) ((PyList) o).size;
        if (o instanceof PyTuple) return (long) ((PyTuple) o).items.length;
        if (o instanceof PyDict) return (long) ((PyDict) o).size();
        Object m = Numbers.isNumber(o) || o == Py.None ? null : Ops.type(o).lookup("__len__");
        if (m == null) throw Errors.typeError("object of type '" + Numbers.typeName(o) + "' has no len()");
        Object r = Ops.call(m, new Object[] {o}, null);
        if (!Numbers.isInt(r)) throw Errors.typeError("'" + Numbers.typeName(r) + "' object cannot be interpreted as an integer");
        r = Numbers.unbool(r);
        if (Numbers.isTrue(Numbers.compare(Numbers.LT, r, 0L))) throw Errors.valueError("__len__() should return >= 0");
        if (r instanceof BigInteger) throw Errors.of(Errors.OverflowError, "cannot fit 'int' into an index-sized integer");
        return r;
    }

    static Object abs(Object o) {
        Object r = Numbers.abs(o);
        if (r != Py.NotImplemented) return r;
        Object m = o instanceof String || o == Py.None ? null : Ops.type(o).lookup("__abs__");
        if (m == null) throw Errors.typeError("bad operand type for abs(): '" + Numbers.typeName(o) + "'");
        return Ops.call(m, new Object[] {o}, null);
    }

    private static Object round(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        if (npos > 2) throw Errors.typeError("round() takes at most 2 arguments (" + a.length + " given)");
        Object number = npos >= 1 ? a[0] : null, nd = npos >= 2 ? a[1] : null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = a[npos + i];
                if (kw[i].equals("number") && npos < 1) number = v;
                else if (kw[i].equals("ndigits") && npos < 2) nd = v;
                else if (kw[i].equals("number") || kw[i].equals("ndigits"))
                    throw Errors.typeError("argument for round() given by name ('" + kw[i] + "') and position ("
                            + (kw[i].equals("number") ? 1 : 2) + ")");
                else throw Errors.typeError("round() got an unexpected keyword argument '" + kw[i] + "'");
            }
        }
        if (number == null) throw Errors.typeError("round() missing required argument 'number' (pos 1)");
        if (nd == Py.None) nd = null;
        if (Numbers.isNumber(number)) return Numbers.round(number, nd);
        Object m = number instanceof String || number == Py.None ? null : Ops.type(number).lookup("__round__");
        if (m == null) throw Errors.typeError("type " + Numbers.typeName(number) + " doesn't define __round__ method");
        return Ops.call(m, nd == null ? new Object[] {number} : new Object[] {number, nd}, null);
    }

    static Object divmod(Object x, Object y) {
        Object r = Numbers.divmod(x, y);
        if (r != Py.NotImplemented) return r;
        PyType tx = Ops.type(x), ty = Ops.type(y);
        Object m = tx.lookup("__divmod__");
        if (m != null) {
            r = Ops.call(m, new Object[] {x, y}, null);
            if (r != Py.NotImplemented) return r;
        }
        if (ty != tx) {
            m = ty.lookup("__rdivmod__");
            if (m != null) {
                r = Ops.call(m, new Object[] {y, x}, null);
                if (r != Py.NotImplemented) return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Numbers.typeName(x) + "' and '" + Numbers.typeName(y) + "'");
    }

    private static Object pow(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        if (npos > 3) throw Errors.typeError("pow() takes at most 3 arguments (" + a.length + " given)");
        Object[] v = new Object[3];
        String[] names = {"base", "exp", "mod"};
        for (int i = 0; i < npos; i++) v[i] = a[i];
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                int idx = java.util.Arrays.asList(names).indexOf(kw[i]);
                if (idx < 0) throw Errors.typeError("pow() got an unexpected keyword argument '" + kw[i] + "'");
                if (idx < npos) throw Errors.typeError("argument for pow() given by name ('" + kw[i] + "') and position (" + (idx + 1) + ")");
                v[idx] = a[npos + i];
            }
        }
        if (v[0] == null) throw Errors.typeError("pow() missing required argument 'base' (pos 1)");
        if (v[1] == null) throw Errors.typeError("pow() missing required argument 'exp' (pos 2)");
        if (v[2] == null || v[2] == Py.None) return Ops.binaryOp(8, v[0], v[1]);
        Object r = Numbers.pow3(v[0], v[1], v[2]);
        if (r != Py.NotImplemented) return r;
        Object m = Numbers.isNumber(v[0]) ? null : Ops.type(v[0]).lookup("__pow__");
        if (m != null) {
            r = Ops.call(m, new Object[] {v[0], v[1], v[2]}, null);
            if (r != Py.NotImplemented) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Numbers.typeName(v[0]) + "', '"
                + Numbers.typeName(v[1]) + "', '" + Numbers.typeName(v[2]) + "'");
    }

    private static String radix(Object o, int radix, String prefix) {
        Object i = Numbers.index(o);
        if (i instanceof Long) {
            long v = (Long) i;
            if (v >= 0) return prefix + Long.toString(v, radix);
            if (v != Long.MIN_VALUE) return "-" + prefix + Long.toString(-v, radix);
        }
        BigInteger b = Numbers.big(i);
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    private static Object ord(Object o) {
        if (o instanceof PyInstance pi && pi.base instanceof String str) o = str;
        if (o instanceof String) {
            String s = (String) o;
            int n = s.length();
            if (n == 1) return (long) s.charAt(0);
            if (n == 2 && Character.isHighSurrogate(s.charAt(0)) && Character.isLowSurrogate(s.charAt(1))) return (long) s.codePointAt(0);
            throw Errors.typeError("ord() expected a character, but string of length " + s.codePointCount(0, n) + " found");
        }
        throw Errors.typeError("ord() expected string of length 1, but " + Numbers.typeName(o) + " found");
    }

    // ------------------------------------------------------------------ min / max / sum / sorted

    private static Object minMax(Object[] a, String[] kw, String name, boolean max) {
        int npos = positional(a, kw);
        Object key = Py.None, dflt = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("key")) key = a[npos + i];
                else if (kw[i].equals("default")) dflt = a[npos + i];
                else throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (npos > 1 && dflt != null)
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        Object it;
        if (npos == 1) it = Ops.iter(a[0]);
        else {
            Object[] items = new Object[npos];
            System.arraycopy(a, 0, items, 0, npos);
            it = Ops.iter(new PyTuple(items));
        }
        Object best = null, bestKey = null;
        int op = max ? Numbers.GT : Numbers.LT;
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            Object k = key == Py.None ? v : Ops.call(key, new Object[] {v}, null);
            if (best == null) {
                best = v;
                bestKey = k;
            } else if (truth(Ops.compare(op, k, bestKey))) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static Object sum(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        Object start = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (!kw[i].equals("start")) throw Errors.typeError("sum() got an unexpected keyword argument '" + kw[i] + "'");
                start = a[npos + i];
            }
        }
        if (npos == 0) throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        if (npos > 2) throw Errors.typeError("sum() takes at most 2 arguments (" + npos + " given)");
        if (npos == 2) {
            if (start != null) throw Errors.typeError("argument for sum() given by name ('start') and position (2)");
            start = a[1];
        }
        if (start == null) start = 0L;
        Object it = Ops.iter(a[0]);
        if (start instanceof String) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        String sn = Numbers.typeName(start);
        if (sn.equals("bytes")) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (sn.equals("bytearray")) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        Object acc = start;
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (acc instanceof Long && v instanceof Long) {
                long x = (Long) acc, y = (Long) v, r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    acc = r;
                    continue;
                }
            } else if (acc instanceof Double && v instanceof Double) {
                acc = (Double) acc + (Double) v;
                continue;
            }
            acc = Ops.binaryOp(0, acc, v);
        }
        return acc;
    }

    private static Object sorted(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        if (npos != 1) throw Errors.typeError("sorted expected 1 argument, got " + npos);
        ArrayList<Object> items = new ArrayList<>();
        Object it = Ops.iter(a[0]);
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) items.add(v);
        PyList list = new PyList(items.toArray());
        int nkw = kw == null ? 0 : kw.length;
        Object[] sortArgs = new Object[nkw];
        System.arraycopy(a, 1, sortArgs, 0, nkw);
        Ops.call(Ops.getAttr(list, "sort"), sortArgs, nkw == 0 ? null : kw);
        return list;
    }

    // ------------------------------------------------------------------ isinstance / issubclass

    /** A metaclass's own __instancecheck__ / __subclasscheck__ (not type's), or null. */
    private static Object metaHook(Object ci, String name) {
        if (!(ci instanceof PyType t) || t.metaclass == null) return null;
        Object m = t.metaclass.lookup(name);
        return m == null || m == Types.TYPE.lookup(name) ? null : m;
    }

    /** isinstance(): honours a metaclass __instancecheck__ (not called for an exact type match). */
    private static boolean instanceCheck(Object inst, Object ci) {
        if (ci instanceof PyTuple tup) {
            for (Object o : tup.items) if (instanceCheck(inst, o)) return true;
            return false;
        }
        Object m = Ops.type(inst) == ci ? null : metaHook(ci, "__instancecheck__");
        if (m != null) return Ops.isTrue(Ops.callMethod(ci, m, new Object[] {inst}, null));
        return Ops.isInstance(inst, ci);
    }

    /** issubclass(): honours a metaclass __subclasscheck__. */
    private static boolean subclassCheck(PyType cls, Object ci) {
        if (ci instanceof PyTuple tup) {
            for (Object o : tup.items) if (subclassCheck(cls, o)) return true;
            return false;
        }
        Object m = metaHook(ci, "__subclasscheck__");
        if (m != null) return Ops.isTrue(Ops.callMethod(ci, m, new Object[] {cls}, null));
        return Ops.isSubclass(cls, ci);
    }

    // ------------------------------------------------------------------ iterators

    static Object map(Object[] a, String[] kw) {
        noKw("map", kw);
        if (a.length < 2) throw Errors.typeError("map() must have at least two arguments.");
        Object[] iters = new Object[a.length - 1];
        for (int i = 1; i < a.length; i++) iters[i - 1] = Ops.iter(a[i]);
        return new BuiltinIterators.MapIter(a[0], iters);
    }

    static Object filter(Object[] a, String[] kw) {
        noKw("filter", kw);
        if (a.length != 2) throw Errors.typeError("filter expected 2 arguments, got " + a.length);
        return new BuiltinIterators.FilterIter(a[0], Ops.iter(a[1]));
    }

    static Object zip(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        boolean strict = false;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (!kw[i].equals("strict")) throw Errors.typeError("zip() got an unexpected keyword argument '" + kw[i] + "'");
                strict = truth(a[npos + i]);
            }
        }
        Object[] iters = new Object[npos];
        for (int i = 0; i < npos; i++) iters[i] = Ops.iter(a[i]);
        return new BuiltinIterators.ZipIter(iters, strict);
    }

    static Object enumerate(Object[] a, String[] kw) {
        int npos = positional(a, kw);
        if (npos > 2) throw Errors.typeError("enumerate() takes at most 2 arguments (" + a.length + " given)");
        Object iterable = npos >= 1 ? a[0] : null, start = npos >= 2 ? a[1] : null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = a[npos + i];
                if (kw[i].equals("iterable") && iterable == null) iterable = v;
                else if (kw[i].equals("start") && start == null) start = v;
                else if (kw[i].equals("iterable") || kw[i].equals("start"))
                    throw Errors.typeError("argument for enumerate() given by name ('" + kw[i] + "') and position ("
                            + (kw[i].equals("iterable") ? 1 : 2) + ")");
                else throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
        Object s = start == null ? 0L : Numbers.index(start);
        return new BuiltinIterators.EnumerateIter(Ops.iter(iterable), s);
    }

    static Object reversed(Object[] a, String[] kw) {
        noKw("reversed", kw);
        if (a.length != 1) throw Errors.typeError("reversed expected 1 argument, got " + a.length);
        Object seq = a[0];
        if (seq instanceof PyList) return new BuiltinIterators.ReversedIter(seq, ((PyList) seq).size);
        if (seq instanceof PyTuple) return new BuiltinIterators.ReversedIter(seq, ((PyTuple) seq).items.length);
        if (seq instanceof String) return new BuiltinIterators.ReversedIter(seq, ((String) seq).length());
        if (!Numbers.isNumber(seq) && seq != Py.None) {
            PyType t = Ops.type(seq);
            Object m = t.lookup("__reversed__");
            if (m != null) {
                if (m == Py.None) throw Errors.typeError("'" + t.name + "' object is not reversible");
                return Ops.call(m, new Object[] {seq}, null);
            }
            if (t.lookup("__getitem__") != null && t.lookup("__len__") != null && !(seq instanceof PyDict)) {
                Object n = len(seq);
                return new BuiltinIterators.ReversedIter(seq, (Long) n);
            }
        }
        throw Errors.typeError("'" + Numbers.typeName(seq) + "' object is not reversible");
    }

    // ------------------------------------------------------------------ dir

    private static Object dir(Object o) {
        Object m = Numbers.isNumber(o) || o instanceof String ? null : Ops.type(o).lookup("__dir__");
        if (m != null && !(m instanceof PyBuiltinFunction)) {
            Object r = Ops.call(m, new Object[] {o}, null);
            return sorted(new Object[] {r}, null);
        }
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PyModule) {
            addKeys(names, ((PyModule) o).dict);
        } else if (o instanceof PyType) {
            for (PyType t : ((PyType) o).mro) names.addAll(t.dict.keySet());
        } else {
            PyType t = Ops.type(o);
            for (PyType s : t.mro) names.addAll(s.dict.keySet());
            if (o instanceof PyInstance) {
                try {
                    addKeys(names, Ops.getAttr(o, "__dict__"));
                } catch (PyException e) {
                    if (!isAttributeError(e)) throw e;
                }
            }
        }
        return new PyList(names.toArray());
    }

    private static void addKeys(TreeSet<String> names, Object mapping) {
        Object it = Ops.iter(mapping);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) if (k instanceof String) names.add((String) k);
    }

    // ------------------------------------------------------------------ id

    /** A weak identity map from live objects to unique ids (ids are never reused). */
    private static final class IdEntry extends WeakReference<Object> {
        final long id;
        final int hash;

        IdEntry(Object o, long id, ReferenceQueue<Object> q) {
            super(o, q);
            this.id = id;
            this.hash = System.identityHashCode(o);
        }
    }

    private static final Map<Integer, ArrayList<IdEntry>> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> ID_QUEUE = new ReferenceQueue<>();
    private static long nextId = 0x7f0000001000L;

    /**
     * id(o): unique among live objects and stable for an object's lifetime (ints, floats and
     * strings are Java values: equal boxed values may or may not share an id, as with CPython's caches).
     */
    static synchronized long id(Object o) {
        for (Object r = ID_QUEUE.poll(); r != null; r = ID_QUEUE.poll()) {
            IdEntry e = (IdEntry) r;
            ArrayList<IdEntry> l = IDS.get(e.hash);
            if (l != null) {
                l.remove(e);
                if (l.isEmpty()) IDS.remove(e.hash);
            }
        }
        int h = System.identityHashCode(o);
        ArrayList<IdEntry> l = IDS.computeIfAbsent(h, x -> new ArrayList<>(1));
        for (IdEntry e : l) if (e.get() == o) return e.id;
        long id = nextId;
        nextId += 16;
        l.add(new IdEntry(o, id, ID_QUEUE));
        return id;
    }
}
