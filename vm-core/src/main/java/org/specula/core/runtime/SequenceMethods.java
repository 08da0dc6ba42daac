package org.specula.core.runtime;

import java.math.BigInteger;

/** range and slice objects, iterator types and dict views. */
final class SequenceMethods {
    private SequenceMethods() {}

    private static long rangeArg(Object o) {
        if (o instanceof Long l) return l;
        Object v = Ops.indexObject(o);
        if (v instanceof BigInteger) throw Errors.overflowError("Python int too large to convert to C long");
        return (Long) v;
    }

    static void install() {
        PyType r = Types.RANGE;
        r.constructor = (args, kw) -> {
            Args.noKw("range", kw);
            int n = Args.count("range", args, kw, 0, 1, 3);
            if (n == 1) return new PyRange(0, rangeArg(args[0]), 1);
            return new PyRange(rangeArg(args[0]), rangeArg(args[1]), n == 3 ? rangeArg(args[2]) : 1);
        };
        PyGetSet.define(r, "start", o -> ((PyRange) o).start, null);
        PyGetSet.define(r, "stop", o -> ((PyRange) o).stop, null);
        PyGetSet.define(r, "step", o -> ((PyRange) o).step, null);
        Types.method(r, "index", (args, kw) -> {
            PyRange rg = (PyRange) args[0];
            Object v = Args.one("range.index", args, kw, 1);
            if (v instanceof Long || v instanceof Boolean) {
                long x = v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
                if (rg.containsLong(x)) return (x - rg.start) / rg.step;
            } else {
                long len = rg.length();
                for (long i = 0; i < len; i++) if (Ops.eq(rg.get(i), v)) return i;
            }
            throw Errors.valueError(Ops.repr(v) + " is not in range");
        });
        Types.method(r, "count", (args, kw) -> {
            PyRange rg = (PyRange) args[0];
            Object v = Args.one("range.count", args, kw, 1);
            if (v instanceof Long l) return rg.containsLong(l) ? 1L : 0L;
            long c = 0, len = rg.length();
            for (long i = 0; i < len; i++) if (Ops.eq(rg.get(i), v)) c++;
            return c;
        });
        Types.method(r, "__len__", (args, kw) -> ((PyRange) args[0]).length());
        Types.method(r, "__getitem__", (args, kw) -> {
            NumberMethods.slot("__getitem__", args, kw, 1);
            return rangeItem((PyRange) args[0], args[1]);
        });
        Types.method(r, "__contains__", (args, kw) -> {
            NumberMethods.slot("__contains__", args, kw, 1);
            return Ops.contains(args[0], args[1]);
        });
        Types.method(r, "__iter__", (args, kw) -> Ops.iter(args[0]));
        Types.method(r, "__reversed__", (args, kw) -> {
            PyRange rg = (PyRange) args[0];
            long len = rg.length();
            return new Iterators.RangeIter(rg.start + (len - 1) * rg.step, -rg.step, len);
        });

        PyType s = Types.SLICE;
        s.constructor = (args, kw) -> {
            Args.noKw("slice", kw);
            int n = Args.count("slice", args, kw, 0, 1, 3);
            if (n == 1) return new PySlice(Py.None, args[0], Py.None);
            return new PySlice(args[0], args[1], n == 3 ? args[2] : Py.None);
        };
        PyGetSet.define(s, "start", o -> ((PySlice) o).start, null);
        PyGetSet.define(s, "stop", o -> ((PySlice) o).stop, null);
        PyGetSet.define(s, "step", o -> ((PySlice) o).step, null);
        Types.method(s, "indices", (args, kw) -> {
            Object lo = Args.one("slice.indices", args, kw, 1);
            long len = Ops.index(lo);
            if (len < 0) throw Errors.valueError("length should not be negative");
            PySlice.Bounds b = ((PySlice) args[0]).indices((int) Math.min(len, Integer.MAX_VALUE));
            return new PyTuple((long) b.start(), (long) b.stop(), (long) b.step());
        });
        s.dict.put("__hash__", Py.None);

        PyType[] iters = {Types.LIST_ITERATOR, Types.LIST_REVERSEITERATOR, Types.TUPLE_ITERATOR, Types.STR_ITERATOR,
                Types.STR_ASCII_ITERATOR, Types.RANGE_ITERATOR, Types.LONGRANGE_ITERATOR, Types.SET_ITERATOR,
                Types.DICT_KEYITERATOR, Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR, Types.DICT_REVERSEKEYITERATOR,
                Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR, Types.SEQ_ITERATOR, Types.CALLABLE_ITERATOR};
        for (PyType t : iters) installIterator(t);

        for (PyType t : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
            Types.method(t, "__len__", (args, kw) -> (long) ((PyDictView) args[0]).dict.size());
            Types.method(t, "__iter__", (args, kw) -> ((PyDictView) args[0]).iterator());
            Types.method(t, "__contains__", (args, kw) -> {
                NumberMethods.slot("__contains__", args, kw, 1);
                return ((PyDictView) args[0]).contains(args[1]);
            });
            Types.method(t, "__reversed__", (args, kw) -> {
                PyDictView v = (PyDictView) args[0];
                return new Iterators.DictRevIter(v.dict, v.kind);
            });
            PyGetSet.define(t, "mapping", o -> ((PyDictView) o).dict, null);
            if (t != Types.DICT_VALUES) {
                Types.method(t, "isdisjoint", (args, kw) -> SetMethods.isdisjoint(((PyDictView) args[0]).toSet(), Args.one("isdisjoint", args, kw, 1)));
                t.dict.put("__hash__", Py.None);
            }
        }
    }

    /** __iter__ (returns self) and __next__ (StopIteration when exhausted) for a Java iterator type. */
    static void installIterator(PyType t) {
        Types.method(t, "__iter__", (args, kw) -> args[0]);
        Types.method(t, "__next__", (args, kw) -> {
            Object v = ((PyIterator) args[0]).next();
            if (v == null) throw Errors.stopIteration();
            return v;
        });
    }

    static Object rangeItem(PyRange r, Object key) {
        if (key instanceof PySlice s) {
            long len = r.length();
            PySlice.Bounds b = s.indices((int) Math.min(len, Integer.MAX_VALUE));
            long step = r.step * b.step();
            return new PyRange(r.start + b.start() * r.step, r.start + (long) b.stop() * r.step, step);
        }
        if (!Ops.hasIndex(key)) throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        Object v = Ops.indexObject(key);
        if (v instanceof BigInteger) throw Errors.indexError("range object index out of range");
        long i = (Long) v;
        long len = r.length();
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Errors.indexError("range object index out of range");
        return r.get(i);
    }
}
