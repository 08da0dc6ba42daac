package org.specula.core.runtime;

/** The built-in iterator types (list_iterator, range_iterator, dict_keyiterator, ...). */
public final class Iterators {
    private Iterators() {}

    /** list_iterator: live over the list (sees appends). */
    public static final class ListIter extends org.specula.api.object.ListIteratorObject implements PyIterator {
        private PyList list;
        private int index;

        public ListIter(PyList list) { this.list = list; }

        @Override public PyType type() { return Types.LIST_ITERATOR; }

        @Override public Object next() {
            PyList l = list;
            if (l == null) return null;
            if (index < l.size) return l.items[index++];
            list = null;
            return null;
        }

        /** Remaining length (__length_hint__). */
        public int remaining() { return list == null ? 0 : Math.max(0, list.size - index); }
    }

    /** list_reverseiterator. */
    public static final class ListRevIter implements PyIterator {
        private PyList list;
        private int index;

        public ListRevIter(PyList list) { this.list = list; this.index = list.size - 1; }

        @Override public PyType type() { return Types.LIST_REVERSEITERATOR; }

        @Override public Object next() {
            PyList l = list;
            if (l == null) return null;
            if (index >= 0 && index < l.size) return l.items[index--];
            list = null;
            return null;
        }
    }

    /** tuple_iterator, also used for fixed arrays. */
    public static final class ArrayIter extends org.specula.api.object.TupleIteratorObject implements PyIterator {
        private final Object[] items;
        private final PyType type;
        private int index;

        public ArrayIter(Object[] items, PyType type) { this.items = items; this.type = type; }

        @Override public PyType type() { return type; }

        @Override public Object next() {
            return index < items.length ? items[index++] : null;
        }
    }

    /** str_iterator / str_ascii_iterator: yields one code point at a time. */
    public static final class StrIter implements PyIterator {
        private final String s;
        private int pos;

        public StrIter(String s) { this.s = s; }

        @Override public PyType type() {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return Types.STR_ITERATOR;
            return Types.STR_ASCII_ITERATOR;
        }

        @Override public Object next() {
            if (pos >= s.length()) return null;
            char c = s.charAt(pos);
            if (Character.isHighSurrogate(c) && pos + 1 < s.length() && Character.isLowSurrogate(s.charAt(pos + 1))) {
                String r = s.substring(pos, pos + 2);
                pos += 2;
                return r;
            }
            pos++;
            return Ops.charStr(c);
        }
    }

    /** range_iterator. */
    public static final class RangeIter extends org.specula.api.object.RangeIteratorObject implements PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIter(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override public PyType type() { return Types.RANGE_ITERATOR; }

        @Override public Object next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next = v + step;
            return v;
        }
    }

    /** longrange_iterator: iteration over a range whose bounds or length do not fit in a long. */
    public static final class BigRangeIter implements PyIterator {
        private java.math.BigInteger next;
        private final java.math.BigInteger step;
        private java.math.BigInteger remaining;

        public BigRangeIter(java.math.BigInteger start, java.math.BigInteger step, java.math.BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override public PyType type() { return Types.LONGRANGE_ITERATOR; }

        @Override public Object next() {
            if (remaining.signum() <= 0) return null;
            remaining = remaining.subtract(java.math.BigInteger.ONE);
            java.math.BigInteger v = next;
            next = v.add(step);
            return Numbers.normalize(v);
        }
    }

    /** dict_keyiterator / dict_valueiterator / dict_itemiterator (kind 0, 1, 2). */
    public static final class DictIter implements PyIterator {
        private PyDict dict;
        private final int kind;
        private int pos;
        private final int expectedUsed;
        private int remaining;

        public DictIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.expectedUsed = dict.size();
            this.remaining = expectedUsed;
        }

        @Override public PyType type() {
            return kind == 0 ? Types.DICT_KEYITERATOR : kind == 1 ? Types.DICT_VALUEITERATOR : Types.DICT_ITEMITERATOR;
        }

        @Override public Object next() {
            PyDict d = dict;
            if (d == null) return null;
            if (d.size() != expectedUsed) {
                dict = null;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int n = d.entryCount();
            int i = pos;
            while (i < n && d.keyAt(i) == null) i++;
            if (i >= n) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            pos = i + 1;
            remaining--;
            return switch (kind) {
                case 0 -> d.keyAt(i);
                case 1 -> d.valueAt(i);
                default -> new PyTuple(d.keyAt(i), d.valueAt(i));
            };
        }
    }

    /** Reversed dict iterators (reversed(d), reversed(d.values()), ...). */
    public static final class DictRevIter implements PyIterator {
        private PyDict dict;
        private final int kind;
        private int pos;
        private final int expectedUsed;

        public DictRevIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.pos = dict.entryCount() - 1;
            this.expectedUsed = dict.size();
        }

        @Override public PyType type() {
            return kind == 0 ? Types.DICT_REVERSEKEYITERATOR : kind == 1 ? Types.DICT_REVERSEVALUEITERATOR : Types.DICT_REVERSEITEMITERATOR;
        }

        @Override public Object next() {
            PyDict d = dict;
            if (d == null) return null;
            if (d.size() != expectedUsed) {
                dict = null;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int i = Math.min(pos, d.entryCount() - 1);
            while (i >= 0 && d.keyAt(i) == null) i--;
            if (i < 0) {
                dict = null;
                return null;
            }
            pos = i - 1;
            return switch (kind) {
                case 0 -> d.keyAt(i);
                case 1 -> d.valueAt(i);
                default -> new PyTuple(d.keyAt(i), d.valueAt(i));
            };
        }
    }

    /** set_iterator. */
    public static final class SetIter implements PyIterator {
        private PySet set;
        private int pos;
        private final int expectedUsed;

        public SetIter(PySet set) {
            this.set = set;
            this.expectedUsed = set.used;
        }

        @Override public PyType type() { return Types.SET_ITERATOR; }

        @Override public Object next() {
            PySet s = set;
            if (s == null) return null;
            if (s.used != expectedUsed) {
                set = null;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            Object[] keys = s.keys;
            int i = pos;
            while (i < keys.length && (keys[i] == null || keys[i] == PySet.DUMMY)) i++;
            if (i >= keys.length) {
                set = null;
                return null;
            }
            pos = i + 1;
            return keys[i];
        }
    }

    /** "iterator": the sequence protocol over __getitem__ with 0, 1, 2, ... */
    public static final class SeqIter implements PyIterator {
        private Object seq;
        private long index;

        public SeqIter(Object seq) { this.seq = seq; }

        @Override public PyType type() { return Types.SEQ_ITERATOR; }

        @Override public Object next() {
            if (seq == null) return null;
            try {
                return Ops.getItem(seq, index++);
            } catch (PyException e) {
                if (Errors.matches(e, Errors.IndexError) || Errors.matches(e, Errors.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** callable_iterator: iter(callable, sentinel). */
    public static final class CallableIter implements PyIterator {
        private Object callable;
        private final Object sentinel;

        public CallableIter(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override public PyType type() { return Types.CALLABLE_ITERATOR; }

        @Override public Object next() {
            if (callable == null) return null;
            Object v;
            try {
                v = Ops.call(callable, new Object[0], null);
            } catch (PyException e) {
                if (Errors.matches(e, Errors.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
