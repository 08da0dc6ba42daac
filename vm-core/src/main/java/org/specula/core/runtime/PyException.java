package org.specula.core.runtime;

/**
 * The Java throwable that carries a Python exception through Java frames. It has no Java stack
 * trace (filling one in is expensive and never shown); the Python traceback lives on the
 * exception object, {@link PyBaseException#traceback}.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.toString();
    }
}
