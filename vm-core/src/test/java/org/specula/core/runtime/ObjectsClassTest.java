package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specula.core.runtime.ObjectsCoreTest.cls;
import static org.specula.core.runtime.ObjectsCoreTest.err;
import static org.specula.core.runtime.ObjectsCoreTest.method;

import org.junit.jupiter.api.Test;
import org.specula.core.code.CodeObject;
import org.specula.core.code.ExceptionTableEntry;

/** Class creation hooks, instance creation paths, functions and bound methods. */
class ObjectsClassTest {
    static PyFunction function(String name) {
        CodeObject code = new CodeObject("t.py", name, "Outer." + name, 0, 1, 0, 0, new int[0], new Object[0],
                new String[0], new String[] {"self"}, new String[0], new String[0], new int[0], 1, 1, new int[0],
                new ExceptionTableEntry[0]);
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        return new PyFunction(code, globals, null, null, null);
    }

    @Test
    void functionAttributes() {
        PyFunction f = function("meth");
        assertEquals("meth", Ops.getAttr(f, "__name__"));
        assertEquals("Outer.meth", Ops.getAttr(f, "__qualname__"));
        assertEquals("__main__", Ops.getAttr(f, "__module__"));
        assertEquals(Py.None, Ops.getAttr(f, "__defaults__"));
        assertSame(f.code, Ops.getAttr(f, "__code__"));
        Ops.setAttr(f, "custom", true);
        assertEquals(true, Ops.getAttr(f, "custom"));
        assertEquals("AttributeError: 'function' object has no attribute 'nope'", err(() -> Ops.getAttr(f, "nope")));
        assertTrue(Ops.repr(f).startsWith("<function Outer.meth at 0x"));
        PyType c = cls("Outer", null, "meth", f);
        Object inst = Ops.call(c);
        Object bm = Ops.getAttr(inst, "meth");
        assertTrue(bm instanceof PyBoundMethod);
        assertSame(inst, Ops.getAttr(bm, "__self__"));
        assertSame(f, Ops.getAttr(bm, "__func__"));
        assertEquals("meth", Ops.getAttr(bm, "__name__"));
        assertTrue(Ops.repr(bm).startsWith("<bound method Outer.meth of <__main__.Outer object at 0x"));
        assertSame(f, Ops.getAttr(c, "meth"));
        assertSame(f, Ops.lookupMethod(inst, "meth"));
        Ops.setAttr(inst, "meth", 1L);
        assertEquals(null, Ops.lookupMethod(inst, "meth"));
        assertTrue(Ops.lookupMethod(new PyList(), "append") instanceof PyBuiltinFunction);
        assertSame(Types.FUNCTION, Ops.type(f));
        assertSame(Types.METHOD, Ops.type(bm));
    }

    @Test
    void creationHooks() {
        PyCell cell = new PyCell();
        PyDict ns = new PyDict();
        ns.put("__module__", "mod");
        ns.put("__qualname__", "Outer.Inner");
        ns.put("__classcell__", cell);
        ns.put("p", new PyProperty(method("p", (a, k) -> "p!"), null, null, null));
        PyType t = PyType.newClass("Inner", null, ns);
        assertSame(t, cell.contents);
        assertEquals("<class 'mod.Outer.Inner'>", Ops.repr(t));
        assertEquals(null, t.dict.get("__classcell__"));
        assertEquals("AttributeError: property 'p' of 'Inner' object has no setter", err(() -> Ops.setAttr(Ops.call(t), "p", 1L)));
        StringBuilder log = new StringBuilder();
        PyType base = cls("Base", null, "__init_subclass__", new PyClassMethod(method("__init_subclass__", (a, k) -> {
            log.append(((PyType) a[0]).name).append(k == null ? 0 : k.length);
            return Py.None;
        })));
        PyType.newClass("Sub", new PyType[] {base}, new PyDict(), new Object[] {1L}, new String[] {"flag"});
        assertEquals("Sub1", log.toString());
        assertEquals("TypeError: Plain.__init_subclass__() takes no keyword arguments",
                err(() -> PyType.newClass("Plain", null, new PyDict(), new Object[] {1L}, new String[] {"flag"})));
        PyType eqOnly = cls("EqOnly", null, "__eq__", method("__eq__", (a, k) -> true));
        assertEquals(Py.None, eqOnly.dict.get("__hash__"));
    }

    @Test
    void instanceCreation() {
        PyType init = cls("WithInit", null, "__init__", method("__init__", (a, k) -> {
            Ops.setAttr(a[0], "v", a[1]);
            return Py.None;
        }));
        Object w = Ops.call(init, "x");
        assertEquals("x", Ops.getAttr(w, "v"));
        PyType bad = cls("BadInit", null, "__init__", method("__init__", (a, k) -> 1L));
        assertEquals("TypeError: __init__() should return None, not 'int'", err(() -> Ops.call(bad)));
        PyType sup = cls("SuperInit", null, "__init__", method("__init__", (a, k) ->
                Ops.call(Ops.getAttr(Ops.call(Types.SUPER, a[0] instanceof PyInstance i ? i.type : null, a[0]), "__init__"), a[1])));
        assertEquals("TypeError: object.__init__() takes exactly one argument (the instance to initialize)",
                err(() -> Ops.call(sup, 1L)));
        PyType newer = cls("Newer", null, "__new__", new PyStaticMethod(method("__new__", (a, k) -> "not an instance")));
        assertEquals("not an instance", Ops.call(newer, 1L));
        PyType single = cls("Single", null, "__new__", new PyStaticMethod(method("__new__", (a, k) ->
                Ops.call(Ops.getAttr(Types.OBJECT, "__new__"), a))));
        assertEquals("TypeError: object.__new__() takes exactly one argument (the type to instantiate)",
                err(() -> Ops.call(single, 1L)));
        assertTrue(Ops.call(single) instanceof PyInstance);
        assertEquals("TypeError: object() takes no arguments", err(() -> Ops.call(Types.OBJECT, 1L)));
        assertEquals("AttributeError: 'object' object has no attribute 'x'", err(() -> Ops.setAttr(Ops.call(Types.OBJECT), "x", 1L)));
        assertEquals("TypeError: type() takes 1 or 3 arguments", err(() -> Ops.call(Types.TYPE, 1L, 2L)));
        PyDict ns = new PyDict();
        ns.put("a", "A");
        PyType dyn = (PyType) Ops.call(Types.TYPE, "Dyn", new PyTuple(init), ns);
        assertEquals("<class '__main__.Dyn'>", Ops.repr(dyn));
        assertEquals("A", Ops.getAttr(Ops.call(dyn, "y"), "a"));
        assertEquals("TypeError: bases must be types", err(() -> Ops.call(Types.TYPE, "Bad", new PyTuple(1L), new PyDict())));
        // exception subclass with Python-level attributes and BaseException.__init__
        PyType err = cls("AppError", Errors.Exception, "__init__", method("__init__", (a, k) -> {
            Ops.call(Ops.getAttr(Ops.call(Types.SUPER, Ops.type(a[0]), a[0]), "__init__"), "msg");
            Ops.setAttr(a[0], "code", a[1]);
            return Py.None;
        }));
        PyBaseException e = (PyBaseException) Ops.call(err, 7L);
        assertEquals("msg", Ops.str(e));
        assertEquals(7L, Ops.getAttr(e, "code"));
        assertTrue(Errors.exceptionMatches(e, new PyTuple(Errors.KeyError, Errors.Exception)));
        assertEquals("TypeError: catching classes that do not inherit from BaseException is not allowed",
                err(() -> Errors.exceptionMatches(e, Types.INT)));
        assertSame(Errors.ValueError, Errors.normalize(Errors.ValueError).type);
        assertEquals("TypeError: exceptions must derive from BaseException", err(() -> Errors.normalize(1L)));
    }

    @Test
    void metaclasses() {
        StringBuilder log = new StringBuilder();
        PyType meta = cls("Meta", Types.TYPE,
                "__new__", new PyStaticMethod(method("__new__", (a, k) -> {
                    log.append("new;");
                    PySuper sup = (PySuper) Ops.call(Types.SUPER, a[0], a[0]);
                    Object c = Ops.call(Ops.getAttr(sup, "__new__"), a);
                    Ops.setAttr(c, "registered", true);
                    return c;
                })),
                "__call__", method("__call__", (a, k) -> {
                    log.append("call;");
                    PySuper sup = (PySuper) Ops.call(Types.SUPER, Ops.type(a[0]), a[0]);
                    return Ops.call(Ops.getAttr(sup, "__call__"), java.util.Arrays.copyOfRange(a, 1, a.length), k);
                }),
                "hello", method("hello", (a, k) -> "hello " + ((PyType) a[0]).name));
        PyDict ns = new PyDict();
        ns.put("__module__", "__main__");
        PyType foo = (PyType) Ops.call(meta, "Foo", PyTuple.EMPTY, ns);
        assertSame(meta, Ops.type(foo));
        assertEquals(true, Ops.getAttr(foo, "registered"));
        assertEquals("hello Foo", Ops.call(Ops.getAttr(foo, "hello")));
        Object inst = Ops.call(foo);
        assertSame(foo, Ops.type(inst));
        assertEquals("new;call;", log.toString());
        PyType sub = cls("Sub", foo);
        assertSame(meta, Ops.type(sub));
        assertTrue(Ops.isInstance(sub, meta));
        assertEquals("AttributeError: type object 'Foo' has no attribute 'nope'", err(() -> Ops.getAttr(foo, "nope")));
        PyDict ns2 = new PyDict();
        ns2.put("__module__", "__main__");
        Object bar = PyType.buildClass("Bar", new Object[0], ns2, new Object[] {meta}, new String[] {"metaclass"});
        assertSame(meta, Ops.type(bar));
        Object baz = PyType.buildClass("Baz", new Object[] {bar}, new PyDict(), null, null);
        assertSame(meta, Ops.type(baz));
        assertEquals("TypeError: bases must be types", err(() -> PyType.buildClass("Q", new Object[] {1L}, new PyDict(), null, null)));
    }

    @Test
    void slots() {
        PyType a = cls("A", null, "__slots__", new PyTuple("x"));
        PyType b = cls("B", a, "__slots__", "y");
        Object o = Ops.call(b);
        Ops.setAttr(o, "x", 1L);
        Ops.setAttr(o, "y", 2L);
        assertEquals(2L, Ops.getAttr(o, "y"));
        assertEquals("AttributeError: 'B' object has no attribute 'z'", err(() -> Ops.setAttr(o, "z", 3L)));
        assertEquals("AttributeError: 'B' object has no attribute '__dict__'", err(() -> Ops.getAttr(o, "__dict__")));
        PyType c = cls("C", b);
        Ops.setAttr(Ops.call(c), "z", 3L);
    }
}
