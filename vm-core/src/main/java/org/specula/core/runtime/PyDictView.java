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

    @Override public String toString() { return Ops.repr(this); }
}
