package org.specula.core.runtime;

/** dict_keys, dict_values and dict_items: live views of a dict. */
public final class PyDictView implements PyObject {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    public final PyDict dict;
    public final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override public PyType type() {
        return kind == KEYS ? Types.DICT_KEYS : kind == VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
    }

    public PyIterator iterator() { return new Iterators.DictIter(dict, kind); }

    public boolean contains(Object o) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(o);
            case ITEMS: {
                if (!(o instanceof PyTuple t) || t.items.length != 2) return false;
                Object v = dict.get(t.items[0]);
                return v != null && Ops.eq(v, t.items[1]);
            }
            default: {
                for (int i = 0; i < dict.entryCount(); i++) {
                    if (dict.keyAt(i) != null && Ops.eq(dict.valueAt(i), o)) return true;
                }
                return false;
            }
        }
    }

    /** The view's contents as a new set (for set operations on keys/items views). */
    PySet toSet() {
        PySet s = new PySet(false);
        s.update(this);
        return s;
    }

    /**
     * dictviews_or / dictviews_sub / dictviews_xor (self is the left operand, a view or a set): a new set
     * from self (the dict's fast path for a keys view), updated with other, as CPython builds it.
     */
    static PySet setOp(int op, Object self, Object other) {
        if (op == Ops.NB_AND) return intersect(self, other);
        PySet r = new PySet(false);
        if (self instanceof PyDictView v && v.kind == KEYS && v.dict.getClass() == PyDict.class) r.update(v.dict);
        else r.update(self);
        switch (op) {
            case Ops.NB_OR: r.update(other); break;
            case Ops.NB_SUB: SetMethods.differenceUpdate(r, other); break;
            default: SetMethods.symmetricDifferenceUpdate(r, other); break;
        }
        return r;
    }

    /** _PyDictView_Intersect: which operand is iterated decides the result's insertion order. */
    private static PySet intersect(Object self, Object other) {
        if (!(self instanceof PyDictView sv && sv.kind != VALUES)) {
            Object t = self;
            self = other;
            other = t;
        }
        PyDictView v = (PyDictView) self;
        long lenSelf = v.dict.size();
        PySet r = new PySet(false);
        if (other instanceof PySet s && !s.frozen && lenSelf <= s.used) {
            // other.intersection(self): iterate the view, keep what the set holds
            for (PyIterator it = v.iterator();;) {
                Object k = it.next();
                if (k == null) break;
                if (Ops.contains(s, k)) r.add(k);
            }
            return r;
        }
        if (other instanceof PyDictView ov && ov.kind != VALUES && ov.dict.size() > lenSelf) {
            PyDictView t = v;
            v = ov;
            other = t;
        }
        Object it = Ops.iter(other);
        for (Object k; (k = Ops.next(it)) != null; ) if (v.contains(k)) r.add(k);
        return r;
    }

    @Override public String toString() { return Ops.repr(this); }
}
