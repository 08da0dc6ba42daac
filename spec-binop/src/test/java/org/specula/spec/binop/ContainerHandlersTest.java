package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.core.adaptive.CoreObjectModel;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list, tuple and dict handlers on the core's own containers: the same items as the generic
 * subscript, negative indexes from the end, misses for an index out of range (the generic
 * operation raises the IndexError) or not an exact int, and the generic KeyError for a missing
 * dict key.
 */
class ContainerHandlersTest {
    static List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        for (long i = -5; i <= 5; i++) keys.add(i);
        keys.addAll(List.of(Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32), Boolean.TRUE, Boolean.FALSE,
                BigInteger.ONE.shiftLeft(70), 1.0, "a"));
        return keys;
    }

    static void agrees(BinarySubscrHandler h, Object container) {
        int hits = 0;
        for (Object k : keys()) {
            Object r = h.apply(container, k);
            String what = h.name() + " " + Ops.repr(container) + "[" + Ops.repr(k) + "]";
            Object g;
            try {
                g = Ops.getItem(container, k);
            } catch (PyException e) {
                assertSame(SpecializedOp.MISS, r, what + " must miss where the generic subscript raises " + e);
                continue;
            }
            if (r == SpecializedOp.MISS) {
                assertFalse(k instanceof Long, what + " missed");
                continue;
            }
            hits++;
            assertSame(g, r, what);
        }
        assertTrue(hits > 0 || Ops.len(container) == 0, h.name() + " never hit");
    }

    @Test
    void listAndTupleIndexing() {
        for (int n : new int[] {0, 1, 3, 5}) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = "item" + i;
            agrees(new ContainerOps.SubscrListInt(), new PyList(items.clone()));
            agrees(new ContainerOps.SubscrTupleInt(), new PyTuple(items.clone()));
        }
        // the other container kind misses
        assertSame(SpecializedOp.MISS, new ContainerOps.SubscrListInt().apply(new PyTuple(1L), 0L));
        assertSame(SpecializedOp.MISS, new ContainerOps.SubscrTupleInt().apply(new PyList(new Object[] {1L}), 0L));
        assertSame(SpecializedOp.MISS, new ContainerOps.SubscrListInt().apply("abc", 0L));
    }

    @Test
    void dictSubscriptRaisesTheGenericKeyError() {
        PyDict d = new PyDict();
        d.put("a", 1L);
        d.put(2L, "two");
        BinarySubscrHandler h = new ContainerOps.SubscrDict(CoreObjectModel.INSTANCE);
        assertEquals(1L, h.apply(d, "a"));
        assertEquals("two", h.apply(d, 2L));
        assertEquals("two", h.apply(d, 2.0)); // 2.0 == 2 and hashes alike
        PyException mine = assertThrows(PyException.class, () -> h.apply(d, "b"));
        PyException generic = assertThrows(PyException.class, () -> Ops.getItem(d, "b"));
        assertTrue(Errors.matches(mine, Errors.KeyError));
        assertEquals(generic.getMessage(), mine.getMessage());
        // unhashable key: the same TypeError as the generic subscript
        PyException unhashable = assertThrows(PyException.class, () -> h.apply(d, new PyList()));
        assertEquals(assertThrows(PyException.class, () -> Ops.getItem(d, new PyList())).getMessage(), unhashable.getMessage());
        assertSame(SpecializedOp.MISS, h.apply(new PyList(new Object[] {1L}), 0L));
    }

    @Test
    void listStoreByIndex() {
        PyList l = new PyList(new Object[] {1L, 2L, 3L});
        ContainerOps.StoreListInt h = new ContainerOps.StoreListInt();
        assertTrue(h.store(l, 0L, "a"));
        assertTrue(h.store(l, -1L, "c"));
        assertEquals("['a', 2, 'c']", Ops.repr(l));
        // out of range, bool, big int, other containers: a miss with nothing stored
        assertFalse(h.store(l, 3L, "x"));
        assertFalse(h.store(l, -4L, "x"));
        assertFalse(h.store(l, Boolean.TRUE, "x"));
        assertFalse(h.store(l, BigInteger.ONE.shiftLeft(70), "x"));
        assertFalse(h.store(new PyTuple(1L), 0L, "x"));
        assertEquals("['a', 2, 'c']", Ops.repr(l));
    }

    @Test
    void dictStoreAndMembership() {
        PyDict d = new PyDict();
        ContainerOps.StoreDict store = new ContainerOps.StoreDict();
        ContainerOps.ContainsDict in = new ContainerOps.ContainsDict();
        assertTrue(store.store(d, "k", 1L));
        assertTrue(store.store(d, 1L, 2L));
        assertEquals("{'k': 1, 1: 2}", Ops.repr(d));
        assertSame(Boolean.TRUE, in.apply("k", d));
        assertSame(Boolean.TRUE, in.apply(Boolean.TRUE, d)); // True == 1
        assertSame(Boolean.FALSE, in.apply("z", d));
        assertSame(SpecializedOp.MISS, in.apply("k", new PyList(new Object[] {"k"})));
        assertFalse(store.store(new PyList(new Object[] {1L}), 0L, 1L));
        PyException unhashable = assertThrows(PyException.class, () -> in.apply(new PyList(), d));
        assertTrue(Errors.matches(unhashable, Errors.TypeError));
    }
}
