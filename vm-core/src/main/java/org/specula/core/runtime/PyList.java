package org.specula.core.runtime;

/** A list: a growable array of values. */
public final class PyList {
    public Object[] items;
    public int size;

    public PyList() { this.items = new Object[4]; }

    /** Takes ownership of items (no copy). */
    public PyList(Object[] items) { this.items = items; this.size = items.length; }

    public void append(Object v) { throw new UnsupportedOperationException("TODO runtime"); }

    public Object get(int i) { return items[i]; }
}
