package org.specula.core.runtime;

/** The built-in exception types and factories for raising them from Java. */
public final class Errors {
    private Errors() {}

    public static PyType BaseException, Exception, TypeError, ValueError, NameError, UnboundLocalError,
            AttributeError, KeyError, IndexError, ZeroDivisionError, RecursionError, StopIteration,
            AssertionError, ImportError, ModuleNotFoundError, RuntimeError, NotImplementedError, OverflowError,
            SystemExit, KeyboardInterrupt, LookupError, ArithmeticError, SyntaxError, UnicodeError;

    public static PyType GeneratorExit, StopAsyncIteration, FloatingPointError, BufferError, EOFError,
            MemoryError, OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
            NotADirectoryError, TimeoutError, ConnectionError, BrokenPipeError, InterruptedError,
            ChildProcessError, ProcessLookupError, BlockingIOError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, ReferenceError, IndentationError, TabError,
            SystemError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, UserWarning,
            DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
            ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning;

    /** Builtin aliases of OSError: EnvironmentError and IOError (bind these names too). */
    public static PyType EnvironmentError, IOError;

    /** All built-in exception types in definition order (for the builtins module). */
    public static final java.util.List<PyType> ALL = new java.util.ArrayList<>();

    static {
        BaseException = exc("BaseException", null);
        SystemExit = exc("SystemExit", BaseException);
        KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
        GeneratorExit = exc("GeneratorExit", BaseException);
        Exception = exc("Exception", BaseException);
        StopIteration = exc("StopIteration", Exception);
        StopAsyncIteration = exc("StopAsyncIteration", Exception);
        ArithmeticError = exc("ArithmeticError", Exception);
        FloatingPointError = exc("FloatingPointError", ArithmeticError);
        OverflowError = exc("OverflowError", ArithmeticError);
        ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
        AssertionError = exc("AssertionError", Exception);
        AttributeError = exc("AttributeError", Exception);
        BufferError = exc("BufferError", Exception);
        EOFError = exc("EOFError", Exception);
        ImportError = exc("ImportError", Exception);
        ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
        LookupError = exc("LookupError", Exception);
        IndexError = exc("IndexError", LookupError);
        KeyError = exc("KeyError", LookupError);
        MemoryError = exc("MemoryError", Exception);
        NameError = exc("NameError", Exception);
        UnboundLocalError = exc("UnboundLocalError", NameError);
        OSError = exc("OSError", Exception);
        BlockingIOError = exc("BlockingIOError", OSError);
        ChildProcessError = exc("ChildProcessError", OSError);
        ConnectionError = exc("ConnectionError", OSError);
        BrokenPipeError = exc("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = exc("ConnectionResetError", ConnectionError);
        FileExistsError = exc("FileExistsError", OSError);
        FileNotFoundError = exc("FileNotFoundError", OSError);
        InterruptedError = exc("InterruptedError", OSError);
        IsADirectoryError = exc("IsADirectoryError", OSError);
        NotADirectoryError = exc("NotADirectoryError", OSError);
        PermissionError = exc("PermissionError", OSError);
        ProcessLookupError = exc("ProcessLookupError", OSError);
        TimeoutError = exc("TimeoutError", OSError);
        ReferenceError = exc("ReferenceError", Exception);
        RuntimeError = exc("RuntimeError", Exception);
        NotImplementedError = exc("NotImplementedError", RuntimeError);
        RecursionError = exc("RecursionError", RuntimeError);
        SyntaxError = exc("SyntaxError", Exception);
        IndentationError = exc("IndentationError", SyntaxError);
        TabError = exc("TabError", IndentationError);
        SystemError = exc("SystemError", Exception);
        TypeError = exc("TypeError", Exception);
        ValueError = exc("ValueError", Exception);
        UnicodeError = exc("UnicodeError", ValueError);
        UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
        Warning = exc("Warning", Exception);
        DeprecationWarning = exc("DeprecationWarning", Warning);
        PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
        RuntimeWarning = exc("RuntimeWarning", Warning);
        SyntaxWarning = exc("SyntaxWarning", Warning);
        UserWarning = exc("UserWarning", Warning);
        FutureWarning = exc("FutureWarning", Warning);
        ImportWarning = exc("ImportWarning", Warning);
        UnicodeWarning = exc("UnicodeWarning", Warning);
        BytesWarning = exc("BytesWarning", Warning);
        EncodingWarning = exc("EncodingWarning", Warning);
        ResourceWarning = exc("ResourceWarning", Warning);
        EnvironmentError = OSError;
        IOError = OSError;
        ExceptionMethods.install();
    }

    private static PyType exc(String name, PyType base) {
        PyType t = PyType.builtin(name, base == null ? Types.OBJECT : base);
        t.constructor = (args, kw) -> ExceptionMethods.construct(t, args, kw, true);
        ALL.add(t);
        return t;
    }

    /** A new exception of type with a single message argument (not yet raised). */
    public static PyException of(PyType type, String message) {
        return new PyException(ExceptionMethods.create(type, new PyTuple(message)));
    }

    /** A new exception of type with the given args. */
    public static PyException withArgs(PyType type, Object... args) {
        return new PyException(ExceptionMethods.create(type, new PyTuple(args)));
    }

    public static PyException typeError(String message) { return of(TypeError, message); }
    public static PyException valueError(String message) { return of(ValueError, message); }
    public static PyException nameError(String message) { return of(NameError, message); }
    public static PyException attributeError(String message) { return of(AttributeError, message); }
    public static PyException indexError(String message) { return of(IndexError, message); }
    public static PyException zeroDivision(String message) { return of(ZeroDivisionError, message); }
    public static PyException overflowError(String message) { return of(OverflowError, message); }
    public static PyException runtimeError(String message) { return of(RuntimeError, message); }
    /** KeyError(key): its str is repr(key). */
    public static PyException keyError(Object key) { return withArgs(KeyError, key); }
    /** StopIteration() with no value. */
    public static PyException stopIteration() { return withArgs(StopIteration); }

    /**
     * The exception object for {@code raise x}: an exception instance as is, an exception class
     * instantiated with no arguments; TypeError "exceptions must derive from BaseException" else.
     */
    public static PyBaseException normalize(Object raised) {
        if (raised instanceof PyBaseException e) return e;
        if (raised instanceof PyType t && t.isException) {
            Object v = Ops.call(t, new Object[0], null);
            if (v instanceof PyBaseException e) return e;
            throw typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not "
                    + Ops.typeName(v));
        }
        throw typeError("exceptions must derive from BaseException");
    }

    /**
     * {@code except classinfo:} matching: classinfo is an exception class or a tuple of them;
     * TypeError "catching classes that do not inherit from BaseException is not allowed" else.
     */
    public static boolean exceptionMatches(PyBaseException e, Object classinfo) {
        if (classinfo instanceof PyType t) {
            if (!t.isException)
                throw typeError("catching classes that do not inherit from BaseException is not allowed");
            return e.type.isSubtypeOf(t);
        }
        if (classinfo instanceof PyTuple tu) {
            boolean r = false;
            for (Object c : tu.items) r |= exceptionMatches(e, c);
            return r;
        }
        throw typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** True when the Python exception carried by e is an instance of type t. */
    public static boolean matches(PyException e, PyType t) {
        return e.value.type.isSubtypeOf(t);
    }
}
