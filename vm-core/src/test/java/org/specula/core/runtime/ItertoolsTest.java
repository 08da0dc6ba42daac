package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.specula.core.runtime.ObjectsCoreTest.cls;
import static org.specula.core.runtime.ObjectsCoreTest.err;
import static org.specula.core.runtime.ObjectsCoreTest.method;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java itertools types (islice, chain, accumulate) against CPython 3.11's results (expected
 * values produced by python3), and the type method cache's invalidation.
 */
class ItertoolsTest {
    private static PyList list(Object... items) {
        return new PyList(items);
    }

    private static PyList range(long n) {
        PyList l = new PyList();
        for (long i = 0; i < n; i++) l.append(i);
        return l;
    }

    private static String drain(Object it) {
        List<String> r = new ArrayList<>();
        for (Object v; (v = Ops.next(it)) != null; ) r.add(Ops.repr(v));
        return "[" + String.join(", ", r) + "]";
    }

    private static Object kw(PyType t, Object[] args, String... names) {
        return Ops.call(t, args, names);
    }

    @Test
    void isliceSelectsLikeASlice() {
        assertEquals("[0, 1, 2]", drain(Ops.call(Itertools.ISLICE, range(10), 3L)));
        assertEquals("[2, 4, 6]", drain(Ops.call(Itertools.ISLICE, range(10), 2L, 8L, 2L)));
        assertEquals("[3, 8, 13, 18]", drain(Ops.call(Itertools.ISLICE, range(20), 3L, Py.None, 5L)));
        assertEquals("[1, 5, 9, 13]", drain(Ops.call(Itertools.ISLICE, range(20), true, 17L, 4L)));
        assertEquals("[]", drain(Ops.call(Itertools.ISLICE, range(20), 30L, Py.None)));
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", drain(Ops.call(Itertools.ISLICE, range(10), Py.None, Py.None, Py.None)));
        assertEquals("['c', 'd']", drain(Ops.call(Itertools.ISLICE, "abcdefg", 2L, 4L)));
    }

    @Test
    void isliceReadsNothingPastStop() {
        Object src = Ops.iter(range(10));
        assertEquals("[1, 3, 5]", drain(Ops.call(Itertools.ISLICE, src, 1L, 6L, 2L)));
        assertEquals(6L, Ops.next(src));
        src = Ops.iter(range(10));
        assertEquals("[0, 1, 2]", drain(Ops.call(Itertools.ISLICE, src, 3L)));
        assertEquals(3L, Ops.next(src));
    }

    @Test
    void isliceArgumentErrorsMatchCPython() {
        String stop = "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        String indices = "ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        String step = "ValueError: Step for islice() must be a positive integer or None.";
        assertEquals(stop, err(() -> Ops.call(Itertools.ISLICE, range(10), -1L)));
        assertEquals(indices, err(() -> Ops.call(Itertools.ISLICE, range(10), -2L)));
        assertEquals(stop, err(() -> Ops.call(Itertools.ISLICE, range(10), "a")));
        assertEquals(indices, err(() -> Ops.call(Itertools.ISLICE, range(10), "a", 3L)));
        assertEquals(stop, err(() -> Ops.call(Itertools.ISLICE, range(10), 1L, 7.0)));
        assertEquals(step, err(() -> Ops.call(Itertools.ISLICE, range(10), 0L, 10L, -1L)));
        assertEquals(step, err(() -> Ops.call(Itertools.ISLICE, range(10), 1L, 5L, 0L)));
        assertEquals(stop, err(() -> Ops.call(Itertools.ISLICE, range(10), java.math.BigInteger.ONE.shiftLeft(70))));
        assertEquals("TypeError: islice expected at least 2 arguments, got 1", err(() -> Ops.call(Itertools.ISLICE, range(10))));
        assertEquals("TypeError: islice expected at most 4 arguments, got 5",
                err(() -> Ops.call(Itertools.ISLICE, 1L, 2L, 3L, 4L, 5L)));
        assertEquals("TypeError: islice() takes no keyword arguments",
                err(() -> kw(Itertools.ISLICE, new Object[] {range(3), 2L}, "stop")));
        // the arguments are checked before the iterable
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Ops.call(Itertools.ISLICE, 5L, 2L)));
        assertEquals(stop, err(() -> Ops.call(Itertools.ISLICE, 5L, "a")));
    }

    @Test
    void chainAndFromIterable() {
        assertEquals("['a', 'b', 1, 2, 0, 1]", drain(Ops.call(Itertools.CHAIN, "ab", list(1L, 2L), range(2))));
        assertEquals("[]", drain(Ops.call(Itertools.CHAIN)));
        Object fromIterable = Ops.getAttr(Itertools.CHAIN, "from_iterable");
        assertEquals("[1, 2, 3]", drain(Ops.call(fromIterable, list(list(1L), list(2L, 3L)))));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Ops.call(fromIterable, 3L)));
        assertEquals("TypeError: chain.from_iterable() takes exactly one argument (0 given)", err(() -> Ops.call(fromIterable)));
        assertEquals("TypeError: chain() takes no keyword arguments", err(() -> kw(Itertools.CHAIN, new Object[] {1L}, "a")));
        assertEquals("itertools.chain[int]", Ops.repr(Ops.getItem(Itertools.CHAIN, Types.INT)));
    }

    @Test
    void chainStopsAfterANonIterable() {
        Object c = Ops.call(Itertools.CHAIN, list(1L), 5L, list(2L));
        assertEquals(1L, Ops.next(c));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Ops.next(c)));
        assertNull(Ops.next(c));
    }

    @Test
    void accumulateSumsOrApplies() {
        assertEquals("[1, 3, 6]", drain(Ops.call(Itertools.ACCUMULATE, list(1L, 2L, 3L))));
        assertEquals("['a', 'ab', 'abc']", drain(Ops.call(Itertools.ACCUMULATE, list("a", "b", "c"))));
        assertEquals("[10, 11, 13, 16]", drain(kw(Itertools.ACCUMULATE, new Object[] {list(1L, 2L, 3L), 10L}, "initial")));
        assertEquals("[10]", drain(kw(Itertools.ACCUMULATE, new Object[] {list(), 10L}, "initial")));
        assertEquals("[]", drain(Ops.call(Itertools.ACCUMULATE, list())));
        Object max = new PyBuiltinFunction("max", false, (a, k) -> Ops.lessThan(a[0], a[1]) ? a[1] : a[0]);
        assertEquals("[1, 2, 3]", drain(kw(Itertools.ACCUMULATE, new Object[] {list(1L, 2L, 3L), max}, "func")));
        assertEquals("[1, 3, 6]", drain(kw(Itertools.ACCUMULATE, new Object[] {list(1L, 2L, 3L)}, "iterable")));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                err(() -> drain(Ops.call(Itertools.ACCUMULATE, list(1L, "a")))));
        assertEquals("TypeError: accumulate() missing required argument 'iterable' (pos 1)", err(() -> Ops.call(Itertools.ACCUMULATE)));
        assertEquals("TypeError: accumulate() takes at most 2 positional arguments (3 given)",
                err(() -> Ops.call(Itertools.ACCUMULATE, list(1L), Py.None, Py.None)));
        assertEquals("TypeError: 'x' is an invalid keyword argument for accumulate()",
                err(() -> kw(Itertools.ACCUMULATE, new Object[] {list(1L), Py.None, 2L}, "initial", "x")));
    }

    @Test
    void typesLookLikeCPythons() {
        assertEquals("islice", Ops.getAttr(Itertools.ISLICE, "__name__"));
        assertEquals("islice", Ops.getAttr(Itertools.ISLICE, "__qualname__"));
        assertEquals("itertools", Ops.getAttr(Itertools.ISLICE, "__module__"));
        assertEquals("<class 'itertools.chain'>", Ops.repr(Itertools.CHAIN));
        Object it = Ops.call(Itertools.ISLICE, range(3), 1L);
        assertSame(Itertools.ISLICE, Ops.type(it));
        assertEquals(true, Ops.repr(it).startsWith("<itertools.islice object at 0x"));
        assertEquals("TypeError: object of type 'itertools.islice' has no len()", err(() -> Builtins.len(it)));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'itertools.islice'",
                err(() -> Ops.setAttr(Itertools.ISLICE, "x", 1L)));
    }

    @Test
    void subclassIsCreatedThroughNew() {
        PyType s = cls("S", Itertools.CHAIN);
        Object o = Ops.call(s, list(1L), list(2L));
        assertSame(s, Ops.type(o));
        assertEquals("[1, 2]", drain(o));
    }

    @Test
    void methodCacheSeesEveryModification() {
        PyBuiltinFunction one = method("f", (a, k) -> 1L), two = method("f", (a, k) -> 2L), three = method("f", (a, k) -> 3L);
        PyType a = cls("A", null, "f", one);
        PyType b = cls("B", a);
        assertSame(one, b.lookup("f"));
        assertNull(b.lookup("g"));
        a.setAttr("f", two);
        assertSame(two, b.lookup("f"));
        b.setAttr("f", three);
        assertSame(three, b.lookup("f"));
        a.setAttr("g", one);
        assertSame(one, b.lookup("g"));
        b.delAttr("f");
        assertSame(two, b.lookup("f"));
        a.delAttr("f");
        assertNull(b.lookup("f"));
        // many types and names: entries that collide are replaced, never confused
        List<PyType> types = new ArrayList<>();
        for (int i = 0; i < 300; i++) types.add(cls("T" + i, null, "m" + (i % 7), (long) i));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 300; i++) {
                assertEquals((long) i, types.get(i).lookup("m" + (i % 7)));
                assertNull(types.get(i).lookup("m" + ((i + 1) % 7)));
            }
        }
    }
}
