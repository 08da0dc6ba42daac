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

    public PyBuiltinFunction(String name, boolean isMethod, Impl impl) { this.name = name; this.isMethod = isMethod; this.impl = impl; }
}
