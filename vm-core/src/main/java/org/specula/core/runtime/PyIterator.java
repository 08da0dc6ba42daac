package org.specula.core.runtime;

/** A Java-implemented iterator: {@code Ops.next} calls {@link #next()} directly. */
public interface PyIterator extends PyObject {
    /** The next value, or null when exhausted (no StopIteration is thrown). */
    Object next();

    /**
     * The value carried by the StopIteration that ends this iterator (a generator's return
     * value); None for ordinary iterators.
     */
    default Object returnValue() {
        return Py.None;
    }
}
