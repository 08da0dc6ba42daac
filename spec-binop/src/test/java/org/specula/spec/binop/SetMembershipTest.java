package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.ContainsOpHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PySet;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * CONTAINS_OP_SET against the core's generic {@code Ops.contains} on sets and frozensets, for
 * every pair of edge items and containers: the same answer, the same Python exception (type and
 * message), and the same calls of a user class's {@code __hash__} and {@code __eq__}. Containers
 * that are not exact sets (a set subclass instance, a dict, a list) miss before anything runs.
 */
class SetMembershipTest {
    static final ContainsOpHandler IN = new ContainerOps.ContainsSet();
    /** Calls of the user classes' __hash__ and __eq__, in order, as "name(arg)". */
    static final List<String> CALLS = new ArrayList<>();
    static final AtomicInteger IDS = new AtomicInteger();

    static PyBuiltinFunction method(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, true, impl);
    }

    static PyType cls(String name, PyType base, Object... kv) {
        PyDict ns = new PyDict();
        ns.put("__module__", "__main__");
        for (int i = 0; i < kv.length; i += 2) ns.put(kv[i], kv[i + 1]);
        return PyType.newClass(name, base == null ? null : new PyType[] {base}, ns);
    }

    /** Key(v): hashes as v, equal to whatever equals v; records each call. */
    static final PyType KEY = cls("Key", null,
            "__init__", method("__init__", (a, kw) -> {
                Ops.setAttr(a[0], "v", a[1]);
                Ops.setAttr(a[0], "id", (long) IDS.incrementAndGet());
                return org.specula.core.runtime.Py.None;
            }),
            "__hash__", method("__hash__", (a, kw) -> {
                CALLS.add("hash(" + Ops.repr(Ops.getAttr(a[0], "id")) + ")");
                return Ops.hash(Ops.getAttr(a[0], "v"));
            }),
            "__eq__", method("__eq__", (a, kw) -> {
                CALLS.add("eq(" + Ops.repr(Ops.getAttr(a[0], "id")) + ", " + Ops.repr(a[1]) + ")");
                return Ops.eq(Ops.getAttr(a[0], "v"), a[1]);
            }));
    /** Its __hash__ raises ValueError. */
    static final PyType BAD_HASH = cls("BadHash", null,
            "__hash__", method("__hash__", (a, kw) -> {
                CALLS.add("badhash");
                throw Errors.valueError("no hash");
            }));
    /** Hashes as 1; its __eq__ raises RuntimeError. */
    static final PyType BAD_EQ = cls("BadEq", null,
            "__hash__", method("__hash__", (a, kw) -> 1L),
            "__eq__", method("__eq__", (a, kw) -> {
                CALLS.add("badeq");
                throw Errors.runtimeError("no eq");
            }));

    static PySet set(boolean frozen, Object... items) {
        PySet s = new PySet(frozen);
        for (Object i : items) s.add(i);
        return s;
    }

    static List<Object> items() {
        List<Object> items = new ArrayList<>();
        for (long i = -3; i <= 3; i++) items.add(i);
        items.addAll(List.of(Long.MAX_VALUE, Long.MIN_VALUE, Boolean.TRUE, Boolean.FALSE,
                BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(70), 8L, // hash(2**64) == 8
                1.0, 0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, "a", "", "\ud83d\ude00",
                new PyTuple(1L, 2L), new PyTuple(), set(true, 1L, 2L), set(false, 1L, 2L), set(false),
                new PyList(), new PyDict(), new PyList(new Object[] {1L}),
                Ops.call(KEY, 1L), Ops.call(KEY, "a"), Ops.call(KEY, 99L), Ops.call(BAD_HASH), Ops.call(BAD_EQ)));
        return items;
    }

    static List<PySet> containers(List<Object> items) {
        Object nan = items.get(items.indexOf(Double.NaN)); // the very NaN object: found by identity
        List<PySet> sets = new ArrayList<>();
        for (boolean frozen : new boolean[] {false, true}) {
            sets.add(set(frozen));
            sets.add(set(frozen, 1L, 2L, 3L));
            sets.add(set(frozen, Boolean.TRUE, 0.0, "a"));
            sets.add(set(frozen, -0.0, 1.0, BigInteger.ONE.shiftLeft(70), nan, Double.valueOf(Double.NaN)));
            sets.add(set(frozen, new PyTuple(1L, 2L), set(true, 1L, 2L), set(true), "\ud83d\ude00"));
            sets.add(set(frozen, Ops.call(KEY, 1L), Ops.call(KEY, 2L), 8L));
            sets.add(set(frozen, Ops.call(BAD_EQ), "x")); // any item hashing as 1 makes its __eq__ raise
            PySet big = set(frozen);
            for (long i = 0; i < 100; i++) big.add(i * 7);
            sets.add(big);
        }
        return sets;
    }

    /** The answer or the exception, and the user calls it made. */
    record Outcome(Object result, List<String> calls) {}

    static Outcome run(java.util.function.Supplier<Object> op) {
        CALLS.clear();
        Object r;
        try {
            r = op.get();
        } catch (PyException e) {
            r = e.getMessage(); // "TypeError: unhashable type: 'list'"
        }
        return new Outcome(r, List.copyOf(CALLS));
    }

    @Test
    void answersAsTheGenericOperation() {
        List<Object> items = items();
        int hits = 0, raised = 0;
        for (PySet c : containers(items)) {
            for (Object item : items) {
                String what = Ops.repr(item) + " in " + Ops.repr(c);
                Outcome generic = run(() -> Ops.contains(c, item));
                Outcome mine = run(() -> IN.apply(item, c));
                assertFalse(mine.result() == SpecializedOp.MISS, what + " missed");
                if (generic.result() instanceof Boolean b) {
                    assertSame(b, mine.result(), what);
                    hits += b ? 1 : 0;
                } else {
                    assertEquals(generic.result(), mine.result(), what + ": the exception");
                    raised++;
                }
                assertEquals(generic.calls(), mine.calls(), what + ": __hash__/__eq__ calls");
            }
        }
        assertTrue(hits > 50 && raised > 10, hits + " found, " + raised + " raised");
    }

    @Test
    void edgeValues() {
        PySet ints = set(false, 1L, 0L);
        assertSame(Boolean.TRUE, IN.apply(1.0, ints));
        assertSame(Boolean.TRUE, IN.apply(Boolean.TRUE, ints));
        assertSame(Boolean.TRUE, IN.apply(-0.0, ints));
        assertSame(Boolean.FALSE, IN.apply(Double.NaN, set(true, Double.valueOf(Double.NaN))));
        // a set item is looked up as the equal frozenset
        assertSame(Boolean.TRUE, IN.apply(set(false, 1L), set(true, set(true, 1L))));
        for (Object unhashable : List.of(new PyList(), new PyDict())) {
            PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> IN.apply(unhashable, ints));
            assertTrue(Errors.matches(e, Errors.TypeError));
            assertEquals("unhashable type: '" + Ops.type(unhashable).name + "'", Ops.str(e.value));
        }
    }

    @Test
    void otherContainersMissBeforeAnyCall() {
        PyType mySet = cls("MySet", Types.SET);
        Object sub = Ops.call(mySet, new PyList(new Object[] {1L}));
        assertTrue(Ops.contains(sub, 1L)); // generic: a set subclass instance
        Object key = Ops.call(KEY, 1L);
        for (Object c : List.of(sub, Ops.call(cls("MyFrozenSet", Types.FROZENSET), new PyList(new Object[] {1L})),
                new PyDict(), new PyList(new Object[] {1L}), new PyTuple(1L), "abc")) {
            CALLS.clear();
            assertSame(SpecializedOp.MISS, IN.apply(key, c), Ops.repr(c));
            if (!CALLS.isEmpty()) fail("ran " + CALLS + " before missing on " + Ops.repr(c));
        }
    }
}
