package org.specula.spec.iter;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.ForIterHandler;
import org.specula.core.runtime.Iterators;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyTuple;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The FOR_ITER handlers on the VM's own iterators: the items, EXHAUSTED, and MISS on anything else. */
class ForIterHandlersTest {
    private static List<Object> drain(ForIterHandler h, Object iterator) {
        List<Object> items = new ArrayList<>();
        for (Object v = h.next(iterator); v != ForIterHandler.EXHAUSTED; v = h.next(iterator)) {
            if (v == ForIterHandler.MISS) throw new AssertionError("missed");
            items.add(v);
        }
        return items;
    }

    @Test
    void rangeYieldsItsLongsThenStaysExhausted() {
        Object it = new Iterators.RangeIter(10, -3, 4); // range(10, 0, -3)
        assertEquals(List.of(10L, 7L, 4L, 1L), drain(ForIterRange.INSTANCE, it));
        assertSame(ForIterHandler.EXHAUSTED, ForIterRange.INSTANCE.next(it));
        assertSame(ForIterHandler.EXHAUSTED, ForIterRange.INSTANCE.next(new Iterators.RangeIter(0, 1, 0)));
    }

    @Test
    void listSeesItemsAppendedDuringTheLoopAndStaysExhaustedAfterwards() {
        PyList list = new PyList(new Object[] {1L, 2L});
        Object it = Ops.iter(list);
        List<Object> seen = new ArrayList<>();
        for (Object v = ForIterList.INSTANCE.next(it); v != ForIterHandler.EXHAUSTED; v = ForIterList.INSTANCE.next(it)) {
            seen.add(v);
            if (list.size() < 4) list.append((Long) v * 10); // for x in l: l.append(x * 10)
        }
        assertEquals(List.of(1L, 2L, 10L, 20L), seen);
        list.append(99L); // CPython's list iterator forgets its list once exhausted
        assertSame(ForIterHandler.EXHAUSTED, ForIterList.INSTANCE.next(it));
    }

    @Test
    void listOfNonesYieldsNoneNotExhausted() {
        Object none = org.specula.core.runtime.Py.None;
        Object it = Ops.iter(new PyList(new Object[] {none, none}));
        assertEquals(List.of(none, none), drain(ForIterList.INSTANCE, it));
    }

    @Test
    void tupleYieldsItsItems() {
        Object it = Ops.iter(new PyTuple("a", 1.5, 3L));
        assertEquals(List.of("a", 1.5, 3L), drain(ForIterTuple.INSTANCE, it));
        assertSame(ForIterHandler.EXHAUSTED, ForIterTuple.INSTANCE.next(it));
    }

    @Test
    void eachMissesOnEveryOtherIteratorWithoutAdvancingIt() {
        Object range = new Iterators.RangeIter(0, 1, 3);
        Object list = Ops.iter(new PyList(new Object[] {1L}));
        Object tuple = Ops.iter(new PyTuple(1L));
        Object str = Ops.iter("ab");
        for (Object other : List.of(list, tuple, str)) assertSame(ForIterHandler.MISS, ForIterRange.INSTANCE.next(other));
        for (Object other : List.of(range, tuple, str)) assertSame(ForIterHandler.MISS, ForIterList.INSTANCE.next(other));
        for (Object other : List.of(range, list, str)) assertSame(ForIterHandler.MISS, ForIterTuple.INSTANCE.next(other));
        // nothing was consumed by the misses
        assertEquals(0L, Ops.next(range));
        assertEquals(1L, Ops.next(list));
        assertEquals(1L, Ops.next(tuple));
        assertEquals("a", Ops.next(str));
    }

    @Test
    void namesAreCPythons() {
        assertEquals("FOR_ITER_RANGE", ForIterRange.INSTANCE.name());
        assertEquals("FOR_ITER_LIST", ForIterList.INSTANCE.name());
        assertEquals("FOR_ITER_TUPLE", ForIterTuple.INSTANCE.name());
    }
}
