package org.specula.core.runtime;

import java.util.Arrays;

/** A list: a growable array of values. */
public final class PyList extends org.specula.api.object.ListObject {
    static final Object[] EMPTY = new Object[0];
    public Object[] items;
    public int size;

    public PyList() { this.items = new Object[4]; }

    /** Takes ownership of items (no copy). */
    public PyList(Object[] items) { this.items = items; this.size = items.length; }

    /** An empty list with room for capacity items. */
    public static PyList withCapacity(int capacity) {
        return new PyList(new Object[Math.max(capacity, 0)], 0);
    }

    private PyList(Object[] items, int size) { this.items = items; this.size = size; }

    public void append(Object v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        items[size++] = v;
    }

    @Override public Object get(int i) { return items[i]; }

    @Override public void set(int i, Object value) { items[i] = value; }

    @Override public int size() { return size; }

    void ensureCapacity(int n) {
        if (n > items.length) items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 1));
    }

    public void insert(int i, Object v) {
        ensureCapacity(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public Object removeAt(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** list.extend(iterable). */
    public void extend(Object iterable) {
        if (iterable instanceof PyList l) {
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
        } else if (iterable instanceof PyTuple t) {
            ensureCapacity(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
        } else {
            Object it = Ops.iter(iterable);
            for (Object v; (v = Ops.next(it)) != null; ) append(v);
        }
    }

    /** A copy of the items (exact length). */
    public Object[] toArray() { return Arrays.copyOf(items, size); }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** list.sort(key=key, reverse=reverse): stable; key may be null or None. */
    public void sort(Object key, boolean reverse) {
        ListMethods.sort(this, key, reverse);
    }

    @Override public String toString() { return Ops.repr(this); }
}
