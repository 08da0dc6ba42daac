package org.specula.core.runtime;

/** A Java-implemented iterator: {@code Ops.next} calls {@link #next()} directly. */
public interface PyIterator extends PyObject {
    /** The next value, or null when exhausted (no StopIteration is thrown). */
    Object next();
}
