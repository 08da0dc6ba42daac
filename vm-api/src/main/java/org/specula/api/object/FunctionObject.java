package org.specula.api.object;

/**
 * A function defined in Python. The attributes a call specialization depends on
 * ({@code __code__}, {@code __defaults__}) are read live, so a handler guards on the function's
 * identity and re-checks the counts it relies on.
 */
public abstract class FunctionObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected FunctionObject() {}

    /** The function's {@code __qualname__}. */
    public abstract String qualifiedName();

    /** Number of positional parameters ({@code co_argcount}). */
    public abstract int positionalCount();

    /** Number of positional defaults ({@code len(__defaults__ or ())}). */
    public abstract int defaultCount();

    /**
     * True when the signature is positional parameters only: no {@code *args}, {@code **kwargs}
     * or keyword-only parameters, and the function is not a generator.
     */
    public abstract boolean hasSimpleSignature();
}
