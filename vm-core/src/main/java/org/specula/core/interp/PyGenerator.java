package org.specula.core.interp;

import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyIterator;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.util.LinkedHashMap;

/**
 * A generator: the suspended frame of a generator function. Each resumption re-enters the
 * dispatch loop with the generator's frame as the entry frame until it yields or returns.
 */
public final class PyGenerator implements PyIterator {
    private static volatile PyType type;

    private final Frame frame;
    private boolean started;
    private boolean running;
    /** The value of the generator's return statement, once finished. */
    private Object returnValue = Py.None;

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.suspended = true;
    }

    @Override
    public PyType type() {
        PyType t = type;
        if (t == null) {
            synchronized (PyGenerator.class) {
                if (type == null) type = createType();
                t = type;
            }
        }
        return t;
    }

    public String name() {
        return frame.code.name;
    }

    public String qualname() {
        return frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    @Override
    public Object returnValue() {
        return returnValue;
    }

    boolean isFinished() {
        return frame.finished;
    }

    @Override
    public Object next() {
        Object v = sendRaw(Py.None);
        return frame.finished ? null : v;
    }

    /**
     * Resumes with value; returns the next yielded value, or the return value when the generator
     * finishes (then {@link #isFinished()} is true).
     */
    Object sendRaw(Object value) {
        if (frame.finished) return Py.None;
        if (running) throw Errors.valueError("generator already executing");
        if (!started) {
            if (value != Py.None) throw Errors.typeError("can't send non-None value to a just-started generator");
            started = true;
        } else {
            frame.stack[frame.sp++] = value;
        }
        running = true;
        try {
            Object r = Interpreter.resume(frame);
            if (frame.finished) {
                returnValue = r;
            }
            return r;
        } catch (PyException e) {
            frame.finished = true;
            if (e.value.type.isSubtypeOf(Errors.StopIteration)) {
                PyException re = Errors.of(Errors.RuntimeError, "generator raised StopIteration");
                re.value.cause = e.value;
                re.value.context = e.value;
                re.value.suppressContext = true;
                throw re;
            }
            throw e;
        } finally {
            running = false;
        }
    }

    /** generator.send(value): raises StopIteration(return value) when the generator finishes. */
    Object send(Object value) {
        if (frame.finished) throw stopIteration(Py.None);
        Object r = sendRaw(value);
        if (frame.finished) throw stopIteration(returnValue);
        return r;
    }

    private static PyException stopIteration(Object value) {
        Object[] args = value == Py.None ? new Object[0] : new Object[] {value};
        return new PyException((PyBaseException) Ops.call(Errors.StopIteration, args, null));
    }

    /** generator.close(): finishes the generator (GeneratorExit is not delivered to the frame). */
    void close() {
        frame.finished = true;
    }

    @Override
    public String toString() {
        return "<generator object " + qualname() + ">";
    }

    private static PyType createType() {
        PyType t = new PyType("generator", new PyType[] {Types.OBJECT}, new LinkedHashMap<>());
        t.dict.put("send", new PyBuiltinFunction("send", true, (args, kw) -> ((PyGenerator) args[0]).send(args[1])));
        t.dict.put("close", new PyBuiltinFunction("close", true, (args, kw) -> {
            ((PyGenerator) args[0]).close();
            return Py.None;
        }));
        t.dict.put("__next__", new PyBuiltinFunction("__next__", true, (args, kw) -> {
            PyGenerator g = (PyGenerator) args[0];
            Object v = g.next();
            if (v == null) throw stopIteration(g.returnValue);
            return v;
        }));
        t.dict.put("__iter__", new PyBuiltinFunction("__iter__", true, (args, kw) -> args[0]));
        return t;
    }
}
