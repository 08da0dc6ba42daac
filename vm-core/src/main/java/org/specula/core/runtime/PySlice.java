package org.specula.core.runtime;

/** A slice object; absent parts are Py.None. */
public final class PySlice {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) { this.start = start; this.stop = stop; this.step = step; }
}
