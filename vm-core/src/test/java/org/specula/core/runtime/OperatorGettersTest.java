package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.specula.core.runtime.ObjectsCoreTest.cls;
import static org.specula.core.runtime.ObjectsCoreTest.err;

import org.junit.jupiter.api.Test;

/** The Java operator.itemgetter/attrgetter against CPython 3.11's results (produced by python3). */
class OperatorGettersTest {
    private static final PyType IG = OperatorGetters.ITEMGETTER, AG = OperatorGetters.ATTRGETTER;

    @Test
    void itemgetterFetchesOneOrATuple() {
        PyList l = new PyList(new Object[] {1L, 2L});
        assertEquals(2L, Ops.call(Ops.call(IG, 1L), l));
        assertEquals("(2, 1)", Ops.repr(Ops.call(Ops.call(IG, 1L, 0L), l)));
        assertEquals("'bc'", Ops.repr(Ops.call(Ops.call(IG, new PySlice(1L, 3L, Py.None)), "abcd")));
        assertEquals("IndexError: list index out of range", err(() -> Ops.call(Ops.call(IG, 5L), l)));
        assertEquals("operator.itemgetter(1, 'a')", Ops.repr(Ops.call(IG, 1L, "a")));
    }

    @Test
    void itemgetterArgumentErrors() {
        assertEquals("TypeError: itemgetter expected 1 argument, got 0", err(() -> Ops.call(IG)));
        assertEquals("TypeError: itemgetter() takes no keyword arguments",
                err(() -> Ops.call(IG, new Object[] {1L, 2L}, new String[] {"a"})));
        Object g = Ops.call(IG, 1L);
        assertEquals("TypeError: itemgetter expected 1 argument, got 0", err(() -> Ops.call(g)));
        assertEquals("TypeError: itemgetter expected 1 argument, got 2", err(() -> Ops.call(g, 1L, 2L)));
        assertEquals("TypeError: itemgetter() takes no keyword arguments",
                err(() -> Ops.call(g, new Object[] {1L}, new String[] {"obj"})));
    }

    @Test
    void attrgetterFollowsDottedNames() {
        Object p = Ops.call(cls("P", null));
        Ops.setAttr(p, "inner", p);
        Ops.setAttr(p, "w", 2L);
        Ops.setAttr(p, "name", "b");
        assertEquals(2L, Ops.call(Ops.call(AG, "inner.inner.w"), p));
        assertEquals("(2, 'b')", Ops.repr(Ops.call(Ops.call(AG, "w", "name"), p)));
        assertEquals("AttributeError: 'P' object has no attribute 'nope'", err(() -> Ops.call(Ops.call(AG, "nope"), p)));
        assertEquals("AttributeError: 'P' object has no attribute ''", err(() -> Ops.call(Ops.call(AG, "inner."), p)));
        assertEquals("operator.attrgetter('a', 'b.c')", Ops.repr(Ops.call(AG, "a", "b.c")));
        assertEquals("TypeError: attribute name must be a string", err(() -> Ops.call(AG, "a", 1L)));
        assertEquals("TypeError: attrgetter expected 1 argument, got 0", err(() -> Ops.call(AG)));
    }

    @Test
    void typesLookLikeCPythons() {
        assertEquals("<class 'operator.itemgetter'>", Ops.repr(IG));
        assertEquals("itemgetter", Ops.getAttr(IG, "__name__"));
        assertEquals("operator", Ops.getAttr(AG, "__module__"));
        assertEquals("TypeError: type 'operator.itemgetter' is not an acceptable base type", err(() -> cls("X", IG)));
        assertEquals("AttributeError: 'operator.attrgetter' object has no attribute 'x'",
                err(() -> Ops.setAttr(Ops.call(AG, "a"), "x", 1L)));
    }
}
