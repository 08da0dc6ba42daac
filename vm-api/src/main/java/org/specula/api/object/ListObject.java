package org.specula.api.object;

/**
 * An exact Python {@code list}. Instances of classes derived from list are {@link InstanceObject}s,
 * so {@code value instanceof ListObject} is an exact-type check.
 */
public abstract class ListObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected ListObject() {}

    /** Number of items. */
    public abstract int size();

    /** Item i, {@code 0 <= i < size()} (no negative indexes, no bounds check beyond Java's). */
    public abstract Object get(int i);

    /** Replaces item i, {@code 0 <= i < size()}. */
    public abstract void set(int i, Object value);
}
