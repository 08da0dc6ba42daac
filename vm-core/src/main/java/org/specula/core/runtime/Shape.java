package org.specula.core.runtime;

/** A hidden class: the attribute layout shared by instances that gained the same attributes in the same order. */
public final class Shape {
    /** The root (empty) shape. */
    public static final Shape EMPTY = null;

    /** Slot index of name in this shape, or -1. */
    public int indexOf(String name) { throw new UnsupportedOperationException("TODO runtime"); }

    /** The shape after adding name (cached transition). */
    public Shape with(String name) { throw new UnsupportedOperationException("TODO runtime"); }
}
