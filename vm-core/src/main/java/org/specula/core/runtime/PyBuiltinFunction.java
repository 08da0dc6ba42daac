package org.specula.core.runtime;

/**
 * A function implemented in Java: a builtin (len, print), or a method of a built-in type (then
 * {@link #isMethod} is true, self comes first in args, and attribute access binds it).
 */
public final class PyBuiltinFunction {
    /** Calling convention: positional arguments, then keyword argument values named by kwnames (null if none). */
    @FunctionalInterface
    public interface Impl {
        Object call(Object[] args, String[] kwnames);
    }

    public final String name;
    public final boolean isMethod;
    public final Impl impl;
    /** The type a method belongs to (for qualname and error messages), or null. */
    public final PyType owner;
    /**
     * True for the built-ins that read the calling frame's locals (locals, eval, exec): compiled
     * code leaves such a call to the interpreter, which has the frame's locals in the frame.
     */
    public boolean readsFrame;

    public PyBuiltinFunction(String name, boolean isMethod, Impl impl) {
        this.name = name;
        this.isMethod = isMethod;
        this.impl = impl;
        this.owner = null;
    }

    /** A method of a built-in type. */
    public PyBuiltinFunction(String name, PyType owner, Impl impl) {
        this.name = name;
        this.isMethod = true;
        this.impl = impl;
        this.owner = owner;
    }

    /** "list.append" for methods, "len" for functions. */
    public String qualname() {
        return owner == null ? name : owner.name + "." + name;
    }

    @Override
    public String toString() {
        if (isMethod && owner != null) return "<method '" + name + "' of '" + owner.name + "' objects>";
        return "<built-in function " + name + ">";
    }
}
