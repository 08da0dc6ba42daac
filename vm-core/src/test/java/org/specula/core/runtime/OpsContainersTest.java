package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specula.core.runtime.ObjectsCoreTest.err;

import org.junit.jupiter.api.Test;

/** Containers through Ops: subscripts, slices, iteration, unpacking, dict order, sort. */
class OpsContainersTest {
    static PyList chars(String s) {
        Object[] r = new Object[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = String.valueOf(s.charAt(i));
        return new PyList(r);
    }

    static String join(Object seq) {
        StringBuilder sb = new StringBuilder();
        Object it = Ops.iter(seq);
        for (Object v; (v = Ops.next(it)) != null; ) sb.append(v);
        return sb.toString();
    }

    static PySlice sl(Object a, Object b, Object c) {
        return new PySlice(a, b, c);
    }

    @Test
    void listSlicing() {
        PyList l = chars("abcdefghij");
        Object n = Py.None;
        assertEquals("jihgfedcba", join(Ops.getItem(l, sl(n, n, -1L))));
        assertEquals("hij", join(Ops.getItem(l, sl(-3L, n, n))));
        assertEquals("beh", join(Ops.getItem(l, sl(1L, 8L, 3L))));
        assertEquals("igec", join(Ops.getItem(l, sl(8L, 1L, -2L))));
        assertEquals("abcdefghij", join(Ops.getItem(l, sl(-100L, 100L, n))));
        assertEquals("", join(Ops.getItem(l, sl(5L, 2L, n))));
        assertEquals("jgda", join(Ops.getItem(l, sl(n, n, -3L))));
        assertEquals("jihgfedcba", join(Ops.getItem(l, sl(-1L, -11L, -1L))));
        Ops.setItem(l, sl(2L, 5L, n), new PyList(new Object[] {"X"}));
        assertEquals("abXfghij", join(l));
        Ops.setItem(l, sl(n, n, 3L), new PyTuple("1", "2", "3"));
        assertEquals("1bX2gh3j", join(l));
        Ops.delItem(l, sl(n, n, 2L));
        assertEquals("b2hj", join(l));
        PyList m = chars("abcdef");
        Ops.delItem(m, sl(-2L, n, n));
        Ops.setItem(m, sl(1L, 1L, n), chars("QR"));
        assertEquals("aQRbcd", join(m));
        assertEquals("ValueError: attempt to assign sequence of size 3 to extended slice of size 2",
                err(() -> Ops.setItem(chars("abc"), sl(n, n, 2L), chars("xyz"))));
        assertEquals("ValueError: slice step cannot be zero", err(() -> Ops.getItem(chars("abc"), sl(n, n, 0L))));
        assertEquals("TypeError: can only assign an iterable", err(() -> Ops.setItem(chars("abc"), sl(n, n, n), Py.None)));
        PyTuple t = new PyTuple("a", "b", "c");
        assertEquals("cb", join(Ops.getItem(t, sl(n, 0L, -1L))));
        assertSame(t, Ops.getItem(t, sl(n, n, n)));
    }

    @Test
    void indexErrors() {
        PyList l = chars("ab");
        assertEquals("b", Ops.getItem(l, -1L));
        assertEquals("a", Ops.getItem(l, false));
        assertEquals("IndexError: list index out of range", err(() -> Ops.getItem(l, 2L)));
        assertEquals("IndexError: list index out of range", err(() -> Ops.getItem(l, -3L)));
        assertEquals("TypeError: list indices must be integers or slices, not str", err(() -> Ops.getItem(l, "a")));
        assertEquals("IndexError: tuple index out of range", err(() -> Ops.getItem(PyTuple.EMPTY, 0L)));
        assertEquals("IndexError: string index out of range", err(() -> Ops.getItem("", 0L)));
        assertEquals("TypeError: 'NoneType' object is not subscriptable", err(() -> Ops.getItem(Py.None, 0L)));
        assertEquals("TypeError: 'tuple' object does not support item assignment", err(() -> Ops.setItem(PyTuple.EMPTY, 0L, 1L)));
        assertEquals("TypeError: 'tuple' object doesn't support item deletion", err(() -> Ops.delItem(PyTuple.EMPTY, 0L)));
        assertEquals("TypeError: 'str' object does not support item assignment", err(() -> Ops.setItem("a", 0L, "b")));
        assertEquals("IndexError: list assignment index out of range", err(() -> Ops.setItem(l, 5L, "b")));
        assertEquals("IndexError: pop from empty list", err(() -> Ops.call(Ops.getAttr(new PyList(), "pop"))));
        assertEquals("list[tuple]", Ops.repr(Ops.getItem(Types.LIST, Types.TUPLE)));
        Object u = Ops.binaryOp(7, Types.INT, Py.None);
        assertEquals("int | None", Ops.repr(u));
        assertEquals("int | None | str", Ops.repr(Ops.binaryOp(7, u, Ops.binaryOp(7, Types.STR, Types.INT))));
        assertTrue(Ops.isInstance(Py.None, u));
        assertTrue(Ops.isInstance(5L, u));
        assertEquals("list[int] | None", Ops.repr(Ops.binaryOp(7, Ops.getItem(Types.LIST, Types.INT), Py.None)));
    }

    @Test
    void stringsByCodePoint() {
        String s = "a\uD83D\uDE00b";
        assertEquals(3, Ops.len(s));
        assertEquals("\uD83D\uDE00", Ops.getItem(s, 1L));
        assertEquals("b", Ops.getItem(s, 2L));
        assertEquals("b\uD83D\uDE00a", Ops.getItem(s, sl(Py.None, Py.None, -1L)));
        assertEquals("a\uD83D\uDE00b", join(s));
        assertEquals("ab", Ops.binaryOp(0, "a", "b"));
        assertEquals("ababab", Ops.binaryOp(5, "ab", 3L));
        assertEquals("", Ops.binaryOp(5, -1L, "ab"));
        assertTrue(Ops.contains("abc", "bc"));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not NoneType", err(() -> Ops.contains("a", Py.None)));
        assertEquals("TypeError: can only concatenate str (not \"NoneType\") to str", err(() -> Ops.binaryOp(0, "a", Py.None)));
        assertEquals("TypeError: can only concatenate str (not \"NoneType\") to str", err(() -> Ops.binaryOp(13, "a", Py.None)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'", err(() -> Ops.binaryOp(5, new PyList(), "a")));
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list", err(() -> Ops.binaryOp(0, new PyList(), PyTuple.EMPTY)));
        assertEquals("TypeError: can only concatenate tuple (not \"list\") to tuple", err(() -> Ops.binaryOp(0, PyTuple.EMPTY, new PyList())));
        assertEquals("TypeError: unsupported operand type(s) for -: 'list' and 'list'", err(() -> Ops.binaryOp(10, new PyList(), new PyList())));
        assertEquals("TypeError: unsupported operand type(s) for |: 'set' and 'list'", err(() -> Ops.binaryOp(7, new PySet(false), new PyList())));
        assertEquals("TypeError: bad operand type for unary ~: 'list'", err(() -> Ops.invert(new PyList())));
        assertEquals("TypeError: '<' not supported between instances of 'list' and 'dict'", err(() -> Ops.compare(0, new PyList(), new PyDict())));
        assertTrue(Ops.lessThan("a", "b"));
        assertTrue(Ops.lessThan("\uFFFF", "\uD83D\uDE00"));
    }

    @Test
    void listOperatorsAndComparison() {
        PyList a = chars("ab");
        Object r = Ops.binaryOp(13, a, new PyTuple("c"));
        assertSame(a, r);
        assertEquals("abc", join(a));
        assertEquals("abcabc", join(Ops.binaryOp(5, a, 2L)));
        assertTrue(Ops.isTrue(Ops.compare(0, chars("ab"), chars("abc"))));
        assertTrue(Ops.isTrue(Ops.compare(0, chars("ab"), chars("b"))));
        assertTrue(Ops.eq(chars("ab"), chars("ab")));
        assertFalse(Ops.eq(chars("ab"), new PyTuple("a", "b")));
        assertTrue(Ops.eq(new PyTuple("a", chars("b")), new PyTuple("a", chars("b"))));
        PyList rec = new PyList();
        rec.append(rec);
        assertEquals("[[...]]", Ops.repr(rec));
        assertEquals("[None, True, (None,), ()]", Ops.repr(new PyList(new Object[] {Py.None, true, new PyTuple(Py.None), PyTuple.EMPTY})));
        assertEquals("TypeError: unhashable type: 'list'", err(() -> Ops.hash(rec)));
    }

    @Test
    void unpacking() {
        Object[] r = Ops.unpack(chars("ab"), 2);
        assertEquals("b", r[1]);
        assertEquals("ValueError: not enough values to unpack (expected 3, got 2)", err(() -> Ops.unpack(chars("ab"), 3)));
        assertEquals("ValueError: too many values to unpack (expected 2)", err(() -> Ops.unpack(chars("abc"), 2)));
        assertEquals("ValueError: too many values to unpack (expected 2)", err(() -> Ops.unpack("abc", 2)));
        assertEquals("ValueError: not enough values to unpack (expected 3, got 2)", err(() -> Ops.unpack("ab", 3)));
        assertEquals("TypeError: cannot unpack non-iterable NoneType object", err(() -> Ops.unpack(Py.None, 2)));
        Object[] ex = Ops.unpackEx(chars("abcde"), 1, 2);
        assertEquals("a", ex[0]);
        assertEquals("bc", join(ex[1]));
        assertEquals("e", ex[3]);
        assertEquals("ValueError: not enough values to unpack (expected at least 2, got 1)", err(() -> Ops.unpackEx("a", 1, 1)));
        assertEquals("TypeError: 'NoneType' object is not iterable", err(() -> Ops.iter(Py.None)));
        assertEquals("TypeError: 'list' object is not an iterator", err(() -> Ops.next(new PyList())));
    }

    @Test
    void dictOrderDeletionReinsertion() {
        PyDict d = new PyDict();
        d.put("a", 1L);
        d.put("b", 2L);
        d.put("c", 3L);
        d.remove("a");
        d.put("a", 4L);
        assertEquals("bca", join(d));
        PyTuple item = (PyTuple) Ops.call(Ops.getAttr(d, "popitem"));
        assertEquals("a", item.items[0]);
        assertEquals("bc", join(Ops.call(Ops.getAttr(d, "keys"))));
        for (int i = 0; i < 1000; i++) d.put("k" + i, (long) i);
        for (int i = 0; i < 1000; i += 2) d.remove("k" + i);
        assertEquals(502, d.size());
        assertEquals(999L, d.get("k999"));
        assertEquals(null, d.get("k998"));
        assertEquals("k1", d.keysArray()[2]);
        PyDict e = new PyDict();
        e.put(1L, "int");
        e.put(2L, "two");
        assertEquals(2, e.size());
        assertEquals("int", e.get(1L));
        assertEquals("KeyError", ((PyException) org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Ops.getItem(new PyDict(), Py.None))).value.type.name);
        assertEquals("TypeError: unhashable type: 'list'", err(() -> Ops.getItem(new PyDict(), new PyList())));
        Object it = Ops.iter(e);
        e.put("new", Py.None);
        assertEquals("RuntimeError: dictionary changed size during iteration", err(() -> Ops.next(it)));
        PyDict f = new PyDict();
        f.put("x", Py.None);
        Object it2 = Ops.iter(f);
        assertEquals("x", Ops.next(it2));
        f.remove("x");
        f.put("y", Py.None);
        assertEquals("RuntimeError: dictionary keys changed during iteration", err(() -> Ops.next(it2)));
        assertEquals("{None: None}", Ops.repr(pairDict(Py.None, Py.None)));
        PyDict self = new PyDict();
        self.put(Py.None, self);
        assertEquals("{None: {...}}", Ops.repr(self));
        assertEquals("dict_values([{None: {...}}])", Ops.repr(Ops.call(Ops.getAttr(self, "values"))));
        PyDict u = (PyDict) Ops.call(Types.DICT, new PyList(new Object[] {new PyTuple("a", Py.None)}));
        assertEquals(Py.None, u.getStr("a"));
        assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                err(() -> Ops.call(Types.DICT, new PyList(new Object[] {new PyTuple("a", "b", "c")}))));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                err(() -> Ops.call(Types.DICT, new PyList(new Object[] {Py.None}))));
        assertTrue(Ops.eq(pairDict("a", "b"), pairDict("a", "b")));
        PyDict merged = (PyDict) Ops.binaryOp(7, pairDict("a", "b"), pairDict("c", "d"));
        assertEquals("ac", join(merged));
    }

    static PyDict pairDict(Object k, Object v) {
        PyDict d = new PyDict();
        d.put(k, v);
        return d;
    }

    @Test
    void sorting() {
        PyList l = chars("dbeacf");
        l.sort(null, false);
        assertEquals("abcdef", join(l));
        l.sort(null, true);
        assertEquals("fedcba", join(l));
        PyList words = new PyList(new Object[] {"bb", "a", "ccc", "dd", "e"});
        PyBuiltinFunction len = new PyBuiltinFunction("len", false, (a, k) -> Ops.binaryOp(5, "x", Ops.len(a[0]) > 1 ? 2L : 1L));
        words.sort(len, false);
        assertEquals("aebbcccdd", join(words));
        words.sort(len, true);
        assertEquals("bbcccddae", join(words));
        PyList big = new PyList();
        for (int i = 0; i < 500; i++) big.append(String.valueOf((char) ('a' + (i * 7919) % 26)) + i % 3);
        big.sort(null, false);
        for (int i = 1; i < 500; i++) assertFalse(Ops.lessThan(big.items[i], big.items[i - 1]));
        PyList mixed = new PyList(new Object[] {"a", Py.None});
        assertEquals("TypeError: '<' not supported between instances of 'NoneType' and 'str'", err(() -> mixed.sort(null, false)));
        assertEquals("a", mixed.items[0]);
        PyList mod = chars("cba");
        PyBuiltinFunction mutator = new PyBuiltinFunction("k", false, (a, k) -> {
            mod.append("z");
            return a[0];
        });
        assertEquals("ValueError: list modified during sort", err(() -> mod.sort(mutator, false)));
        assertEquals("TypeError: sort() takes no positional arguments", err(() -> Ops.call(Ops.getAttr(mod, "sort"), Py.None)));
    }

    @Test
    void rangesAndSlices() {
        assertEquals("range(2, 5)", Ops.repr(Ops.getItem(new PyRange(0, 10, 1), sl(2L, 5L, Py.None))));
        assertEquals("range(9, -1, -1)", Ops.repr(Ops.getItem(new PyRange(0, 10, 1), sl(Py.None, Py.None, -1L))));
        assertEquals("range(3, 18, 6)", Ops.repr(Ops.getItem(new PyRange(0, 20, 3), sl(1L, -1L, 2L))));
        assertEquals(4L, Ops.len(new PyRange(-5, 10, 4)));
        assertEquals(9L, Ops.getItem(new PyRange(0, 10, 1), -1L));
        assertTrue(Ops.contains(new PyRange(0, 20, 3), 9L));
        assertFalse(Ops.contains(new PyRange(0, 20, 3), 10L));
        assertEquals("IndexError: range object index out of range", err(() -> Ops.getItem(new PyRange(0, 5, 1), 10L)));
        assertEquals("ValueError: range() arg 3 must not be zero", err(() -> Ops.call(Types.RANGE, 0L, 10L, 0L)));
        assertTrue(Ops.eq(new PyRange(0, 0, 1), new PyRange(5, 2, 1)));
        assertEquals("slice(None, None, None)", Ops.repr(sl(Py.None, Py.None, Py.None)));
        PyTuple ind = (PyTuple) Ops.call(Ops.getAttr(sl(Py.None, Py.None, -1L), "indices"), 10L);
        assertEquals(9L, ind.items[0]);
        assertEquals(-1L, ind.items[1]);
        assertEquals("range(0, 10, 2)", Ops.repr(Ops.call(Types.RANGE, 0L, 10L, 2L)));
        assertEquals("TypeError: range expected at least 1 argument, got 0", err(() -> Ops.call(Types.RANGE)));
    }
}
