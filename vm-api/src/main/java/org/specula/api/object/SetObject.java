package org.specula.api.object;

/**
 * An exact Python {@code set} or {@code frozenset} (the two share one implementation and, as in
 * CPython 3.11, one membership test; {@code ObjectModel.typeOf} tells them apart). Instances of
 * classes derived from set or frozenset are {@link InstanceObject}s, so {@code instanceof
 * SetObject} guards "exactly set or frozenset". Read-only: plugins test membership and size.
 */
public abstract class SetObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected SetObject() {}

    /** Number of elements. */
    public abstract int size();

    /**
     * {@code key in self}, exactly as the generic operation answers it: the key is hashed and
     * compared with Python semantics ({@code 1 == 1.0 == True}; a key that is an exact set is
     * looked up as the equal frozenset), which may run Python code ({@code __hash__},
     * {@code __eq__}) and so raise a Python exception (an unhashable key raises the generic
     * {@code TypeError}).
     */
    public abstract boolean contains(Object key);
}
