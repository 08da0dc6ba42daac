package org.specula.core.runtime;

import java.util.LinkedHashMap;

/**
 * The hot iterator types of the itertools module written in Java (islice, chain, accumulate), with
 * CPython 3.11's argument checks, error messages and laziness (Modules/itertoolsmodule.c). The
 * rest of itertools stays in Python ({@code org/specula/lib/itertools.py}), which imports these
 * from the built-in module {@code _itertools}. The types are built-in (immutable) types whose
 * {@code __module__} is {@code itertools}; a Python subclass is created through {@code __new__}.
 */
public final class Itertools {
    private Itertools() {}

    /** itertools.islice */
    public static final PyType ISLICE = iteratorType("islice", Itertools::newIslice,
            "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
            + "Return an iterator whose next() method returns selected values from an\niterable.  If start is specified, "
            + "will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\n"
            + "specified as another value, step determines how many values are\nskipped between successive calls.  "
            + "Works like a slice() on a list\nbut returns an iterator.");
    /** itertools.chain */
    public static final PyType CHAIN = iteratorType("chain", Itertools::newChain,
            "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
            + "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
    /** itertools.accumulate */
    public static final PyType ACCUMULATE = iteratorType("accumulate", Itertools::newAccumulate,
            "Return series of accumulated sums (or other binary function results).");

    static {
        CHAIN.dict.put("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", false, (a, k) -> {
            Object iterable = Args.one("chain.from_iterable", a, k, 1);
            return new Chain((PyType) a[0], Ops.iter(iterable));
        })));
        CHAIN.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", false,
                (a, k) -> new PyGenericAlias((PyType) a[0], a[1]))));
    }

    /** Puts the types into the namespace of the module {@code _itertools}. */
    public static void fill(PyDict d) {
        d.put("islice", ISLICE);
        d.put("chain", CHAIN);
        d.put("accumulate", ACCUMULATE);
    }

    /** Constructor of the exact type: (args, kwnames) of the call. */
    private interface Maker {
        Object make(PyType type, Object[] args, String[] kwnames);
    }

    private static PyType iteratorType(String name, Maker maker, String doc) {
        LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
        dict.put("__iter__", new PyBuiltinFunction("__iter__", true, (a, k) -> a[0]));
        dict.put("__next__", new PyBuiltinFunction("__next__", true, (a, k) -> {
            if (!(a[0] instanceof PyIterator it))
                throw Errors.typeError("descriptor '__next__' requires a 'itertools." + name + "' object");
            Object v = it.next();
            if (v == null) throw BuiltinIterators.stopIteration();
            return v;
        }));
        dict.put("__doc__", doc);
        PyType t = PyType.builtinOfModule("itertools", name, dict);
        t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", true, (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls))
                throw Errors.typeError("itertools." + name + ".__new__(X): X is not a type object (" + (a.length == 0 ? "NULL" : Ops.typeName(a[0])) + ")");
            if (!cls.isSubtypeOf(t))
                throw Errors.typeError("itertools." + name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of itertools." + name);
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return maker.make(cls, rest, k);
        })));
        t.constructor = (a, k) -> maker.make(t, a, k);
        return t;
    }

    private static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    // ------------------------------------------------------------------ islice

    private static final String STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDICES_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** PyNumber_AsSsize_t with any error cleared: the value, or -1 (CPython's error marker). */
    private static long ssize(Object o) {
        try {
            Object v = Ops.indexObject(o);
            return v instanceof Long l ? l : -1;
        } catch (PyException e) {
            return -1;
        }
    }

    private static Object newIslice(PyType type, Object[] a, String[] kw) {
        if (kwCount(kw) > 0 && type.lookup("__init__") == ObjectMethods.INIT) throw Errors.typeError("islice() takes no keyword arguments");
        int n = a.length;
        if (n < 2) throw Errors.typeError("islice expected at least 2 arguments, got " + n);
        if (n > 4) throw Errors.typeError("islice expected at most 4 arguments, got " + n);
        long start = 0, stop = -1, step = 1;
        if (n == 2) {
            if (a[1] != Py.None) {
                stop = ssize(a[1]);
                if (stop == -1) throw Errors.valueError(STOP_ERROR);
            }
        } else {
            if (a[1] != Py.None) start = ssize(a[1]);
            if (a[2] != Py.None) {
                stop = ssize(a[2]);
                if (stop == -1) throw Errors.valueError(STOP_ERROR);
            }
        }
        if (start < 0 || stop < -1) throw Errors.valueError(INDICES_ERROR);
        if (n == 4 && a[3] != Py.None) step = ssize(a[3]);
        if (step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
        return new Islice(type, Ops.iter(a[0]), start, stop, step);
    }

    /** islice(iterable, [start,] stop [, step]): stop -1 stands for None. */
    static final class Islice implements PyIterator {
        private final PyType type;
        private Object it;
        private final long stop, step;
        private long next, cnt;

        Islice(PyType type, Object it, long start, long stop, long step) {
            this.type = type;
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override public PyType type() { return type; }

        @Override
        public Object next() {
            Object source = it;
            if (source == null) return null;
            while (cnt < next) {
                if (Ops.next(source) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            Object item = Ops.next(source);
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next = old + step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return item;
        }
    }

    // ------------------------------------------------------------------ chain

    private static Object newChain(PyType type, Object[] a, String[] kw) {
        if (kwCount(kw) > 0 && type.lookup("__init__") == ObjectMethods.INIT) throw Errors.typeError("chain() takes no keyword arguments");
        Object[] iterables = Args.positional(a, kw, 0);
        return new Chain(type, new Iterators.ArrayIter(iterables, Types.TUPLE_ITERATOR));
    }

    /** chain(*iterables) and chain.from_iterable(iterable): source yields the iterables. */
    static final class Chain implements PyIterator {
        private final PyType type;
        private Object source;
        private Object active;

        Chain(PyType type, Object source) {
            this.type = type;
            this.source = source;
        }

        @Override public PyType type() { return type; }

        @Override
        public Object next() {
            while (source != null) {
                if (active == null) {
                    Object iterable = Ops.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        active = Ops.iter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                Object item = Ops.next(active);
                if (item != null) return item;
                active = null;
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ accumulate

    private static Object newAccumulate(PyType type, Object[] a, String[] kw) {
        int nkw = kwCount(kw);
        int npos = a.length - nkw;
        if (npos > 2) throw Errors.typeError("accumulate() takes at most 2 positional arguments (" + npos + " given)");
        Object iterable = npos > 0 ? a[0] : null, func = npos > 1 ? a[1] : Py.None, initial = Py.None;
        for (int i = 0; i < nkw; i++) {
            Object v = a[npos + i];
            switch (kw[i]) {
                case "iterable" -> {
                    if (npos > 0) throw Errors.typeError("argument for accumulate() given by name ('iterable') and position (1)");
                    iterable = v;
                }
                case "func" -> {
                    if (npos > 1) throw Errors.typeError("argument for accumulate() given by name ('func') and position (2)");
                    func = v;
                }
                case "initial" -> initial = v;
                default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for accumulate()");
            }
        }
        if (iterable == null) throw Errors.typeError("accumulate() missing required argument 'iterable' (pos 1)");
        return new Accumulate(type, Ops.iter(iterable), func == Py.None ? null : func, initial);
    }

    /** accumulate(iterable, func=None, *, initial=None); func null adds. */
    static final class Accumulate implements PyIterator {
        private final PyType type;
        private final Object it;
        private final Object func;
        private Object initial;
        private Object total;

        Accumulate(PyType type, Object it, Object func, Object initial) {
            this.type = type;
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override public PyType type() { return type; }

        @Override
        public Object next() {
            if (initial != Py.None) {
                total = initial;
                initial = Py.None;
                return total;
            }
            Object v = Ops.next(it);
            if (v == null) return null;
            if (total == null) {
                total = v;
                return v;
            }
            total = func == null ? Ops.binaryOp(Ops.NB_ADD, total, v) : Ops.call(func, new Object[] {total, v}, null);
            return total;
        }
    }
}
