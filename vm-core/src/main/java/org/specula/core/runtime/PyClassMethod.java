package org.specula.core.runtime;

/** classmethod(f): attribute access binds f to the class. */
public final class PyClassMethod implements PyObject {
    public final Object callable;

    public PyClassMethod(Object callable) { this.callable = callable; }

    @Override public PyType type() { return Types.CLASSMETHOD; }
}
