package org.specula.core.runtime;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: {@code int | None}, as evaluated in annotations and accepted by isinstance. */
public final class PyUnionType implements PyObject {
    public final Object[] args;

    private PyUnionType(Object[] args) { this.args = args; }

    @Override public PyType type() { return Types.UNION; }

    static boolean isUnionable(Object o) {
        return o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType || o == Py.None;
    }

    /** {@code a | b} for types; NotImplemented when either operand is not a type-like value. */
    static Object of(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) return Py.NotImplemented;
        // NoneType has no nb_or: None | None has no type-side __or__ to handle it.
        if (a == Py.None && b == Py.None) return Py.NotImplemented;
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(items.toArray());
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof PyUnionType u) {
            for (Object x : u.args) add(items, x);
            return;
        }
        Object v = o == Py.None ? Types.NONE : o;
        for (Object x : items) if (x == v) return;
        items.add(v);
    }

    /** isinstance(obj, union). */
    boolean isInstance(Object obj) {
        for (Object a : args) {
            if (a instanceof PyGenericAlias) throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
            if (a instanceof PyType t && Ops.type(obj).isSubtypeOf(t)) return true;
        }
        return false;
    }

    /** Union equality ignores order: int | str == str | int. */
    boolean sameAs(PyUnionType o) {
        return covers(args, o.args) && covers(o.args, args);
    }

    private static boolean covers(Object[] a, Object[] b) {
        outer:
        for (Object x : a) {
            for (Object y : b) if (x == y || Ops.eq(x, y)) continue outer;
            return false;
        }
        return true;
    }

    long hashValue() {
        long h = 0;
        for (Object x : args) h ^= Ops.hash(x);
        return h == -1 ? -2 : h;
    }

    /** issubclass(cls, union). */
    boolean isSubclass(PyType cls) {
        for (Object a : args) {
            if (a instanceof PyGenericAlias) throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
            if (a instanceof PyType t && cls.isSubtypeOf(t)) return true;
        }
        return false;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(" | ");
            Object a = args[i];
            if (a == Types.NONE) sb.append("None");
            else if (a instanceof PyType t) {
                Object m = t.module();
                sb.append("builtins".equals(m) ? t.qualname : Ops.str(m) + "." + t.qualname);
            } else sb.append(Ops.repr(a));
        }
        return sb.toString();
    }
}
