package org.specula.api.object;

/**
 * An exact Python {@code tuple} (instances of classes derived from tuple are
 * {@link InstanceObject}s). Immutable.
 */
public abstract class TupleObject {
    protected TupleObject() {}

    /** Number of items. */
    public abstract int size();

    /** Item i, 0 <= i < size(). */
    public abstract Object get(int i);
}
