package org.specula.testplugin;

import org.specula.api.object.DictObject;
import org.specula.api.object.ListIteratorObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.RangeIteratorObject;
import org.specula.api.object.TupleObject;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.ContainsOpHandler;
import org.specula.api.spi.ForIterHandler;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.StoreSubscrHandler;
import org.specula.api.spi.UnpackSequenceHandler;

/** Subscript, membership, iteration and unpacking handlers of the example plugin. */
final class ContainerHandlers {
    private ContainerHandlers() {}

    /** list[i] for 0 <= i < len(list) (negative or out-of-range indexes miss). */
    static final class SubscrListInt implements BinarySubscrHandler {
        @Override public String name() { return "BINARY_SUBSCR_LIST_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof ListObject l && key instanceof Long i)) return MISS;
            long n = i;
            if (n < 0 || n >= l.size()) return MISS;
            return l.get((int) n);
        }
    }

    /** tuple[i] for 0 <= i < len(tuple). */
    static final class SubscrTupleInt implements BinarySubscrHandler {
        @Override public String name() { return "BINARY_SUBSCR_TUPLE_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof TupleObject t && key instanceof Long i)) return MISS;
            long n = i;
            if (n < 0 || n >= t.size()) return MISS;
            return t.get((int) n);
        }
    }

    /** dict[key] for an exact dict: the lookup is done once, so a missing key raises KeyError here. */
    static final class SubscrDict implements BinarySubscrHandler {
        private final ObjectModel model;

        SubscrDict(ObjectModel model) { this.model = model; }

        @Override public String name() { return "BINARY_SUBSCR_DICT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof DictObject d)) return MISS;
            Object v = d.get(key);
            if (v == null) throw model.keyError(key);
            return v;
        }
    }

    /** list[i] = v for 0 <= i < len(list). */
    static final class StoreListInt implements StoreSubscrHandler {
        @Override public String name() { return "STORE_SUBSCR_LIST_INT"; }

        @Override public boolean store(Object container, Object key, Object value) {
            if (!(container instanceof ListObject l && key instanceof Long i)) return false;
            long n = i;
            if (n < 0 || n >= l.size()) return false;
            l.set((int) n, value);
            return true;
        }
    }

    /** dict[key] = v for an exact dict. */
    static final class StoreDict implements StoreSubscrHandler {
        @Override public String name() { return "STORE_SUBSCR_DICT"; }

        @Override public boolean store(Object container, Object key, Object value) {
            if (!(container instanceof DictObject d)) return false;
            d.put(key, value);
            return true;
        }
    }

    /** key in dict for an exact dict. */
    static final class ContainsDict implements ContainsOpHandler {
        @Override public String name() { return "CONTAINS_OP_DICT"; }

        @Override public Object apply(Object item, Object container) {
            if (!(container instanceof DictObject d)) return MISS;
            return d.get(item) != null ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    /** One step over a range. */
    static final class ForIterRange implements ForIterHandler {
        @Override public String name() { return "FOR_ITER_RANGE"; }

        @Override public Object next(Object iterator) {
            if (!(iterator instanceof RangeIteratorObject r)) return MISS;
            Object v = r.next();
            return v == null ? EXHAUSTED : v;
        }
    }

    /** One step over a list. */
    static final class ForIterList implements ForIterHandler {
        @Override public String name() { return "FOR_ITER_LIST"; }

        @Override public Object next(Object iterator) {
            if (!(iterator instanceof ListIteratorObject l)) return MISS;
            Object v = l.next();
            return v == null ? EXHAUSTED : v;
        }
    }

    /** a, b = t for a tuple of exactly two items. */
    static final class UnpackTwoTuple implements UnpackSequenceHandler {
        @Override public String name() { return "UNPACK_SEQUENCE_TWO_TUPLE"; }

        @Override public Object unpack(Object sequence) {
            if (!(sequence instanceof TupleObject t) || t.size() != 2) return MISS;
            return new Object[] {t.get(0), t.get(1)};
        }
    }

    /** a, b, ... = l for a list of exactly n items. */
    static final class UnpackList implements UnpackSequenceHandler {
        private final int n;

        UnpackList(int n) { this.n = n; }

        @Override public String name() { return "UNPACK_SEQUENCE_LIST"; }

        @Override public Object unpack(Object sequence) {
            if (!(sequence instanceof ListObject l) || l.size() != n) return MISS;
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = l.get(i);
            return items;
        }
    }
}
