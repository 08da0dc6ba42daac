package org.specula.core.runtime;

/** types.GenericAlias: {@code list[int]}, as evaluated in annotations. */
public final class PyGenericAlias implements PyObject {
    public final PyType origin;
    public final PyTuple args;

    public PyGenericAlias(PyType origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : new PyTuple(args);
    }

    @Override public PyType type() { return Types.GENERIC_ALIAS; }

    boolean sameAs(PyGenericAlias o) {
        return origin == o.origin && Ops.eq(args, o.args);
    }

    long hashValue() {
        long h = Ops.hash(origin) ^ Ops.hash(args);
        return h == -1 ? -2 : h;
    }

    private static String argRepr(Object a) {
        if (a == Py.Ellipsis) return "...";
        if (a instanceof PyType t) {
            Object m = t.module();
            return "builtins".equals(m) ? t.qualname : Ops.str(m) + "." + t.qualname;
        }
        return Ops.repr(a);
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        Object[] a = args.items;
        if (a.length == 0) sb.append("()");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(argRepr(a[i]));
        }
        return sb.append(']').toString();
    }
}
