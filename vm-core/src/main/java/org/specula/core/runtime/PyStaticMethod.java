package org.specula.core.runtime;

/** staticmethod(f): attribute access returns f unchanged. */
public final class PyStaticMethod implements PyObject {
    public final Object callable;
    /** Attributes such as __doc__ set on the wrapper, created on first use. */
    public PyDict dict;

    public PyStaticMethod(Object callable) { this.callable = callable; }

    @Override public PyType type() { return Types.STATICMETHOD; }
}
