package org.specula.api.spi;

import org.specula.api.object.TypeObject;

/**
 * The VM's object model services for specializers and handlers (obtained from
 * {@link SiteContext#objectModel()}; a handler may keep it in a final field). All methods are
 * fast and have no Python-visible side effects.
 */
public interface ObjectModel {
    /** The Python type of any value ({@code type(value)}). */
    TypeObject typeOf(Object value);

    /** The built-in type of that name ({@code "int"}, {@code "float"}, {@code "object"}, ...), or null. */
    TypeObject builtinType(String name);

    /**
     * The object bound to name in the builtins module ({@code len}, {@code isinstance}, ...) as the
     * VM created it, or null. A handler that specializes a call to a built-in guards on the
     * callable's identity with this object.
     */
    Object builtin(String name);

    /**
     * A {@code KeyError(key)} for a handler to throw, for a lookup it did itself and that failed
     * (so that it does not miss after running Python code in {@code __eq__}).
     */
    RuntimeException keyError(Object key);

    /** Python's None. */
    Object none();

    /**
     * True when value, found on a type, is a data descriptor: its type defines {@code __set__}
     * or {@code __delete__} (a property, a slot, ...). A data descriptor takes precedence over
     * instance attributes.
     */
    boolean isDataDescriptor(Object value);

    /** True when value, found on a type, has {@code __get__} (functions, properties, ...). */
    boolean isDescriptor(Object value);

    /**
     * True when value, found on an instance's type, is a method that binds the instance as its
     * first argument: a function defined in Python or a built-in method descriptor.
     */
    boolean isMethod(Object value);

    /**
     * {@code s[index]} for an int index, as the generic subscript computes it: the one-character
     * str at code point {@code index} of {@code s} (a negative index counts from the end), or
     * null when the index is out of range (the generic operation then raises its
     * {@code IndexError}). Java strings are UTF-16, so a code point index is a char index only
     * when no surrogate pair comes before it; the VM remembers that of the string it last
     * examined, so indexing one long string over and over costs what the generic path costs.
     */
    String strItem(String s, long index);
}
