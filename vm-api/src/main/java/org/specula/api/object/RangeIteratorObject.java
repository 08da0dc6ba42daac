package org.specula.api.object;

/**
 * The built-in {@code range_iterator}: iteration over a range. Advancing it runs no Python code, so
 * a specialized {@code FOR_ITER} may call {@link #next()} directly.
 */
public abstract class RangeIteratorObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected RangeIteratorObject() {}

    /** Advances the iterator: the next item, or null when it is exhausted (it then stays exhausted). */
    public abstract Object next();
}
