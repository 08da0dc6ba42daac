package org.specula.core.interp;

import org.specula.core.adaptive.Specialized;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PySet;
import org.specula.core.runtime.PySlice;
import org.specula.core.runtime.PyTuple;

/**
 * The operations compiled code calls (the methods the {@link TierCompiler} emits calls to):
 * leaving the frame, and the generic forms of the instructions it compiles, each the same
 * operation as the interpreter's case for that instruction.
 */
final class TierSupport {
    private TierSupport() {}

    /** Returned by {@link Interpreter#callFromCompiled} for a call the interpreter must make (it pushes a frame, or reads the caller's). */
    static final Object INTERPRET = new Object();

    /** Compiled code leaves f at instruction pc with depth values on its operand stack (written back by the caller); clears the rest. */
    /** With {@code -Dspecula.tier.trace=true}: exits counted by code object and instruction, printed at shutdown. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> EXITS =
            Boolean.getBoolean("specula.tier.trace") ? traced() : null;

    private static java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> traced() {
        var m = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> m.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(15)
                .forEach(e -> System.err.println("[tier] exits " + e.getValue().sum() + " at " + e.getKey()))));
        return m;
    }

    static void exit(Frame f, int pc, int depth) {
        if (EXITS != null) {
            EXITS.computeIfAbsent(f.code.qualname + " " + org.specula.core.code.Opcode.name(
                    org.specula.core.code.Opcode.opcodeOf(f.code.instructions[pc])) + "@" + pc,
                    k -> new java.util.concurrent.atomic.LongAdder()).increment();
        }
        clearAbove(f, depth);
    }

    private static void clearAbove(Frame f, int depth) {
        int sp = f.stackBase + depth;
        f.sp = sp;
        Object[] stack = f.stack;
        for (int i = sp; i < stack.length; i++) stack[i] = null;
    }

    /** Compiled code leaves f by an exception raised by instruction pc, whose stack held depth values. */
    static void thrown(Frame f, int pc, int depth) {
        f.pc = pc + 1;
        clearAbove(f, depth);
    }

    /** A result compiled code's handler at pc gave that it cannot use: a miss or a faulty result, counted. */
    static void rejected(CompiledCode cc, int pc, Object r, int n) {
        Specialized.rejected(cc.adaptive, cc.code, cc.code.sites[pc], cc.handlers[pc], r, n);
    }

    /** What compiled code's handler at pc threw: a Python exception is rethrown, a plugin fault contained. */
    static void contain(CompiledCode cc, int pc, Object thrown) {
        // (typed Object: the verifier merges the two caught types, RuntimeException and Error, to Object)
        Specialized.contain(cc.adaptive, cc.code, cc.code.sites[pc], cc.handlers[pc], (Throwable) thrown);
    }

    /** POP_TOP's value: a generator only a for loop held is closed (as the interpreter does). */
    static void popped(Object v) {
        if (v instanceof PyGenerator g && g.loopOwned) g.dropped();
    }

    static Object not(Object v) {
        return Ops.isTrue(v) ? Boolean.FALSE : Boolean.TRUE;
    }

    static Object is(Object a, Object b, int invert) {
        return Ops.is(a, b) != (invert == 1) ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object contains(Object item, Object container, int invert) {
        return Ops.contains(container, item) != (invert == 1) ? Boolean.TRUE : Boolean.FALSE;
    }

    /** A handler's Boolean answer to {@code item in container}, inverted for {@code not in}. */
    static Object containsResult(Object r, int invert) {
        return (r == Boolean.TRUE) != (invert == 1) ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object slice(Object start, Object stop, Object step) {
        return new PySlice(start, stop, step);
    }

    static Object tuple(Object[] items) {
        return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
    }

    static Object list(Object[] items) {
        return new PyList(items);
    }

    static void listAppend(Object list, Object v) {
        ((PyList) list).append(v);
    }

    /** LOAD_GLOBAL's value, or null: the interpreter raises the NameError. */
    static Object loadGlobal(Frame f, String name) {
        Object v = f.globals.getStr(name);
        return v != null ? v : f.builtins.getStr(name);
    }

    /** LOAD_METHOD: the method (self follows it) or null (the attribute follows it), as the interpreter pushes them. */
    static Object lookupMethod(Object obj, String name) {
        return Ops.lookupMethod(obj, name);
    }

    /** UNPACK_SEQUENCE's items, in order. */
    static Object[] unpack(Object seq, int n) {
        return Interpreter.unpackItems(seq, n);
    }

    /** RAISE_VARARGS, the stack written to the frame's array up to sp: the exception to throw. */
    static PyException raise(Object[] stack, int sp, int arg) {
        return Interpreter.raiseVarargs(Interpreter.state(), stack, sp - arg, arg);
    }

    /** LOAD_DEREF's value, or null: unbound, the interpreter raises. */
    static Object deref(Frame f, int i) {
        return f.cells[i].contents;
    }

    static void setDeref(Frame f, int i, Object v) {
        f.cells[i].contents = v;
    }

    static Object cell(Frame f, int i) {
        return f.cells[i];
    }

    static void listExtend(Object list, Object iterable) {
        Containers.listExtend((PyList) list, iterable);
    }

    static Object listToTuple(Object list) {
        PyList l = (PyList) list;
        return new PyTuple(java.util.Arrays.copyOf(l.items, l.size));
    }

    static void setAdd(Object set, Object v) {
        ((PySet) set).add(v);
    }

    static void mapAdd(Object map, Object k, Object v) {
        ((PyDict) map).put(k, v);
    }
}
