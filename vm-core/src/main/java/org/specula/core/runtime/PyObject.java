package org.specula.core.runtime;

/**
 * Implemented by runtime objects written in Java that are not one of the core value classes
 * (iterators, views, map/filter/zip objects, property, ...): {@code Ops.type} asks them for
 * their type.
 */
public interface PyObject {
    PyType type();
}
