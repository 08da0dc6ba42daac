package org.specula.core.runtime;

/** An immutable tuple. */
public final class PyTuple extends org.specula.api.object.TupleObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object... items) { this.items = items; }

    @Override public int size() { return items.length; }

    @Override public Object get(int i) { return items[i]; }

    @Override public String toString() { return Ops.repr(this); }
}
