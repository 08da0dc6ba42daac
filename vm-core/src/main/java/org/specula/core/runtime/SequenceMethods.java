package org.specula.core.runtime;

import java.math.BigInteger;

/** range and slice objects, iterator types and dict views. */
final class SequenceMethods {
    private SequenceMethods() {}

    private static Object rangeArg(Object o) {
        if (o instanceof Long) return o;
        Object v = Ops.indexObject(o);
        return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    }

    /** iter(range) (reversed when asked): range_iterator, or longrange_iterator for big ranges. */
    static PyIterator rangeIter(PyRange r, boolean reversed) {
        if (!r.isBig()) {
            long len = r.length();
            if (!reversed) return new Iterators.RangeIter(r.start, r.step, len);
            return new Iterators.RangeIter(r.start + (len - 1) * r.step, -r.step, len);
        }
        BigInteger len = r.bigLength(), step = r.bigStep();
        if (!reversed) return new Iterators.BigRangeIter(r.bigStart(), step, len);
        return new Iterators.BigRangeIter(r.bigStart().add(len.subtract(BigInteger.ONE).multiply(step)), step.negate(), len);
    }

    static void install() {
        PyType r = Types.RANGE;
        r.constructor = (args, kw) -> {
            Args.noKw("range", kw);
            int n = Args.count("range", args, kw, 0, 1, 3);
            if (n == 1) return PyRange.of(0L, rangeArg(args[0]), 1L);
            return PyRange.of(rangeArg(args[0]), rangeArg(args[1]), n == 3 ? rangeArg(args[2]) : 1L);
        };
        PyGetSet.define(r, "start", o -> ((PyRange) o).startObj(), null);
        PyGetSet.define(r, "stop", o -> ((PyRange) o).stopObj(), null);
        PyGetSet.define(r, "step", o -> ((PyRange) o).stepObj(), null);
        Types.method(r, "index", (args, kw) -> {
            Args.checkSelf("index", Types.RANGE, args);
            PyRange rg = (PyRange) args[0];
            Object v = Args.one("range.index", args, kw, 1);
            if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) {
                Object i = rg.indexOf(PyRange.big(v));
                if (i != null) return i;
            } else {
                long i = 0;
                for (PyIterator it = rangeIter(rg, false);; i++) {
                    Object x = it.next();
                    if (x == null) break;
                    if (Ops.eq(x, v)) return i;
                }
            }
            throw Errors.valueError(Ops.repr(v) + " is not in range");
        });
        Types.method(r, "count", (args, kw) -> {
            Args.checkSelf("count", Types.RANGE, args);
            PyRange rg = (PyRange) args[0];
            Object v = Args.one("range.count", args, kw, 1);
            if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) return rg.containsBig(PyRange.big(v)) ? 1L : 0L;
            long c = 0;
            for (PyIterator it = rangeIter(rg, false);;) {
                Object x = it.next();
                if (x == null) break;
                if (Ops.eq(x, v)) c++;
            }
            return c;
        });
        Types.method(r, "__len__", (args, kw) -> { Args.checkSelf("__len__", Types.RANGE, args); return ((PyRange) args[0]).length(); });
        Types.method(r, "__getitem__", (args, kw) -> {
            Args.checkSelf("__getitem__", Types.RANGE, args);
            return rangeItem((PyRange) args[0], Args.one("range.__getitem__", args, kw, 1));
        });
        Types.method(r, "__contains__", (args, kw) -> {
            Args.checkSelf("__contains__", Types.RANGE, args);
            NumberMethods.slot("__contains__", args, kw, 1);
            return Ops.contains(args[0], args[1]);
        });
        Types.method(r, "__iter__", (args, kw) -> Ops.iter(args[0]));
        Types.method(r, "__reversed__", (args, kw) -> {
            Args.checkSelf("__reversed__", Types.RANGE, args);
            return rangeIter((PyRange) args[0], true);
        });
        Types.method(r, "__bool__", (args, kw) -> {
            Args.checkSelf("__bool__", Types.RANGE, args);
            return !((PyRange) args[0]).isEmpty();
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
            BigInteger[] b = longSliceIndices(s, r.bigLength());
            BigInteger start = r.bigStart(), step = r.bigStep();
            return PyRange.of(Numbers.normalize(start.add(b[0].multiply(step))),
                    Numbers.normalize(start.add(b[1].multiply(step))), Numbers.normalize(step.multiply(b[2])));
        }
        if (!Ops.hasIndex(key)) throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        Object v = Ops.indexObject(key);
        if (!r.isBig()) {
            if (v instanceof BigInteger) throw Errors.indexError("range object index out of range");
            long i = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
            long len = r.length();
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw Errors.indexError("range object index out of range");
            return r.get(i);
        }
        BigInteger i = PyRange.big(v), len = r.bigLength();
        if (i.signum() < 0) i = i.add(len);
        if (i.signum() < 0 || i.compareTo(len) >= 0) throw Errors.indexError("range object index out of range");
        return r.get(i);
    }

    private static BigInteger sliceIndex(Object o) {
        if (!Ops.hasIndex(o)) throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        return PyRange.big(Ops.indexObject(o));
    }

    /** CPython's _PySlice_GetLongIndices: {start, stop, step} of a slice over a sequence of the given length. */
    static BigInteger[] longSliceIndices(PySlice s, BigInteger length) {
        BigInteger step = s.step == Py.None ? BigInteger.ONE : sliceIndex(s.step);
        if (step.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.add(lower) : length;
        BigInteger start = s.start == Py.None ? (neg ? upper : lower) : clampSlice(sliceIndex(s.start), length, lower, upper);
        BigInteger stop = s.stop == Py.None ? (neg ? lower : upper) : clampSlice(sliceIndex(s.stop), length, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger clampSlice(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            if (v.compareTo(lower) < 0) v = lower;
        } else if (v.compareTo(upper) > 0) {
            v = upper;
        }
        return v;
    }
}
