package org.specula.core.runtime;

/**
 * An insertion-ordered dict keyed with Python equality and hashing ({@code 1 == 1.0 == True}).
 * Also used for module globals and class-body namespaces.
 */
public final class PyDict {
    public PyDict() { }

    /** The value for key, or null when absent. May call Python __hash__/__eq__. */
    public Object get(Object key) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Fast path for str keys. */
    public Object getStr(String key) { throw new UnsupportedOperationException("TODO runtime"); }

    public void put(Object key, Object value) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Removes key; returns the old value or null. */
    public Object remove(Object key) { throw new UnsupportedOperationException("TODO runtime"); }

    public int size() { throw new UnsupportedOperationException("TODO runtime"); }
}
