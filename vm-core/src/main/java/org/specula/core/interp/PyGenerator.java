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
        return resumeFrame();
    }

    /** Runs the suspended frame until it yields, returns or raises. */
    private Object resumeFrame() {
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

    /**
     * Raises exc at the suspension point (generator.throw), delegating to the sub-iterator of a
     * suspended {@code yield from} first. Returns like {@link #sendRaw}.
     */
    Object throwRaw(PyBaseException exc) {
        if (running) throw Errors.valueError("generator already executing");
        if (frame.finished || !started) {
            started = true;
            frame.finished = true;
            throw new PyException(exc);
        }
        Object yf = delegate();
        if (yf != null) {
            PyException err = null;
            Object r = null;
            boolean done = false;
            running = true;
            try {
                if (exc.type.isSubtypeOf(Errors.GeneratorExit)) {
                    if (yf instanceof PyGenerator g) g.close();
                    else {
                        Object m = Ops.getAttr(yf, "close", null);
                        if (m != null) Ops.call(m, new Object[0], null);
                    }
                    err = new PyException(exc);
                } else if (yf instanceof PyGenerator g) {
                    r = g.throwRaw(exc);
                    if (g.isFinished()) done = true;
                } else {
                    Object m = Ops.getAttr(yf, "throw", null);
                    if (m == null) err = new PyException(exc);
                    else r = Ops.call(m, new Object[] {exc}, null);
                }
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(Errors.StopIteration) && !(yf instanceof PyGenerator)) {
                    done = true;
                    r = e.value.args.items.length > 0 ? e.value.args.items[0] : Py.None;
                } else {
                    err = e;
                }
            } finally {
                running = false;
            }
            if (err == null && !done) return r;
            if (err == null) {
                // the sub-iterator finished: continue after the yield from with its value
                int send = frame.code.instructions[frame.pc] >>> 8;
                frame.stack[frame.sp - 1] = r;
                frame.pc = frame.code.instructions[send] >>> 8;
                return resumeFrame();
            }
            frame.pendingThrow = err;
            return resumeFrame();
        }
        frame.pendingThrow = new PyException(exc);
        return resumeFrame();
    }

    /** The sub-iterator of the yield from the frame is suspended in, or null. */
    private Object delegate() {
        int[] code = frame.code.instructions;
        if (frame.pc < code.length && (code[frame.pc] & 0xFF) == org.specula.core.code.Opcode.JUMP_BACKWARD_NO_INTERRUPT
                && frame.sp > 0) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /** generator.throw(typ[, val[, tb]]). */
    Object throwPy(Object[] args) {
        if (args.length < 2 || args.length > 4)
            throw Errors.typeError("throw expected at least 1 argument, got " + (args.length - 1));
        Object typ = args[1];
        Object val = args.length > 2 ? args[2] : Py.None;
        PyBaseException exc;
        if (typ instanceof PyBaseException be) {
            if (val != Py.None) throw Errors.typeError("instance exception may not have a separate value");
            exc = be;
        } else if (typ instanceof PyType t && t.isSubtypeOf(Errors.BaseException)) {
            if (val instanceof PyBaseException be && be.type.isSubtypeOf(t)) exc = be;
            else {
                Object[] cargs = val == Py.None ? new Object[0]
                        : val instanceof org.specula.core.runtime.PyTuple tu ? tu.items : new Object[] {val};
                exc = Errors.normalize(Ops.call(t, cargs, null));
            }
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Ops.typeName(typ));
        }
        Object r = throwRaw(exc);
        if (frame.finished) throw stopIteration(returnValue);
        return r;
    }

    /** generator.close(): raises GeneratorExit at the suspension point. */
    void close() {
        if (frame.finished) return;
        if (!started) {
            frame.finished = true;
            return;
        }
        try {
            throwRaw(Errors.withArgs(Errors.GeneratorExit).value);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(Errors.GeneratorExit) || e.value.type.isSubtypeOf(Errors.StopIteration)) return;
            throw e;
        }
        if (!frame.finished) throw Errors.runtimeError("generator ignored GeneratorExit");
    }

    @Override
    public String toString() {
        return "<generator object " + qualname() + ">";
    }

    private static PyType createType() {
        PyType t = new PyType("generator", new PyType[] {Types.OBJECT}, new LinkedHashMap<>());
        t.dict.put("send", new PyBuiltinFunction("send", t, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("generator.send() takes no keyword arguments");
            if (args.length != 2) throw Errors.typeError("generator.send() takes exactly one argument (" + (args.length - 1) + " given)");
            return ((PyGenerator) args[0]).send(args[1]);
        }));
        t.dict.put("throw", new PyBuiltinFunction("throw", t, (args, kw) -> ((PyGenerator) args[0]).throwPy(args)));
        t.dict.put("close", new PyBuiltinFunction("close", t, (args, kw) -> {
            ((PyGenerator) args[0]).close();
            return Py.None;
        }));
        t.dict.put("__next__", new PyBuiltinFunction("__next__", t, (args, kw) -> {
            PyGenerator g = (PyGenerator) args[0];
            Object v = g.next();
            if (v == null) throw stopIteration(g.returnValue);
            return v;
        }));
        t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (args, kw) -> args[0]));
        return t;
    }
}
