package org.specula.api.object;

/**
 * The built-in {@code list_iterator}: iteration over a list (it sees the list grow and shrink). Advancing it runs no Python code, so
 * a specialized {@code FOR_ITER} may call {@link #next()} directly.
 */
public abstract class ListIteratorObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected ListIteratorObject() {}

    /** Advances the iterator: the next item, or null when it is exhausted (it then stays exhausted). */
    public abstract Object next();
}
