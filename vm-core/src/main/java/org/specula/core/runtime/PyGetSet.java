package org.specula.core.runtime;

/** A data descriptor implemented in Java (CPython's getset_descriptor), e.g. BaseException.args. */
public final class PyGetSet implements PyObject {
    /** Reads the attribute of obj. */
    @FunctionalInterface
    public interface Getter { Object get(Object obj); }

    /** Writes (value non-null) or deletes (value null) the attribute of obj. */
    @FunctionalInterface
    public interface Setter { void set(Object obj, Object value); }

    public final String name;
    public final PyType owner;
    public final Getter getter;
    /** Null for read-only attributes. */
    public final Setter setter;

    public PyGetSet(String name, PyType owner, Getter getter, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public PyType type() { return Types.GETSET_DESCRIPTOR; }

    /** Installs a getset in t's dict. */
    static void define(PyType t, String name, Getter g, Setter s) {
        t.dict.put(name, new PyGetSet(name, t, g, s));
    }
}
