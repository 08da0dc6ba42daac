package org.specula.core.interp;

import org.specula.core.code.Opcode;
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
    /** The exception being handled inside the suspended frame (its sys.exc_info()), or null. */
    private PyBaseException handled;
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
        return resume(null);
    }

    /** Runs the frame from its suspension point, first raising thrown there when not null. */
    private Object resume(PyException thrown) {
        running = true;
        frame.pendingThrow = thrown;
        Interpreter.ThreadState ts = Interpreter.state();
        PyBaseException callerHandled = ts.handled;
        if (handled != null) ts.handled = handled;
        try {
            Object r = Interpreter.resume(ts, frame);
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
            // the exception being handled where the generator yielded stays with the generator
            handled = frame.finished || ts.handled == callerHandled ? null : ts.handled;
            ts.handled = callerHandled;
            frame.pendingThrow = null;
            running = false;
        }
    }

    /**
     * The iterator this generator delegates to with {@code yield from} while suspended there (the
     * value under the yield: the frame resumes at a JUMP_BACKWARD_NO_INTERRUPT back to SEND), or null.
     */
    private Object delegate() {
        if (!started || frame.finished) return null;
        int[] code = frame.code.instructions;
        if (frame.pc >= code.length || (code[frame.pc] & 0xFF) != Opcode.JUMP_BACKWARD_NO_INTERRUPT) return null;
        int target = code[frame.pc] >>> 8;
        if (target >= code.length || (code[target] & 0xFF) != Opcode.SEND || frame.sp <= frame.stackBase) return null;
        return frame.stack[frame.sp - 1];
    }

    /** The delegated-to iterator finished: continue after the yield from with value, or raising err. */
    private Object delegateDone(Object value, PyException err) {
        int[] code = frame.code.instructions;
        int send = code[frame.pc] >>> 8;
        frame.pc = code[send] >>> 8;
        if (err == null) {
            frame.stack[frame.sp - 1] = value;
            return resume(null);
        }
        frame.stack[--frame.sp] = null;
        return resume(err);
    }

    /**
     * generator.throw(exc): raises exc at the suspension point (in the innermost delegated
     * iterator first); returns the next yielded value, or the return value when the generator
     * finishes (then {@link #isFinished()} is true).
     */
    Object throwRaw(PyException exc) {
        if (running) throw Errors.valueError("generator already executing");
        if (frame.finished) throw exc;
        if (!started) {
            started = true;
            frame.finished = true;
            throw exc;
        }
        Object yf = delegate();
        if (yf != null) {
            if (exc.value.type.isSubtypeOf(Errors.GeneratorExit)) {
                running = true;
                PyException err = null;
                try {
                    closeIterator(yf);
                } catch (PyException e) {
                    err = e;
                } finally {
                    running = false;
                }
                if (err != null) return delegateDone(null, err);
                return resume(exc);
            }
            Object r = null;
            PyException err = null;
            boolean done = false;
            Object m = yf instanceof PyGenerator ? null : Ops.getAttr(yf, "throw", null);
            if (!(yf instanceof PyGenerator) && m == null) return resume(exc);
            running = true;
            try {
                if (yf instanceof PyGenerator g) {
                    r = g.throwRaw(exc);
                    done = g.isFinished();
                } else {
                    r = Ops.call(m, new Object[] {exc.value}, null);
                }
            } catch (PyException e) {
                err = e;
            } finally {
                running = false;
            }
            if (err == null && !done) return r;
            if (err != null && err.value.type.isSubtypeOf(Errors.StopIteration)) {
                return delegateDone(Ops.getAttr(err.value, "value"), null);
            }
            return delegateDone(r, err);
        }
        return resume(exc);
    }

    private static void closeIterator(Object it) {
        if (it instanceof PyGenerator g) {
            g.close();
            return;
        }
        Object m = Ops.getAttr(it, "close", null);
        if (m != null) Ops.call(m, new Object[0], null);
    }

    /** generator.throw(typ[, val[, tb]]): the exception to raise, built as CPython does. */
    private static PyException makeThrown(Object typ, Object val) {
        if (typ instanceof PyType t && t.isSubtypeOf(Errors.BaseException)) {
            Object v;
            if (val != null && val != Py.None && val instanceof PyBaseException be && be.type.isSubtypeOf(t)) v = be;
            else if (val == null || val == Py.None) v = Ops.call(t, new Object[0], null);
            else if (val instanceof org.specula.core.runtime.PyTuple tup) v = Ops.call(t, tup.items, null);
            else v = Ops.call(t, new Object[] {val}, null);
            if (!(v instanceof PyBaseException be2)) {
                throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not "
                        + Ops.typeName(v));
            }
            return new PyException(be2);
        }
        if (typ instanceof PyBaseException be) {
            if (val != null && val != Py.None) throw Errors.typeError("instance exception may not have a separate value");
            return new PyException(be);
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Ops.typeName(typ));
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
     * Set when the generator was made by a call of its function whose result went straight to the
     * GET_ITER of a for loop: then the loop's stack slot is its only reference, and CPython
     * (reference counting) closes it as soon as the loop drops it early (break, return, exception).
     */
    boolean loopOwned;

    /** The loop dropped its only reference: close as CPython's finaliser would (errors are unraisable). */
    void dropped() {
        loopOwned = false;
        if (frame.finished || running) return;
        try {
            close();
        } catch (PyException e) {
            // CPython reports it as "Exception ignored in"; not reproduced
        }
    }

    /**
     * Exception unwinding pops stack[from, to): close loop-owned generators not also held in
     * locals (fast[0, nlocals)).
     */
    static void dropAll(Object[] stack, int from, int to, Object[] fast, int nlocals) {
        for (int i = from; i < to; i++) {
            if (stack[i] instanceof PyGenerator g && g.loopOwned) {
                boolean held = false;
                for (int j = 0; j < nlocals; j++) if (fast[j] == g) { held = true; break; }
                if (!held) g.dropped();
            }
        }
    }

    /** generator.throw(...) from Python: raises StopIteration(return value) when the generator finishes. */
    Object throwPublic(PyException exc) {
        Object r = throwRaw(exc);
        if (frame.finished) throw stopIteration(returnValue);
        return r;
    }

    /** generator.close(): raises GeneratorExit at the suspension point. */
    void close() {
        if (frame.finished) return;
        if (!started) {
            started = true;
            frame.finished = true;
            return;
        }
        try {
            throwRaw(Errors.withArgs(Errors.GeneratorExit));
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(Errors.GeneratorExit) || e.value.type.isSubtypeOf(Errors.StopIteration)) return;
            throw e;
        }
        if (!frame.finished) throw Errors.of(Errors.RuntimeError, "generator ignored GeneratorExit");
    }

    @Override
    public String toString() {
        return "<generator object " + qualname() + ">";
    }

    private static PyType createType() {
        PyType t = new PyType("generator", new PyType[] {Types.OBJECT}, new LinkedHashMap<>());
        t.dict.put("send", new PyBuiltinFunction("send", t, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("generator.send() takes no keyword arguments");
            if (args.length != 2) {
                throw Errors.typeError("generator.send() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return ((PyGenerator) args[0]).send(args[1]);
        }));
        t.dict.put("throw", new PyBuiltinFunction("throw", t, (args, kw) -> {
            if (args.length < 2 || args.length > 4) {
                throw Errors.typeError("throw expected at least 1 argument, got " + (args.length - 1));
            }
            return ((PyGenerator) args[0]).throwPublic(makeThrown(args[1], args.length > 2 ? args[2] : null));
        }));
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
        t.dict.put("__name__", new org.specula.core.runtime.PyGetSet("__name__", t, o -> ((PyGenerator) o).name(), null));
        t.dict.put("__qualname__", new org.specula.core.runtime.PyGetSet("__qualname__", t, o -> ((PyGenerator) o).qualname(), null));
        t.dict.put("gi_running", new org.specula.core.runtime.PyGetSet("gi_running", t, o -> ((PyGenerator) o).running, null));
        t.dict.put("gi_code", new org.specula.core.runtime.PyGetSet("gi_code", t, o -> ((PyGenerator) o).frame.code, null));
        t.dict.put("__iter__", new PyBuiltinFunction("__iter__", true, (args, kw) -> args[0]));
        return t;
    }
}
