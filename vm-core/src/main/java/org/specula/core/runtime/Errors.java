package org.specula.core.runtime;

/** The built-in exception types and factories for raising them from Java. */
public final class Errors {
    private Errors() {}

    public static PyType BaseException, Exception, TypeError, ValueError, NameError, UnboundLocalError,
            AttributeError, KeyError, IndexError, ZeroDivisionError, RecursionError, StopIteration,
            AssertionError, ImportError, SystemError, ModuleNotFoundError, RuntimeError, NotImplementedError, OverflowError,
            SystemExit, KeyboardInterrupt, LookupError, ArithmeticError, SyntaxError, UnicodeError;

    /** A new exception of type with a single message argument (not yet raised). */
    public static PyException of(PyType type, String message) { throw new UnsupportedOperationException("TODO runtime"); }

    public static PyException typeError(String message) { return of(TypeError, message); }
    public static PyException valueError(String message) { return of(ValueError, message); }
    public static PyException nameError(String message) { return of(NameError, message); }
    public static PyException attributeError(String message) { return of(AttributeError, message); }
    public static PyException indexError(String message) { return of(IndexError, message); }
    public static PyException zeroDivision(String message) { return of(ZeroDivisionError, message); }
}
