package org.specula.core.runtime;

/** The built-in type objects. */
public final class Types {
    private Types() {}

    public static PyType OBJECT, TYPE, NONE, NOT_IMPLEMENTED, ELLIPSIS, BOOL, INT, FLOAT, STR, LIST, TUPLE, DICT, SET,
            FROZENSET, RANGE, SLICE, FUNCTION, BUILTIN_FUNCTION, METHOD, MODULE, CELL, CODE;

    /** Descriptor and helper types. */
    public static PyType PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER, GETSET_DESCRIPTOR, TRACEBACK, GENERIC_ALIAS,
            MAPPINGPROXY, UNION;

    /** Iterator and view types (CPython's names). */
    public static PyType LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ITERATOR, STR_ASCII_ITERATOR,
            RANGE_ITERATOR, LONGRANGE_ITERATOR, SET_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR,
            DICT_ITEMITERATOR, DICT_REVERSEKEYITERATOR, DICT_REVERSEVALUEITERATOR, DICT_REVERSEITEMITERATOR,
            DICT_KEYS, DICT_VALUES, DICT_ITEMS, SEQ_ITERATOR, CALLABLE_ITERATOR;

    static {
        OBJECT = PyType.builtin("object", null);
        TYPE = PyType.builtin("type", OBJECT);
        NONE = PyType.builtin("NoneType", OBJECT);
        NOT_IMPLEMENTED = PyType.builtin("NotImplementedType", OBJECT);
        ELLIPSIS = PyType.builtin("ellipsis", OBJECT);
        INT = PyType.builtin("int", OBJECT);
        BOOL = PyType.builtin("bool", INT);
        FLOAT = PyType.builtin("float", OBJECT);
        STR = PyType.builtin("str", OBJECT);
        LIST = PyType.builtin("list", OBJECT);
        TUPLE = PyType.builtin("tuple", OBJECT);
        DICT = PyType.builtin("dict", OBJECT);
        SET = PyType.builtin("set", OBJECT);
        FROZENSET = PyType.builtin("frozenset", OBJECT);
        RANGE = PyType.builtin("range", OBJECT);
        SLICE = PyType.builtin("slice", OBJECT);
        FUNCTION = PyType.builtin("function", OBJECT);
        BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT);
        METHOD = PyType.builtin("method", OBJECT);
        MODULE = PyType.builtin("module", OBJECT);
        CELL = PyType.builtin("cell", OBJECT);
        CODE = PyType.builtin("code", OBJECT);
        PROPERTY = PyType.builtin("property", OBJECT);
        STATICMETHOD = PyType.builtin("staticmethod", OBJECT);
        CLASSMETHOD = PyType.builtin("classmethod", OBJECT);
        SUPER = PyType.builtin("super", OBJECT);
        GETSET_DESCRIPTOR = PyType.builtin("getset_descriptor", OBJECT);
        TRACEBACK = PyType.builtin("traceback", OBJECT);
        GENERIC_ALIAS = PyType.builtin("types.GenericAlias", OBJECT);
        MAPPINGPROXY = PyType.builtin("mappingproxy", OBJECT);
        UNION = PyType.builtin("types.UnionType", OBJECT);
        LIST_ITERATOR = PyType.builtin("list_iterator", OBJECT);
        LIST_REVERSEITERATOR = PyType.builtin("list_reverseiterator", OBJECT);
        TUPLE_ITERATOR = PyType.builtin("tuple_iterator", OBJECT);
        STR_ITERATOR = PyType.builtin("str_iterator", OBJECT);
        STR_ASCII_ITERATOR = PyType.builtin("str_ascii_iterator", OBJECT);
        RANGE_ITERATOR = PyType.builtin("range_iterator", OBJECT);
        LONGRANGE_ITERATOR = PyType.builtin("longrange_iterator", OBJECT);
        SET_ITERATOR = PyType.builtin("set_iterator", OBJECT);
        DICT_KEYITERATOR = PyType.builtin("dict_keyiterator", OBJECT);
        DICT_VALUEITERATOR = PyType.builtin("dict_valueiterator", OBJECT);
        DICT_ITEMITERATOR = PyType.builtin("dict_itemiterator", OBJECT);
        DICT_REVERSEKEYITERATOR = PyType.builtin("dict_reversekeyiterator", OBJECT);
        DICT_REVERSEVALUEITERATOR = PyType.builtin("dict_reversevalueiterator", OBJECT);
        DICT_REVERSEITEMITERATOR = PyType.builtin("dict_reverseitemiterator", OBJECT);
        DICT_KEYS = PyType.builtin("dict_keys", OBJECT);
        DICT_VALUES = PyType.builtin("dict_values", OBJECT);
        DICT_ITEMS = PyType.builtin("dict_items", OBJECT);
        SEQ_ITERATOR = PyType.builtin("iterator", OBJECT);
        CALLABLE_ITERATOR = PyType.builtin("callable_iterator", OBJECT);

        ObjectMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        SequenceMethods.install();
        BuiltinSubclasses.install();
    }

    /** Defines a built-in method {@code name} (self is args[0]) in type t. */
    static PyBuiltinFunction method(PyType t, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, t, impl);
        t.dict.put(name, f);
        return f;
    }
}
