package org.specula.core.runtime;

/**
 * The generic operations on Python values: what each instruction of the generic interpreter does,
 * with CPython 3.11's semantics (dunder dispatch, reflected operands, NotImplemented, error
 * messages). All static; values are plain Objects (Long/BigInteger, Double, Boolean, String,
 * Py.None, Py* classes).
 */
public final class Ops {
    private Ops() {}

    public static PyType type(Object o) { throw new UnsupportedOperationException("TODO runtime"); }

    /** BINARY_OP with CPython 3.11's NB_* argument (in-place forms 13..25 included). */
    public static Object binaryOp(int nbOp, Object a, Object b) { throw new UnsupportedOperationException("TODO runtime"); }

    /** COMPARE_OP: rich comparison with Py_LT..Py_GE numbering; returns the result object. */
    public static Object compare(int cmpOp, Object a, Object b) { throw new UnsupportedOperationException("TODO runtime"); }

    public static Object negative(Object a) { throw new UnsupportedOperationException("TODO runtime"); }
    public static Object positive(Object a) { throw new UnsupportedOperationException("TODO runtime"); }
    public static Object invert(Object a) { throw new UnsupportedOperationException("TODO runtime"); }

    public static boolean isTrue(Object a) { throw new UnsupportedOperationException("TODO runtime"); }

    /** The {@code is} operator. */
    public static boolean is(Object a, Object b) { throw new UnsupportedOperationException("TODO runtime"); }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) { throw new UnsupportedOperationException("TODO runtime"); }

    public static Object getItem(Object container, Object key) { throw new UnsupportedOperationException("TODO runtime"); }
    public static void setItem(Object container, Object key, Object value) { throw new UnsupportedOperationException("TODO runtime"); }
    public static void delItem(Object container, Object key) { throw new UnsupportedOperationException("TODO runtime"); }

    public static Object getAttr(Object obj, String name) { throw new UnsupportedOperationException("TODO runtime"); }
    public static void setAttr(Object obj, String name, Object value) { throw new UnsupportedOperationException("TODO runtime"); }
    public static void delAttr(Object obj, String name) { throw new UnsupportedOperationException("TODO runtime"); }

    /** iter(o). */
    public static Object iter(Object o) { throw new UnsupportedOperationException("TODO runtime"); }

    /** next(iterator), or null when the iterator is exhausted (no StopIteration thrown). */
    public static Object next(Object iterator) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Calls any callable: positional args, then keyword values named by kwnames (null for none). */
    public static Object call(Object callable, Object[] args, String[] kwnames) { throw new UnsupportedOperationException("TODO runtime"); }

    public static String repr(Object o) { throw new UnsupportedOperationException("TODO runtime"); }
    public static String str(Object o) { throw new UnsupportedOperationException("TODO runtime"); }
    /** format(value, spec), as used by f-strings. */
    public static String format(Object value, String spec) { throw new UnsupportedOperationException("TODO runtime"); }
    public static long hash(Object o) { throw new UnsupportedOperationException("TODO runtime"); }
    public static boolean eq(Object a, Object b) { throw new UnsupportedOperationException("TODO runtime"); }

    /** Unpacks an iterable into exactly n values (first value at index 0). */
    public static Object[] unpack(Object iterable, int n) { throw new UnsupportedOperationException("TODO runtime"); }
    /** Star unpacking: before values, a list, after values. */
    public static Object[] unpackEx(Object iterable, int before, int after) { throw new UnsupportedOperationException("TODO runtime"); }

    /** isinstance(obj, classinfo) where classinfo is a type or tuple of types. */
    public static boolean isInstance(Object obj, Object classinfo) { throw new UnsupportedOperationException("TODO runtime"); }
}
