package org.specula.core.runtime;

/** A function bound to an instance: calling it prepends self to the arguments. */
public final class PyBoundMethod {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) { this.self = self; this.function = function; }
}
