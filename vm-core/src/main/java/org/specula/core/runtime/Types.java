package org.specula.core.runtime;

/** The built-in type objects. */
public final class Types {
    private Types() {}

    public static PyType OBJECT, TYPE, NONE, NOT_IMPLEMENTED, ELLIPSIS, BOOL, INT, FLOAT, STR, LIST, TUPLE, DICT, SET,
            FROZENSET, RANGE, SLICE, FUNCTION, BUILTIN_FUNCTION, METHOD, MODULE, CELL, CODE;
}
