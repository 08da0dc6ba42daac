package org.specula.core.interp;

import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PySet;

import java.util.function.BiConsumer;

/** Container helpers for the build/extend/update instructions, written on the generic Ops. */
final class Containers {
    private Containers() {}

    static void listExtend(PyList list, Object iterable) {
        Object it = starIter(iterable, null);
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) list.append(v);
    }

    static void setUpdate(PySet set, Object iterable) {
        set.update(iterable); // _PySet_Update: set_merge for sets (table layout as CPython), else element by element
    }

    /**
     * {@code {**m}} (DICT_UPDATE) and {@code f(**m)} (DICT_MERGE, which rejects duplicate keys
     * and non-string keys naming the called function).
     */
    static void dictUpdate(PyDict target, Object mapping, boolean merge, Object callee) {
        if (!(mapping instanceof PyDict) && Ops.type(mapping).lookup("keys") == null) {
            if (merge) {
                throw Errors.typeError(funcName(callee) + " argument after ** must be a mapping, not "
                        + Ops.type(mapping).name);
            }
            throw Errors.typeError("'" + Ops.type(mapping).name + "' object is not a mapping");
        }
        forEachItem(mapping, (k, v) -> {
            if (merge) {
                if (!(k instanceof String)) throw Errors.typeError("keywords must be strings");
                if (target.get(k) != null) {
                    throw Errors.typeError(funcName(callee) + " got multiple values for keyword argument '" + k + "'");
                }
            }
            target.put(k, v);
        });
    }

    /** Calls action for each (key, value) of a dict or mapping, in iteration order. */
    static void forEachItem(Object mapping, BiConsumer<Object, Object> action) {
        Object keys = mapping instanceof PyDict ? mapping : Ops.call(Ops.getAttr(mapping, "keys"), new Object[0], null);
        Object it = Ops.iter(keys);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) action.accept(k, Ops.getItem(mapping, k));
    }

    /**
     * iter(iterable) for a {@code *iterable} argument: a non-iterable gives CPython's "Value after *
     * must be an iterable" (LIST_EXTEND, callee null) or "f() argument after * must be ..." message.
     */
    static Object starIter(Object iterable, Object callee) {
        try {
            return Ops.iter(iterable);
        } catch (org.specula.core.runtime.PyException e) {
            if (Errors.matches(e, Errors.TypeError) && Ops.type(iterable).lookup("__iter__") == null
                    && Ops.type(iterable).lookup("__getitem__") == null) {
                String what = callee == null ? "Value" : funcName(callee) + " argument";
                throw Errors.typeError(what + " after * must be an iterable, not " + Ops.type(iterable).name);
            }
            throw e;
        }
    }

    /** CPython's _PyObject_FunctionStr: {@code module.qualname()}, or str(callee) without a __qualname__. */
    static String funcName(Object callee) {
        Object qualname = Ops.getAttr(callee, "__qualname__", null);
        if (qualname == null) return Ops.str(callee);
        Object module = Ops.getAttr(callee, "__module__", null);
        if (module != null && module != org.specula.core.runtime.Py.None && !"builtins".equals(module)) {
            return Ops.str(module) + "." + Ops.str(qualname) + "()";
        }
        return Ops.str(qualname) + "()";
    }

    /** ascii(): the repr with non-ASCII characters escaped (backslash-x, -u and -U forms). */
    static String ascii(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 128) {
                if (sb != null) sb.append((char) cp);
            } else {
                if (sb == null) sb = new StringBuilder(repr.substring(0, i));
                if (cp < 0x100) sb.append(String.format("\\x%02x", cp));
                else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            }
            i += n;
        }
        return sb == null ? repr : sb.toString();
    }
}
