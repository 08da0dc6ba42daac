package org.specula.core.runtime;

/**
 * An instance of a class defined in Python. Attributes are kept in {@link #slots}, laid out by
 * {@link #shape} (a hidden class shared by instances that gained the same attributes in the same
 * order).
 */
public class PyInstance {
    public PyType type;
    public Shape shape;
    public Object[] slots;

    public PyInstance(PyType type) { throw new UnsupportedOperationException("TODO runtime"); }

    /** The instance attribute, or null when the instance has none of that name. */
    public Object getInstanceAttr(String name) { throw new UnsupportedOperationException("TODO runtime"); }

    public void setInstanceAttr(String name, Object value) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Removes the attribute; false when absent. */
    public boolean delInstanceAttr(String name) { throw new UnsupportedOperationException("TODO runtime"); }
}
