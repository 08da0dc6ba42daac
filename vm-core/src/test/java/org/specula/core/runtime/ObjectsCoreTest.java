package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Types, exceptions, instances and the attribute protocol. */
class ObjectsCoreTest {
    static String err(Executable ex) {
        PyException e = assertThrows(PyException.class, ex);
        return e.value.type.name + ": " + ExceptionMethods.str(e.value);
    }

    static PyBuiltinFunction method(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, true, impl);
    }

    static PyType cls(String name, PyType base, Object... kv) {
        PyDict ns = new PyDict();
        ns.put("__module__", "__main__");
        for (int i = 0; i < kv.length; i += 2) ns.put(kv[i], kv[i + 1]);
        return PyType.newClass(name, base == null ? null : new PyType[] {base}, ns);
    }

    @Test
    void typeHierarchy() {
        assertSame(Types.INT, Ops.type(5L));
        assertSame(Types.BOOL, Ops.type(true));
        assertTrue(Types.BOOL.isSubtypeOf(Types.INT));
        assertSame(Types.TYPE, Ops.type(Types.INT));
        assertSame(Types.NONE, Ops.type(Py.None));
        assertSame(Types.LIST_ITERATOR, Ops.type(Ops.iter(new PyList())));
        assertSame(Types.RANGE_ITERATOR, Ops.type(Ops.iter(new PyRange(0, 3, 1))));
        assertEquals("<class 'int'>", Ops.repr(Types.INT));
        assertEquals("<class 'list_iterator'>", Ops.repr(Types.LIST_ITERATOR));
        assertTrue(Errors.KeyError.isSubtypeOf(Errors.LookupError));
        assertTrue(Errors.ModuleNotFoundError.isSubtypeOf(Errors.ImportError));
        assertTrue(Errors.FileNotFoundError.isSubtypeOf(Errors.OSError));
        assertEquals("<class 'ValueError'>", Ops.repr(Errors.ValueError));
        assertSame(Types.INT, Ops.call(Types.TYPE, 3L));
    }

    @Test
    void userClassesAndMro() {
        PyType a = cls("A", null, "f", method("f", (args, kw) -> "A.f"), "x", "classattr");
        PyType b = cls("B", a);
        assertEquals("<class '__main__.B'>", Ops.repr(b));
        Object inst = Ops.call(b);
        assertTrue(inst instanceof PyInstance);
        assertEquals("A.f", Ops.call(Ops.getAttr(inst, "f")));
        assertEquals("classattr", Ops.getAttr(inst, "x"));
        Ops.setAttr(inst, "x", "mine");
        assertEquals("mine", Ops.getAttr(inst, "x"));
        assertEquals("classattr", Ops.getAttr(b, "x"));
        Ops.delAttr(inst, "x");
        assertEquals("classattr", Ops.getAttr(inst, "x"));
        assertEquals("AttributeError: 'B' object has no attribute 'nope'", err(() -> Ops.getAttr(inst, "nope")));
        assertEquals("AttributeError: type object 'B' has no attribute 'nope'", err(() -> Ops.getAttr(b, "nope")));
        assertEquals("AttributeError: 'B' object has no attribute 'y'", err(() -> Ops.delAttr(inst, "y")));
        assertEquals("TypeError: B() takes no arguments", err(() -> Ops.call(b, 1L)));
        // MRO and version bumps
        int v = b.version;
        Ops.setAttr(a, "x", "changed");
        assertTrue(b.version != v);
        assertEquals("changed", Ops.getAttr(inst, "x"));
        PyType c = cls("C", null);
        PyType d = PyType.newClass("D", new PyType[] {b, c}, new PyDict());
        assertEquals(5, d.mro.length);
        assertSame(c, d.mro[3]);
        PyType e1 = PyType.newClass("E1", new PyType[] {a, c}, new PyDict());
        PyType e2 = PyType.newClass("E2", new PyType[] {c, a}, new PyDict());
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, C",
                err(() -> PyType.newClass("F", new PyType[] {e1, e2}, new PyDict())));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", err(() -> cls("G", Types.BOOL)));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", err(() -> Ops.setAttr(Types.INT, "x", 1L)));
        assertEquals("B", Ops.getAttr(b, "__name__"));
        assertEquals("__main__", Ops.getAttr(b, "__module__"));
        assertSame(Types.TYPE, Ops.getAttr(b, "__class__"));
        assertSame(b, Ops.getAttr(inst, "__class__"));
    }

    @Test
    void shapesAreSharedAndDeletionWorks() {
        PyType t = cls("P", null);
        PyInstance p = (PyInstance) Ops.call(t);
        PyInstance q = (PyInstance) Ops.call(t);
        for (String n : new String[] {"a", "b", "c"}) {
            p.setInstanceAttr(n, n + "1");
            q.setInstanceAttr(n, n + "2");
        }
        assertSame(p.shape, q.shape);
        assertTrue(p.delInstanceAttr("b"));
        assertEquals(-1, p.shape.indexOf("b"));
        assertEquals("c1", p.getInstanceAttr("c"));
        assertEquals("a1", p.getInstanceAttr("a"));
        for (int i = 0; i < 20; i++) p.setInstanceAttr("k" + i, (long) i);
        assertEquals(19L, p.getInstanceAttr("k19"));
        for (int i = 0; i < 100; i++) p.setInstanceAttr("m" + i, (long) i);
        assertEquals(99L, Ops.getAttr(p, "m99"));
        assertTrue(p.dict != null);
        Ops.delAttr(p, "m5");
        assertEquals("AttributeError: 'P' object has no attribute 'm5'", err(() -> Ops.getAttr(p, "m5")));
        PyInstance r = (PyInstance) Ops.call(t);
        for (int i = 0; i < 10; i++) r.setInstanceAttr("r" + i, (long) i);
        assertTrue(r.delInstanceAttr("r3"));
        assertEquals(9L, r.getInstanceAttr("r9"));
        assertEquals(null, r.getInstanceAttr("r3"));
        PyDict d = (PyDict) Ops.getAttr(q, "__dict__");
        assertEquals(3, d.size());
        d.put("z", "live");
        assertEquals("live", Ops.getAttr(q, "z"));
        Ops.setAttr(q, "w", "w2");
        assertEquals("w2", d.getStr("w"));
    }

    @Test
    void specialMethodsOnUserClasses() {
        PyType t = cls("V",
                null,
                "__repr__", method("__repr__", (a, k) -> "V!"),
                "__len__", method("__len__", (a, k) -> 3L),
                "__getitem__", method("__getitem__", (a, k) -> {
                    long i = (Long) a[1];
                    if (i >= 2) throw Errors.indexError("out");
                    return "item" + i;
                }),
                "__call__", method("__call__", (a, k) -> "called " + a.length),
                "__eq__", method("__eq__", (a, k) -> Boolean.TRUE));
        Object v = Ops.call(t);
        assertEquals("V!", Ops.repr(v));
        assertEquals("V!", Ops.str(v));
        assertEquals(3L, Ops.len(v));
        assertTrue(Ops.isTrue(v));
        assertEquals("called 3", Ops.call(v, "x", "y"));
        Object[] items = Ops.unpack(v, 2);
        assertEquals("item1", items[1]);
        assertTrue(Ops.eq(v, "anything"));
        assertFalse(Ops.isTrue(Ops.compare(3, v, "x")));
        assertEquals("TypeError: unhashable type: 'V'", err(() -> Ops.hash(v)));
        PyType plain = cls("Plain", null);
        Object p = Ops.call(plain);
        assertTrue(Ops.repr(p).startsWith("<__main__.Plain object at 0x"));
        assertEquals("TypeError: '<' not supported between instances of 'Plain' and 'Plain'", err(() -> Ops.compare(0, p, p)));
        assertEquals("TypeError: 'Plain' object is not callable", err(() -> Ops.call(p)));
        assertEquals("TypeError: 'Plain' object is not iterable", err(() -> Ops.iter(p)));
        assertEquals("TypeError: unsupported format string passed to Plain.__format__", err(() -> Ops.format(p, "x")));
        assertEquals("TypeError: bad operand type for unary -: 'Plain'", err(() -> Ops.negative(p)));
        assertEquals("TypeError: unsupported operand type(s) for +: 'Plain' and 'list'", err(() -> Ops.binaryOp(0, p, new PyList())));
        assertEquals("TypeError: object of type 'Plain' has no len()", err(() -> Ops.len(p)));
    }

    @Test
    void reflectedOperators() {
        PyType t = cls("R", null,
                "__radd__", method("__radd__", (a, k) -> "radd"),
                "__add__", method("__add__", (a, k) -> Py.NotImplemented),
                "__gt__", method("__gt__", (a, k) -> "gt"));
        Object r = Ops.call(t);
        assertEquals("radd", Ops.binaryOp(0, "s", r));
        assertEquals("radd", Ops.binaryOp(0, new PyList(), r));
        assertEquals("TypeError: unsupported operand type(s) for +: 'R' and 'str'", err(() -> Ops.binaryOp(0, r, "s")));
        assertEquals("gt", Ops.compare(0, "s", r));
    }

    @Test
    void propertiesAndDescriptors() {
        PyBuiltinFunction getter = method("x", (a, k) -> "got");
        PyType t = cls("Q", null, "x", new PyProperty(getter, null, null, null),
                "s", new PyStaticMethod(method("s", (a, k) -> "static " + a.length)),
                "c", new PyClassMethod(method("c", (a, k) -> a[0])));
        Object q = Ops.call(t);
        assertEquals("got", Ops.getAttr(q, "x"));
        assertEquals("AttributeError: property 'x' of 'Q' object has no setter", err(() -> Ops.setAttr(q, "x", 1L)));
        assertEquals("AttributeError: property 'x' of 'Q' object has no deleter", err(() -> Ops.delAttr(q, "x")));
        assertEquals("static 0", Ops.call(Ops.getAttr(q, "s")));
        assertSame(t, Ops.call(Ops.getAttr(q, "c")));
        assertSame(t, Ops.call(Ops.getAttr(t, "c")));
        PyType sub = cls("Q2", t, "c", new PyClassMethod(method("c", (a, k) -> "sub")));
        Object q2 = Ops.call(sub);
        Object sup = Ops.call(Types.SUPER, sub, q2);
        assertSame(sub, Ops.call(Ops.getAttr(sup, "c")));
        assertEquals("got", Ops.getAttr(sup, "x"));
        assertEquals("TypeError: super(type, obj): obj must be an instance or subtype of type",
                err(() -> Ops.call(Types.SUPER, sub, q)));
    }

    @Test
    void exceptions() {
        PyException e = Errors.typeError("bad");
        assertEquals("TypeError: bad", e.getMessage());
        PyBaseException v = (PyBaseException) Ops.call(Errors.ValueError, Py.None, true);
        assertEquals("(None, True)", Ops.str(v));
        assertEquals("ValueError(None, True)", Ops.repr(v));
        assertEquals(2, v.args.size());
        PyBaseException empty = (PyBaseException) Ops.call(Errors.ValueError);
        assertEquals("", Ops.str(empty));
        assertEquals("ValueError()", Ops.repr(empty));
        assertEquals("TypeError: ValueError() takes no keyword arguments",
                err(() -> Ops.call(Errors.ValueError, new Object[] {1L}, new String[] {"x"})));
        PyBaseException si = (PyBaseException) Ops.call(Errors.StopIteration, true);
        assertEquals(true, Ops.getAttr(si, "value"));
        assertEquals(Py.None, Ops.getAttr(Ops.call(Errors.SystemExit), "code"));
        PyBaseException fe = (PyBaseException) Ops.call(Errors.OSError, 2L, "No such file");
        assertSame(Errors.FileNotFoundError, fe.type);
        // user subclass: instances are PyBaseException, args set by __new__
        PyType my = cls("MyError", Errors.ValueError);
        Object m = Ops.call(my, Py.None);
        assertTrue(m instanceof PyBaseException);
        assertTrue(Ops.isInstance(m, Errors.Exception));
        assertEquals("None", Ops.str(m));
        assertEquals("MyError(None)", Ops.repr(m));
        Ops.setAttr(m, "extra", true);
        assertEquals(true, Ops.getAttr(m, "extra"));
        assertEquals(Py.None, Ops.getAttr(m, "__cause__"));
        Ops.setAttr(m, "__cause__", v);
        assertSame(v, Ops.getAttr(m, "__cause__"));
        assertEquals(true, Ops.getAttr(m, "__suppress_context__"));
        assertEquals("TypeError: exception cause must be None or derive from BaseException",
                err(() -> Ops.setAttr(m, "__cause__", 1L)));
    }

    @Test
    void attributesOfBuiltinValues() {
        PyList l = new PyList();
        Object app = Ops.getAttr(l, "append");
        assertTrue(app instanceof PyBoundMethod);
        Ops.call(app, Py.None);
        assertEquals(1, l.size);
        assertTrue(Ops.repr(app).startsWith("<built-in method append of list object at 0x"));
        assertEquals("<method 'append' of 'list' objects>", Ops.repr(Ops.getAttr(Types.LIST, "append")));
        assertEquals("AttributeError: 'list' object has no attribute 'x'", err(() -> Ops.getAttr(l, "x")));
        assertEquals("AttributeError: 'list' object attribute 'append' is read-only", err(() -> Ops.setAttr(l, "append", 1L)));
        assertEquals("AttributeError: 'list' object has no attribute 'x'", err(() -> Ops.setAttr(l, "x", 1L)));
        assertEquals("AttributeError: 'builtin_function_or_method' object has no attribute 'x'", err(() -> Ops.getAttr(app, "x")));
        assertEquals("append", Ops.getAttr(app, "__name__"));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", err(() -> Ops.call(app)));
        assertEquals("TypeError: list.append() takes no keyword arguments",
                err(() -> Ops.call(app, new Object[] {1L}, new String[] {"x"})));
        assertEquals("TypeError: pop expected at most 1 argument, got 2", err(() -> Ops.call(Ops.getAttr(l, "pop"), 1L, 2L)));
        assertEquals("TypeError: insert expected 2 arguments, got 1", err(() -> Ops.call(Ops.getAttr(l, "insert"), 1L)));
        assertEquals("TypeError: list.copy() takes no arguments (1 given)", err(() -> Ops.call(Ops.getAttr(l, "copy"), 1L)));
        PyModule mod = new PyModule("m", new PyDict());
        assertEquals("AttributeError: module 'm' has no attribute 'x'", err(() -> Ops.getAttr(mod, "x")));
        assertEquals("<module 'm' (built-in)>", Ops.repr(mod));
        assertEquals("AttributeError: 'NoneType' object has no attribute 'x'", err(() -> Ops.getAttr(Py.None, "x")));
    }

    @Test
    void getattributeAndGetattrHooks() {
        PyType g = cls("G", null, "__getattr__", method("__getattr__", (a, k) -> "fallback:" + a[1]),
                "boom", new PyProperty(method("boom", (a, k) -> {
                    throw Errors.attributeError("inner");
                }), null, null, null));
        Object o = Ops.call(g);
        Ops.setAttr(o, "real", "r");
        assertEquals("r", Ops.getAttr(o, "real"));
        assertEquals("fallback:missing", Ops.getAttr(o, "missing"));
        assertEquals("fallback:boom", Ops.getAttr(o, "boom"));
        PyType h = cls("H", null, "__getattribute__", method("__getattribute__", (a, k) -> {
            if (a[1].equals("x")) throw Errors.attributeError("no x");
            return "intercepted:" + a[1];
        }));
        Object p = Ops.call(h);
        assertEquals("intercepted:y", Ops.getAttr(p, "y"));
        assertEquals("AttributeError: no x", err(() -> Ops.getAttr(p, "x")));
        Ops.setAttr(h, "__getattr__", method("__getattr__", (a, k) -> "late"));
        assertEquals("late", Ops.getAttr(p, "x"));
    }
}
