package org.specula.spec.binop;

import org.specula.api.object.DictObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.SetObject;
import org.specula.api.object.TupleObject;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.ContainsOpHandler;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.StoreSubscrHandler;

/**
 * Subscript and membership handlers for exact lists, tuples, dicts and sets ({@code ListObject},
 * {@code TupleObject}, {@code DictObject} and {@code SetObject} are exact classes: a subclass
 * instance misses, and may define {@code __getitem__} or {@code __contains__}). Sequence indexes
 * must be ints ({@code Long}; a bool misses); a negative index counts from the end, and an index
 * out of range misses so that the generic operation raises its {@code IndexError}.
 */
final class ContainerOps {
    private ContainerOps() {}

    /** The position of index i in a sequence of n items, or -1 when out of range. */
    static int position(long i, int n) {
        if (i < 0) i += n;
        return i >= 0 && i < n ? (int) i : -1;
    }

    /** {@code list[int]}. */
    static final class SubscrListInt implements BinarySubscrHandler {
        @Override public String name() { return "BINARY_SUBSCR_LIST_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof ListObject l && key instanceof Long k)) return MISS;
            int i = position(k, l.size());
            return i < 0 ? MISS : l.get(i);
        }
    }

    /** {@code tuple[int]}. */
    static final class SubscrTupleInt implements BinarySubscrHandler {
        @Override public String name() { return "BINARY_SUBSCR_TUPLE_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof TupleObject t && key instanceof Long k)) return MISS;
            int i = position(k, t.size());
            return i < 0 ? MISS : t.get(i);
        }
    }

    /**
     * {@code dict[key]}: one lookup, which may run the key's {@code __hash__} and {@code __eq__};
     * so a missing key raises the {@code KeyError} here rather than missing after Python code ran.
     */
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

    /** {@code list[int] = value}. */
    static final class StoreListInt implements StoreSubscrHandler {
        @Override public String name() { return "STORE_SUBSCR_LIST_INT"; }

        @Override public boolean store(Object container, Object key, Object value) {
            if (!(container instanceof ListObject l && key instanceof Long k)) return false;
            int i = position(k, l.size());
            if (i < 0) return false;
            l.set(i, value);
            return true;
        }
    }

    /** {@code dict[key] = value}. */
    static final class StoreDict implements StoreSubscrHandler {
        @Override public String name() { return "STORE_SUBSCR_DICT"; }

        @Override public boolean store(Object container, Object key, Object value) {
            if (!(container instanceof DictObject d)) return false;
            d.put(key, value);
            return true;
        }
    }

    /** {@code key in dict}. */
    static final class ContainsDict implements ContainsOpHandler {
        @Override public String name() { return "CONTAINS_OP_DICT"; }

        @Override public Object apply(Object item, Object container) {
            if (!(container instanceof DictObject d)) return MISS;
            return d.get(item) != null ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    /**
     * {@code item in set} and {@code item in frozenset}: the set's own lookup, the one the generic
     * operation makes, so the item's {@code __hash__} and {@code __eq__} run (and raise) as there.
     */
    static final class ContainsSet implements ContainsOpHandler {
        @Override public String name() { return "CONTAINS_OP_SET"; }

        @Override public Object apply(Object item, Object container) {
            if (!(container instanceof SetObject s)) return MISS;
            return s.contains(item) ? Boolean.TRUE : Boolean.FALSE;
        }
    }
}
