package org.specula.core.runtime;

import java.util.Map;

/**
 * A Python type: built-in (int, str, list, ...) or defined by a class statement. Attributes live
 * in an insertion-ordered dict; {@link #version} changes whenever the type or one of its bases is
 * mutated (attribute set or deleted), so caches keyed on it stay valid.
 */
public final class PyType {
    public String name;
    public String qualname;
    /** Direct bases (single inheritance: one element, or none for object). */
    public PyType[] bases;
    /** Method resolution order, this type first, object last. */
    public PyType[] mro;
    /** The type's namespace: attribute name -> value. Mutate only via setAttr/delAttr. */
    public final Map<String, Object> dict;
    /** Version tag; changes on any mutation of this type or a base. */
    public volatile int version;

    /** Constructor of a built-in type (int(x), list(it), ...); null for classes defined in Python. */
    public PyBuiltinFunction.Impl constructor;

    /** Creates a class for a class statement (used by __build_class__). */
    public static PyType newClass(String name, PyType[] bases, PyDict namespace) { throw new UnsupportedOperationException("TODO runtime"); }

    public PyType(String name, PyType[] bases, Map<String, Object> dict) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Looks name up along the MRO (no descriptors applied); null if absent. */
    public Object lookup(String name) { throw new UnsupportedOperationException("TODO runtime"); }

    /** True when this type is {@code other} or a subclass of it. */
    public boolean isSubtypeOf(PyType other) { throw new UnsupportedOperationException("TODO runtime"); }
}
