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
    /** __notes__ (add_note), or null. */
    public PyList notes;
    /** Built-in attributes of some exception types (StopIteration.value, OSError.errno, ...), or null. */
    java.util.Map<String, Object> builtinAttrs;
    /**
     * For a NameError raised by a failed name lookup: the globals and builtins of the frame (CPython
     * finds them through the traceback's frame to suggest "Did you mean: ...?"), else null.
     */
    public PyDict lookupGlobals, lookupBuiltins;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args == null ? PyTuple.EMPTY : args;
    }

    /** Wraps this exception object in a throwable. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    @Override
    public String toString() {
        return type.name + ": " + Ops.str(this);
    }
}
