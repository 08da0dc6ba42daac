package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Set iteration order and hashing must match CPython 3.11 (expected values produced by python3). */
class ObjectsSetTest {
    private static PySet setOf(long... vs) {
        PySet s = new PySet(false);
        for (long v : vs) s.add(v);
        return s;
    }

    private static String order(PySet s) {
        List<String> r = new ArrayList<>();
        Object it = Ops.iter(s);
        for (Object v; (v = Ops.next(it)) != null; ) r.add(v.toString());
        return String.join(" ", r);
    }

    @Test
    void constructionOrderMatchesCPython() {
        assertEquals("1 3 5 9 17", order(setOf(5, 3, 17, 9, 1)));
        assertEquals("32 100 8 40 16 48 24", order(setOf(100, 8, 16, 24, 32, 40, 48)));
        assertEquals("7 1000 39 15 2000 47 55 23 3000 63 31", order(setOf(1000, 2000, 3000, 7, 15, 23, 31, 39, 47, 55, 63)));
        assertEquals("0 64 128 256 5 -2 -3 -1", order(setOf(-1, -2, -3, 0, 5, 64, 128, 256)));
        assertEquals("65 33 129 1 97 161 2 34", order(setOf(33, 1, 65, 97, 129, 161, 2, 34)));
        long[] c = new long[60];
        for (int i = 0; i < 60; i++) c[i] = i * 37L % 101;
        assertEquals("0 2 3 5 6 9 10 12 13 15 16 19 20 22 23 25 26 29 30 32 33 36 37 39 40 42 43 46 47 49 50 52 53 56 57 59 60 62 63 66 67 69 70 73 74 76 77 79 80 83 84 86 87 89 90 93 94 96 97 100",
                order(setOf(c)));
    }

    @Test
    void fromListUsesIteration() {
        PySet s = (PySet) Ops.call(Types.SET, new PyList(new Object[] {100L, 8L, 16L, 24L, 32L, 40L, 48L}));
        assertEquals("32 100 8 40 16 48 24", order(s));
        PySet f = (PySet) Ops.call(Types.FROZENSET, new PyList(new Object[] {40L, 8L, 72L}));
        assertEquals("40 8 72", order(f));
    }

    @Test
    void removalPopAndReinsertion() {
        PySet s = setOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        s.discard(3L);
        s.discard(5L);
        s.add(13L);
        s.add(21L);
        assertEquals("0 1 2 4 6 7 8 9 13 21", order(s));
        PySet t = setOf(1, 2, 3, 4, 5, 6);
        t.pop();
        t.pop();
        t.add(99L);
        assertEquals("3 4 5 6 99", order(t));
    }

    @Test
    void operatorsMatchCPython() {
        PySet a = setOf(1, 2, 3, 9, 17), b = setOf(3, 17, 25, 33);
        assertEquals("1 2 3 33 9 17 25", order((PySet) Ops.binaryOp(7, a, b)));
        assertEquals("17 3", order((PySet) Ops.binaryOp(1, a, b)));
        assertEquals("1 2 9", order((PySet) Ops.binaryOp(10, a, b)));
        assertEquals("1 33 2 9 25", order((PySet) Ops.binaryOp(12, a, b)));
        long[] r50 = new long[50];
        for (int i = 0; i < 50; i++) r50[i] = i;
        long[] r3 = new long[17];
        for (int i = 0; i < 17; i++) r3[i] = 3L * i;
        assertEquals("1 2 4 5 7 8 10 11 13 14 16 17 19 20 22 23 25 26 28 29 31 32 34 35 37 38 40 41 43 44 46 47 49",
                order((PySet) Ops.binaryOp(10, setOf(r50), setOf(r3))));
    }

    private static final String[][] RANDOM_CASES = {
        {"a953893 a2 a61981 a657911 p p a123514 a108061 a102163 d123514 d108061 a43 a33 d102163 a21 a801710 a356644 a37 a497128 d801710 a22 a136 a53 a5 a8 p p a14 d37 a39 p d21 a25 d39 a67 a34 d8 d136 a29 a6 d22 p a312569 p p d33 d34 a1 a38 d29", "1 67 6 38 497128 43 53 312569"},
        {"a21 d21 d7 d172 a90963 a82 a158492 p p a838186 d838186 a34 d34 a22 d22 a32 d32 a138 a33 d33 a6 a4 d138", "4 6 158492"},
        {"a186 d186 a25 a41 d41 a230254 p d230254 a96672 a35 d35 a-4 p a179 d179 d96672 a-2 d-2 a200 a26 d200 p a11 d11 a111444 d111444 d208272 d15 d655830 d32 a18 a28 a64 a59 a5 a31 a5 a1 d28 p d31 d1 p d64 a6 a656646 d5 d6 d656646 a241944 d241944 a155 d155 a651323 a3 p a18 a35 p a28 a33 a16 a40 p p", "33 35 40 16"},
        {"d22 a0 d0 a409113 a89 a-7 a27 a75 d-7", "75 409113 89 27"},
        {"d472761 d144 a268165 d268165 a122 d122 a65 a5 a15 d5 a13 a290996 p d13 a28 d28 d15 a33 p a987224 d33 a12 d987224 d12 a37 a331724 d37 a85 a26 a23 a379919 a775033 a106 a16 a139", "106 139 331724 379919 16 85 23 775033 26"},
        {"a994848 a80 p a941796 p a33 a24 p a0 a13 d13 a28 a1 a25 a-4 d1 p d-4 p a29 d33 a862721 d28 a82853 a10 a579437 a6 d579437 p a784310 d82853 a266397 a92 a37 a531968 a6 p d37", "0 862721 531968 6 266397 92 29"},
    };

    @Test
    void randomOperationSequencesMatchCPython() {
        for (String[] c : RANDOM_CASES) {
            PySet s = new PySet(false);
            if (!c[0].isEmpty()) {
                for (String op : c[0].split(" ")) {
                    switch (op.charAt(0)) {
                        case 'a' -> s.add(Long.parseLong(op.substring(1)));
                        case 'd' -> s.discard(Long.parseLong(op.substring(1)));
                        default -> s.pop();
                    }
                }
            }
            assertEquals(c[1], order(s), c[0]);
        }
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(-3550055125485641917L, Ops.hash(new PyTuple(1L, 2L)));
        assertEquals(-4691468712706788113L, Ops.hash(new PyTuple(1L, new PyTuple(2L, 3L), -1L)));
        assertEquals(5740354900026072187L, Ops.hash(PyTuple.EMPTY));
        PySet f = (PySet) Ops.call(Types.FROZENSET, new PyList(new Object[] {1L, 2L, 3L}));
        assertEquals(-272375401224217160L, Ops.hash(f));
        assertEquals(133146708735736L, Ops.hash(new PySet(true)));
        PySet withDummy = setOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        withDummy.discard(3L);
        assertEquals(6823498452920295245L, Ops.hash(withDummy.copy(true)));
        assertEquals(6823498452920295245L, withDummy.frozenHash());
        assertEquals(3L, Ops.hash(Long.MAX_VALUE));
        assertEquals(-4L, Ops.hash(Long.MIN_VALUE));
        assertEquals(-2L, Ops.hash(-1L));
    }

    @Test
    void errors() {
        PySet s = setOf(1);
        PyException e = assertThrows(PyException.class, () -> Ops.call(Ops.getAttr(new PySet(false), "pop")));
        assertEquals(Errors.KeyError, e.value.type);
        assertEquals("pop from an empty set", e.value.args.items[0]);
        e = assertThrows(PyException.class, () -> Ops.hash(s));
        assertEquals("TypeError: unhashable type: 'set'", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.getAttr(new PySet(true), "add"));
        assertEquals("AttributeError: 'frozenset' object has no attribute 'add'", e.getMessage());
        Object it = Ops.iter(s);
        s.add(5L);
        e = assertThrows(PyException.class, () -> Ops.next(it));
        assertEquals("RuntimeError: Set changed size during iteration", e.getMessage());
    }
}
