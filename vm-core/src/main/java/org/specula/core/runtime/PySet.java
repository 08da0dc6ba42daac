package org.specula.core.runtime;

/** A set or frozenset (see {@link #frozen}). */
public final class PySet {
    public final boolean frozen;

    public PySet(boolean frozen) { this.frozen = frozen; }

    public void add(Object v) { throw new UnsupportedOperationException("TODO runtime"); }
}
