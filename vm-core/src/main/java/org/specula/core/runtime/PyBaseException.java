package org.specula.core.runtime;

/**
 * An exception object: an instance of BaseException or a subclass (built-in or defined in
 * Python). Carries args, the Python traceback, __cause__ and __context__.
 */
public class PyBaseException extends PyInstance {
    public PyTuple args;
    /** Outermost entry first; null before the exception has been raised. */
    public Traceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyType type, PyTuple args) { super(type); throw new UnsupportedOperationException("TODO runtime"); }
}
