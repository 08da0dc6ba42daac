package org.specula.core.runtime;

import java.util.LinkedHashMap;

/**
 * operator.itemgetter and operator.attrgetter written in Java (CPython's Modules/_operator.c
 * behaviour: argument checks, messages, reprs, not subclassable), so that a sort key such as
 * {@code itemgetter(2, 3)} costs no Python frame per element. The rest of the operator module
 * stays in Python ({@code org/specula/lib/operator.py}), which imports these from the built-in
 * module {@code _operator}.
 */
public final class OperatorGetters {
    private OperatorGetters() {}

    /** operator.itemgetter */
    public static final PyType ITEMGETTER = getterType("itemgetter",
            "Return a callable object that fetches the given item(s) from its operand.\n"
            + "After f = itemgetter(2), the call f(r) returns r[2].\n"
            + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
    /** operator.attrgetter */
    public static final PyType ATTRGETTER = getterType("attrgetter",
            "Return a callable object that fetches the given attribute(s) from its operand.\n"
            + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
            + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
            + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");

    static {
        ITEMGETTER.constructor = (a, k) -> {
            checkArgs("itemgetter", a, k, false);
            return new ItemGetter(a.clone());
        };
        ATTRGETTER.constructor = (a, k) -> {
            checkArgs("attrgetter", a, k, false);
            String[][] paths = new String[a.length][];
            for (int i = 0; i < a.length; i++) {
                if (!(a[i] instanceof String s)) throw Errors.typeError("attribute name must be a string");
                paths[i] = s.split("\\.", -1);
                for (int j = 0; j < paths[i].length; j++) paths[i][j] = paths[i][j].intern();
            }
            return new AttrGetter(a.clone(), paths);
        };
    }

    /** Puts the types into the namespace of the module {@code _operator}. */
    public static void fill(PyDict d) {
        d.put("itemgetter", ITEMGETTER);
        d.put("attrgetter", ATTRGETTER);
    }

    /** Keywords refused, then at least one argument (exactly one when {@code exactlyOne}: a call). */
    private static void checkArgs(String name, Object[] a, String[] k, boolean exactlyOne) {
        Args.noKw(name, k);
        if (a.length == 0 || exactlyOne && a.length != 1)
            throw Errors.typeError(name + " expected 1 argument, got " + a.length);
    }

    private static PyType getterType(String name, String doc) {
        LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
        dict.put("__call__", new PyBuiltinFunction("__call__", true, (a, k) -> {
            Object self = a[0];
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            if (self instanceof ItemGetter g) return g.call(rest, k);
            if (self instanceof AttrGetter g) return g.call(rest, k);
            throw Errors.typeError("descriptor '__call__' requires a 'operator." + name + "' object");
        }));
        dict.put("__repr__", new PyBuiltinFunction("__repr__", true, (a, k) -> {
            Object[] args = a[0] instanceof ItemGetter g ? g.items : ((AttrGetter) a[0]).names;
            StringBuilder sb = new StringBuilder("operator.").append(name).append('(');
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(args[i]));
            }
            return sb.append(')').toString();
        }));
        dict.put("__doc__", doc);
        PyType t = PyType.builtinOfModule("operator", name, dict);
        t.acceptableBase = false;
        return t;
    }

    /** itemgetter(item, *items) */
    static final class ItemGetter implements PyObject {
        final Object[] items;

        ItemGetter(Object[] items) { this.items = items; }

        @Override public PyType type() { return ITEMGETTER; }

        Object call(Object[] a, String[] k) {
            checkArgs("itemgetter", a, k, true);
            Object obj = a[0];
            if (items.length == 1) return Ops.getItem(obj, items[0]);
            Object[] r = new Object[items.length];
            for (int i = 0; i < r.length; i++) r[i] = Ops.getItem(obj, items[i]);
            return new PyTuple(r);
        }
    }

    /** attrgetter(attr, *attrs): dotted names are followed one attribute at a time. */
    static final class AttrGetter implements PyObject {
        final Object[] names;
        private final String[][] paths;

        AttrGetter(Object[] names, String[][] paths) {
            this.names = names;
            this.paths = paths;
        }

        @Override public PyType type() { return ATTRGETTER; }

        Object call(Object[] a, String[] k) {
            checkArgs("attrgetter", a, k, true);
            Object obj = a[0];
            if (paths.length == 1) return follow(obj, paths[0]);
            Object[] r = new Object[paths.length];
            for (int i = 0; i < r.length; i++) r[i] = follow(obj, paths[i]);
            return new PyTuple(r);
        }

        private static Object follow(Object obj, String[] path) {
            for (String name : path) obj = Ops.getAttr(obj, name);
            return obj;
        }
    }
}
