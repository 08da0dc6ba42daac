package org.specula.api.object;

/**
 * An exact Python {@code tuple} (instances of classes derived from tuple are
 * {@link InstanceObject}s). Immutable.
 */
public abstract class TupleObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected TupleObject() {}

    /** Number of items. */
    public abstract int size();

    /** Item i, {@code 0 <= i < size()}. */
    public abstract Object get(int i);
}
