package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specula.core.runtime.ObjectsCoreTest.cls;
import static org.specula.core.runtime.ObjectsCoreTest.err;
import static org.specula.core.runtime.ObjectsCoreTest.method;
import static org.specula.core.runtime.OpsContainersTest.join;

import org.junit.jupiter.api.Test;

/** Classes derived from built-in containers. */
class ObjectsSubclassTest {
    @Test
    void listSubclass() {
        PyType ml = cls("MyList", Types.LIST, "extra", method("extra", (a, k) -> "x"));
        Object l = Ops.call(ml, new PyTuple("a", "b"));
        assertTrue(l instanceof PyInstance);
        assertTrue(Ops.isInstance(l, Types.LIST));
        assertEquals(2L, Ops.len(l));
        Ops.call(Ops.getAttr(l, "append"), "c");
        assertEquals("abc", join(l));
        assertEquals("c", Ops.getItem(l, -1L));
        Ops.setItem(l, 0L, "z");
        assertEquals("zbc", join(l));
        assertEquals("[None]", Ops.repr(Ops.call(ml, new PyList(new Object[] {Py.None}))));
        Object sum = Ops.binaryOp(0, l, new PyList(new Object[] {"d"}));
        assertTrue(sum instanceof PyList);
        assertEquals("zbcd", join(sum));
        assertSame(l, Ops.binaryOp(13, l, new PyTuple("e")));
        assertEquals("zbce", join(l));
        assertEquals("x", Ops.call(Ops.getAttr(l, "extra")));
        assertTrue(Ops.eq(l, new PyList(new Object[] {"z", "b", "c", "e"})));
        assertTrue(Ops.contains(l, "b"));
        assertTrue(Ops.isTrue(l));
        assertFalse(Ops.isTrue(Ops.call(ml)));
        Ops.setAttr(l, "name", "attr");
        assertEquals("attr", Ops.getAttr(l, "name"));
        assertEquals("TypeError: unhashable type: 'MyList'", err(() -> Ops.hash(l)));
        assertEquals("TypeError: can only concatenate list (not \"NoneType\") to list", err(() -> Ops.binaryOp(0, l, Py.None)));
    }

    @Test
    void dictSubclassWithMissing() {
        PyType dd = cls("Default", Types.DICT, "__missing__", method("__missing__", (a, k) -> "missing:" + a[1]));
        Object d = Ops.call(dd, new Object[] {"v"}, new String[] {"k"});
        assertEquals("v", Ops.getItem(d, "k"));
        assertEquals("missing:q", Ops.getItem(d, "q"));
        Ops.setItem(d, "n", Py.None);
        assertEquals(2L, Ops.len(d));
        assertEquals("kn", join(d));
        assertEquals(Py.None, Ops.call(Ops.getAttr(d, "get"), "n"));
        PyType plain = cls("Plain", Types.DICT);
        Object p = Ops.call(plain);
        assertEquals("KeyError", ((PyException) org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Ops.getItem(p, "x"))).value.type.name);
        assertEquals("{}", Ops.repr(p));
    }

    @Test
    void tupleAndSetSubclasses() {
        PyType pt = cls("Pair", Types.TUPLE);
        Object t = Ops.call(pt, new PyList(new Object[] {"a", "b"}));
        assertEquals("('a', 'b')".length(), 10);
        assertEquals(2L, Ops.len(t));
        assertEquals("b", Ops.getItem(t, 1L));
        assertEquals(Ops.hash(new PyTuple("a", "b")), Ops.hash(t));
        Object[] ab = Ops.unpack(t, 2);
        assertEquals("a", ab[0]);
        PyType ms = cls("MySet", Types.SET);
        Object s = Ops.call(ms, new PyList(new Object[] {"x", "y"}));
        assertTrue(Ops.contains(s, "x"));
        Ops.call(Ops.getAttr(s, "add"), "z");
        assertEquals(3L, Ops.len(s));
        Object u = Ops.binaryOp(7, s, new PySet(false));
        assertTrue(u instanceof PySet);
        assertEquals(3, ((PySet) u).size());
    }

    @Test
    void strSubclassUsesTheBaseValue() {
        PyBuiltinFunction.Impl saved = Types.STR.constructor;
        Object savedUpper = Types.STR.dict.get("upper");
        Types.STR.constructor = (a, k) -> a.length == 0 ? "" : Ops.str(a[0]);
        Types.STR.dict.put("upper", new PyBuiltinFunction("upper", true, (a, k) -> ((String) a[0]).toUpperCase()));
        try {
            PyType name = cls("Name", Types.STR, "greet", method("greet", (a, k) -> "hi " + Ops.str(a[0])));
            Object n = Ops.call(name, "bob");
            assertTrue(n instanceof PyInstance);
            assertTrue(Ops.isInstance(n, Types.STR));
            assertEquals("bob", Ops.str(n));
            assertEquals("BOB", Ops.call(Ops.getAttr(n, "upper")));
            assertEquals("hi bob", Ops.call(Ops.getAttr(n, "greet")));
            assertEquals("bob!", Ops.binaryOp(0, n, "!"));
            assertEquals("<bob>", Ops.binaryOp(0, "<", Ops.binaryOp(0, n, ">")));
            assertTrue(Ops.eq(n, "bob"));
            assertTrue(Ops.eq("bob", n));
            assertEquals(Ops.hash("bob"), Ops.hash(n));
            assertEquals(3L, Ops.len(n));
            assertEquals("o", Ops.getItem(n, 1L));
            assertTrue(Ops.contains(n, "ob"));
            PyDict d = new PyDict();
            d.put("bob", true);
            assertEquals(true, d.get(n));
            assertEquals("bob", Ops.format(n, ""));
        } finally {
            Types.STR.constructor = saved;
            if (savedUpper == null) Types.STR.dict.remove("upper"); else Types.STR.dict.put("upper", savedUpper);
        }
    }
}
