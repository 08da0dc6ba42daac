package org.specula.core.runtime;

import java.util.LinkedHashMap;

/**
 * The lazy iterator objects of the builtins module: map, filter, zip, enumerate, reversed and
 * the two-argument iter()'s callable_iterator. Each implements {@link PyIterator}; their types are
 * created on first use (see {@link #type(int)}).
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    static final int MAP = 0, FILTER = 1, ZIP = 2, ENUMERATE = 3, REVERSED = 4, CALLABLE_ITERATOR = 5;
    private static final String[] NAMES = {"map", "filter", "zip", "enumerate", "reversed", "callable_iterator"};
    private static final PyType[] TYPES = new PyType[NAMES.length];

    /** The type object of one of the iterator kinds, created lazily with __iter__ and __next__. */
    static synchronized PyType type(int kind) {
        PyType t = TYPES[kind];
        if (t == null) {
            LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
            dict.put("__iter__", new PyBuiltinFunction("__iter__", true, (a, k) -> a[0]));
            dict.put("__next__", new PyBuiltinFunction("__next__", true, (a, k) -> {
                Object v = ((PyIterator) a[0]).next();
                if (v == null) throw stopIteration();
                return v;
            }));
            t = new PyType(NAMES[kind], new PyType[] {Types.OBJECT}, dict);
            TYPES[kind] = t;
        }
        return t;
    }

    /** A StopIteration with no arguments. */
    static PyException stopIteration() {
        return new PyException(new PyBaseException(Errors.StopIteration, PyTuple.EMPTY));
    }

    /** map(func, *iterables) */
    static final class MapIter implements PyIterator {
        private final Object func;
        private final Object[] iters;

        MapIter(Object func, Object[] iters) {
            this.func = func;
            this.iters = iters;
        }

        @Override public PyType type() { return BuiltinIterators.type(MAP); }

        @Override
        public Object next() {
            if (iters.length == 1) {
                Object v = Ops.next(iters[0]);
                return v == null ? null : Ops.call(func, new Object[] {v}, null);
            }
            Object[] args = new Object[iters.length];
            for (int i = 0; i < iters.length; i++) {
                Object v = Ops.next(iters[i]);
                if (v == null) return null;
                args[i] = v;
            }
            return Ops.call(func, args, null);
        }
    }

    /** filter(function or None, iterable) */
    static final class FilterIter implements PyIterator {
        private final Object func;
        private final Object iter;

        FilterIter(Object func, Object iter) {
            this.func = func;
            this.iter = iter;
        }

        @Override public PyType type() { return BuiltinIterators.type(FILTER); }

        @Override
        public Object next() {
            while (true) {
                Object v = Ops.next(iter);
                if (v == null) return null;
                Object test = func == Py.None || func == Types.BOOL ? v : Ops.call(func, new Object[] {v}, null);
                if (test instanceof Boolean ? (Boolean) test : Ops.isTrue(test)) return v;
            }
        }
    }

    /** zip(*iterables, strict=False) */
    static final class ZipIter implements PyIterator {
        private final Object[] iters;
        private final boolean strict;
        private boolean done;

        ZipIter(Object[] iters, boolean strict) {
            this.iters = iters;
            this.strict = strict;
        }

        @Override public PyType type() { return BuiltinIterators.type(ZIP); }

        @Override
        public Object next() {
            if (done || iters.length == 0) return null;
            Object[] items = new Object[iters.length];
            for (int i = 0; i < iters.length; i++) {
                Object v = Ops.next(iters[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? "" : "s") + " 1" + (i == 1 ? "" : "-" + i));
                        }
                        for (int j = 1; j < iters.length; j++) {
                            if (Ops.next(iters[j]) != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? "" : "s") + " 1" + (j == 1 ? "" : "-" + j));
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    /** enumerate(iterable, start=0) */
    static final class EnumerateIter implements PyIterator {
        private final Object iter;
        private long index;
        private java.math.BigInteger bigIndex;

        EnumerateIter(Object iter, Object start) {
            this.iter = iter;
            if (start instanceof Long) index = (Long) start; else bigIndex = (java.math.BigInteger) start;
        }

        @Override public PyType type() { return BuiltinIterators.type(ENUMERATE); }

        @Override
        public Object next() {
            Object v = Ops.next(iter);
            if (v == null) return null;
            Object i;
            if (bigIndex == null) {
                i = index;
                if (index == Long.MAX_VALUE) bigIndex = java.math.BigInteger.valueOf(index).add(java.math.BigInteger.ONE);
                else index++;
            } else {
                i = Numbers.normalize(bigIndex);
                bigIndex = bigIndex.add(java.math.BigInteger.ONE);
            }
            return new PyTuple(i, v);
        }
    }

    /** reversed(sequence) over a list (live, as CPython), tuple, str or any __len__/__getitem__ sequence. */
    static final class ReversedIter implements PyIterator {
        private final Object seq;
        private long index;

        ReversedIter(Object seq, long length) {
            this.seq = seq;
            this.index = length - 1;
        }

        @Override public PyType type() { return BuiltinIterators.type(REVERSED); }

        @Override
        public Object next() {
            if (index < 0) return null;
            if (seq instanceof PyList) {
                PyList l = (PyList) seq;
                if (index >= l.size) {
                    index = -1;
                    return null;
                }
                return l.items[(int) index--];
            }
            if (seq instanceof PyTuple) return ((PyTuple) seq).items[(int) index--];
            if (seq instanceof String) {
                String s = (String) seq;
                int cp = s.codePointBefore((int) index + 1);
                int n = Character.charCount(cp);
                index -= n;
                return n == 1 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
            }
            return Ops.getItem(seq, index--);
        }
    }

    /** iter(callable, sentinel) */
    static final class CallableIter implements PyIterator {
        private Object callable;
        private final Object sentinel;

        CallableIter(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override public PyType type() { return BuiltinIterators.type(CALLABLE_ITERATOR); }

        @Override
        public Object next() {
            if (callable == null) return null;
            Object v = Ops.call(callable, new Object[0], null);
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
