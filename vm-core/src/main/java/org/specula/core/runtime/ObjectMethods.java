package org.specula.core.runtime;

import org.specula.core.code.CodeObject;

import java.util.Map;

/**
 * object and type: their methods and attributes, plus functions, methods, property,
 * staticmethod, classmethod, super, cell and module attributes.
 */
final class ObjectMethods {
    private ObjectMethods() {}

    /** object's default slots, recognised by Ops to avoid calls (and to detect overrides). */
    static PyBuiltinFunction INIT, REPR, STR, EQ, NE, HASH, FORMAT, SETATTR, TYPE_SETATTR, GETATTRIBUTE, DELATTR;
    static PyStaticMethod NEW;
    static PyClassMethod INIT_SUBCLASS;
    /** type.__call__. */
    static PyBuiltinFunction TYPE_CALL;

    private static boolean excessArgs(Object[] args, String[] kw) {
        return args.length > 1;
    }

    static void install() {
        PyType o = Types.OBJECT;
        INIT = Types.method(o, "__init__", (args, kw) -> {
            if (args.length == 0) throw Errors.typeError("descriptor '__init__' of 'object' object needs an argument");
            if (excessArgs(args, kw)) {
                PyType t = Ops.type(args[0]);
                if (t.lookup("__init__") != INIT)
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                if (t.lookup("__new__") == NEW)
                    throw Errors.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
            return Py.None;
        });
        NEW = new PyStaticMethod(new PyBuiltinFunction("__new__", true, (args, kw) -> {
            if (args.length == 0) throw Errors.typeError("object.__new__(): not enough arguments");
            if (!(args[0] instanceof PyType t))
                throw Errors.typeError("object.__new__(X): X is not a type object (" + Ops.typeName(args[0]) + ")");
            if (excessArgs(args, kw)) {
                if (t.lookup("__new__") != NEW)
                    throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                if (t.lookup("__init__") == INIT) throw Errors.typeError(t.name + "() takes no arguments");
            }
            if (t.isException) return ExceptionMethods.create(t, PyTuple.EMPTY);
            if (t.builtin && t != Types.OBJECT)
                throw Errors.typeError("object.__new__(" + t.name + ") is not safe, use " + t.name + ".__new__()");
            return new PyInstance(t);
        }));
        o.dict.put("__new__", NEW);
        REPR = Types.method(o, "__repr__", (args, kw) -> Ops.defaultRepr(args[0]));
        STR = Types.method(o, "__str__", (args, kw) -> Ops.repr(args[0]));
        EQ = Types.method(o, "__eq__", (args, kw) -> {
            Args.count("__eq__", args, kw, 1, 1, 1);
            return args[0] == args[1] ? Boolean.TRUE : Py.NotImplemented;
        });
        NE = Types.method(o, "__ne__", (args, kw) -> {
            Args.count("__ne__", args, kw, 1, 1, 1);
            Object r = Ops.callSpecial(args[0], "__eq__", args[1]);
            if (r == null || r == Py.NotImplemented) return Py.NotImplemented;
            return !Ops.isTrue(r);
        });
        HASH = Types.method(o, "__hash__", (args, kw) -> Ops.identityHash(args[0]));
        FORMAT = Types.method(o, "__format__", (args, kw) -> {
            Object spec = Args.one("object.__format__", args, kw, 1);
            if (!(spec instanceof String s))
                throw Errors.typeError("__format__() argument must be str, not " + Ops.typeName(spec));
            return Ops.objectFormat(args[0], s);
        });
        SETATTR = Types.method(o, "__setattr__", (args, kw) -> {
            Args.count("__setattr__", args, kw, 1, 2, 2);
            String name = attrName(args[1]);
            if (args[0] instanceof PyType) throw Errors.typeError("can't apply this __setattr__ to " + Ops.typeName(args[0]) + " object");
            if (args[0] instanceof PyInstance inst) Ops.objectSetAttr(inst, name, args[2]);
            else Ops.setAttr(args[0], name, args[2]);
            return Py.None;
        });
        TYPE_SETATTR = Types.method(Types.TYPE, "__setattr__", (args, kw) -> {
            Args.count("__setattr__", args, kw, 1, 2, 2);
            if (!(args[0] instanceof PyType t))
                throw Errors.typeError("descriptor '__setattr__' requires a 'type' object but received a '" + Ops.typeName(args[0]) + "'");
            Ops.typeSetAttr(t, attrName(args[1]), args[2]);
            return Py.None;
        });
        GETATTRIBUTE = Types.method(o, "__getattribute__", (args, kw) -> {
            Args.count("__getattribute__", args, kw, 1, 1, 1);
            String name = attrName(args[1]);
            if (args[0] instanceof PyInstance inst) return Ops.objectGetAttribute(inst, name, true);
            return Ops.getAttr(args[0], name);
        });
        DELATTR = Types.method(o, "__delattr__", (args, kw) -> {
            Args.count("__delattr__", args, kw, 1, 1, 1);
            String name = attrName(args[1]);
            if (args[0] instanceof PyInstance inst) Ops.objectSetAttr(inst, name, null);
            else Ops.delAttr(args[0], name);
            return Py.None;
        });
        INIT_SUBCLASS = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", true, (args, kw) -> {
            if (args.length > 1 || Args.kwCount(kw) > 0)
                throw Errors.typeError(((PyType) args[0]).name + ".__init_subclass__() takes no keyword arguments");
            return Py.None;
        }));
        o.dict.put("__init_subclass__", INIT_SUBCLASS);
        Types.method(o, "__dir__", (args, kw) -> {
            PyList r = new PyList();
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            if (args[0] instanceof PyInstance inst) {
                if (inst.dict != null) {
                    for (Object k : inst.dict.keysArray()) if (k instanceof String s) names.add(s);
                } else {
                    for (int i = 0; i < inst.shape.size(); i++) names.add(inst.shape.nameAt(i));
                }
            }
            for (PyType t : Ops.type(args[0]).mro) names.addAll(t.dict.keySet());
            for (String s : names) r.append(s);
            return r;
        });
        PyGetSet.define(o, "__class__", Ops::type, (obj, v) -> {
            if (!(obj instanceof PyInstance inst) || inst instanceof PyBaseException && !(v instanceof PyType vt && vt.isException))
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (!(v instanceof PyType t))
                throw Errors.typeError("__class__ must be set to a class, not '" + Ops.typeName(v) + "' object");
            if (t.builtin) throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            inst.type = t;
        });
        o.constructor = (args, kw) -> {
            if (args.length > 0) throw Errors.typeError("object() takes no arguments");
            return new PyInstance(Types.OBJECT);
        };

        installType();
        installDescriptors();
        installMisc();
    }

    static String attrName(Object n) {
        if (n instanceof String s) return s;
        throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(n) + "'");
    }

    private static PyType asType(Object o) {
        return (PyType) o;
    }

    private static void installType() {
        PyType t = Types.TYPE;
        PyGetSet.define(t, "__name__", o -> asType(o).shortName(), (o, v) -> {
            if (!(v instanceof String s))
                throw Errors.typeError("can only assign string to " + asType(o).name + ".__name__, not '" + Ops.typeName(v) + "'");
            asType(o).name = s;
        });
        PyGetSet.define(t, "__qualname__", o -> asType(o).qualname, (o, v) -> {
            if (!(v instanceof String s))
                throw Errors.typeError("can only assign string to " + asType(o).name + ".__qualname__, not '" + Ops.typeName(v) + "'");
            asType(o).qualname = s;
        });
        PyGetSet.define(t, "__module__", o -> asType(o).module(), (o, v) -> asType(o).dict.put("__module__", v));
        PyGetSet.define(t, "__bases__", o -> new PyTuple((Object[]) asType(o).bases.clone()), null);
        PyGetSet.define(t, "__base__", o -> asType(o).bases.length == 0 ? Py.None : asType(o).bases[0], null);
        PyGetSet.define(t, "__mro__", o -> new PyTuple((Object[]) asType(o).mro.clone()), null);
        PyGetSet.define(t, "__dict__", o -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, Object> e : asType(o).dict.entrySet()) d.put(e.getKey(), e.getValue());
            return d;
        }, null);
        PyGetSet.define(t, "__doc__", o -> {
            Object d = asType(o).dict.get("__doc__");
            return d == null ? Py.None : d;
        }, (o, v) -> asType(o).dict.put("__doc__", v));
        TYPE_CALL = Types.method(t, "__call__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType c))
                throw Errors.typeError("descriptor '__call__' of 'type' object needs an argument");
            return Ops.typeCallDefault(c, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        });
        t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", true, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType mcs))
                throw Errors.typeError("type.__new__(X): X is not a type object");
            if (!mcs.isSubtypeOf(Types.TYPE))
                throw Errors.typeError("type.__new__(" + mcs.name + "): " + mcs.name + " is not a subtype of type");
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            int n = rest.length - Args.kwCount(kw);
            if (n == 1 && mcs == Types.TYPE && Args.kwCount(kw) == 0) return Ops.type(rest[0]);
            if (n != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + n + " given)");
            PyType c = (PyType) t.constructor.call(rest, kw);
            if (mcs != Types.TYPE) c.metaclass = mcs;
            return c;
        })));
        Types.method(t, "__init__", (args, kw) -> Py.None);
        Types.method(t, "mro", (args, kw) -> new PyList((Object[]) asType(args[0]).mro.clone()));
        Types.method(t, "__subclasses__", (args, kw) -> new PyList(asType(args[0]).subclasses().toArray()));
        Types.method(t, "__instancecheck__", (args, kw) -> Ops.isInstance(args[1], args[0]));
        Types.method(t, "__subclasscheck__", (args, kw) -> Ops.isSubclass(args[1], args[0]));
        t.constructor = (args, kw) -> {
            int n = args.length - Args.kwCount(kw);
            if (n == 1 && Args.kwCount(kw) == 0) return Ops.type(args[0]);
            if (n != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
            if (!(args[0] instanceof String name))
                throw Errors.typeError("type.__new__() argument 1 must be str, not " + Ops.typeName(args[0]));
            if (!(args[1] instanceof PyTuple bt))
                throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(args[1]));
            if (!(args[2] instanceof PyDict ns))
                throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(args[2]));
            PyType[] bases = new PyType[bt.items.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bt.items[i] instanceof PyType b)) throw Errors.typeError("bases must be types");
                bases[i] = b;
            }
            PyDict nsc = ns.copy();
            if (nsc.getStr("__module__") == null) nsc.put("__module__", "__main__");
            Object[] kwv = kw == null ? null : Args.positional(args, null, args.length - kw.length);
            return PyType.newClass(name, bases, nsc, kwv, kw);
        };
    }

    private static void installDescriptors() {
        PyType p = Types.PROPERTY;
        p.constructor = (args, kw) -> {
            Object[] a = Args.parse("property", args, kw, 0, new String[] {"fget", "fset", "fdel", "doc"}, 0, 0);
            return new PyProperty(a[0], a[1], a[2], a[3]);
        };
        Types.method(p, "getter", (args, kw) -> {
            PyProperty pr = (PyProperty) args[0];
            return pr.copy(Args.one("getter", args, kw, 1), pr.fset, pr.fdel);
        });
        Types.method(p, "setter", (args, kw) -> {
            PyProperty pr = (PyProperty) args[0];
            return pr.copy(pr.fget, Args.one("setter", args, kw, 1), pr.fdel);
        });
        Types.method(p, "deleter", (args, kw) -> {
            PyProperty pr = (PyProperty) args[0];
            return pr.copy(pr.fget, pr.fset, Args.one("deleter", args, kw, 1));
        });
        Types.method(p, "__get__", (args, kw) -> {
            PyProperty pr = (PyProperty) args[0];
            return args.length < 2 || args[1] == Py.None ? pr : pr.get(args[1]);
        });
        Types.method(p, "__set__", (args, kw) -> {
            ((PyProperty) args[0]).set(args[1], args[2]);
            return Py.None;
        });
        Types.method(p, "__delete__", (args, kw) -> {
            ((PyProperty) args[0]).delete(args[1]);
            return Py.None;
        });
        Types.method(p, "__set_name__", (args, kw) -> {
            if (args[2] instanceof String s) ((PyProperty) args[0]).name = s;
            return Py.None;
        });
        PyGetSet.define(p, "fget", o -> ((PyProperty) o).fget, null);
        PyGetSet.define(p, "fset", o -> ((PyProperty) o).fset, null);
        PyGetSet.define(p, "fdel", o -> ((PyProperty) o).fdel, null);
        PyGetSet.define(p, "__doc__", o -> ((PyProperty) o).doc, (o, v) -> ((PyProperty) o).doc = v == null ? Py.None : v);

        PyType sm = Types.STATICMETHOD;
        sm.constructor = (args, kw) -> {
            Args.noKw("staticmethod", kw);
            Args.count("staticmethod", args, kw, 0, 1, 1);
            return new PyStaticMethod(args[0]);
        };
        PyGetSet.define(sm, "__func__", o -> ((PyStaticMethod) o).callable, null);
        PyGetSet.define(sm, "__wrapped__", o -> ((PyStaticMethod) o).callable, null);
        Types.method(sm, "__get__", (args, kw) -> ((PyStaticMethod) args[0]).callable);
        for (String n : new String[] {"__name__", "__qualname__", "__doc__"}) {
            PyGetSet.define(sm, n, o -> Ops.getAttr(((PyStaticMethod) o).callable, n), null);
        }
        PyType cm = Types.CLASSMETHOD;
        cm.constructor = (args, kw) -> {
            Args.noKw("classmethod", kw);
            Args.count("classmethod", args, kw, 0, 1, 1);
            return new PyClassMethod(args[0]);
        };
        PyGetSet.define(cm, "__func__", o -> ((PyClassMethod) o).callable, null);
        PyGetSet.define(cm, "__wrapped__", o -> ((PyClassMethod) o).callable, null);
        Types.method(cm, "__get__", (args, kw) -> {
            Object owner = args.length > 2 && args[2] != Py.None ? args[2] : Ops.type(args[1]);
            return new PyBoundMethod(owner, ((PyClassMethod) args[0]).callable);
        });
        for (String n : new String[] {"__name__", "__qualname__", "__doc__"}) {
            PyGetSet.define(cm, n, o -> Ops.getAttr(((PyClassMethod) o).callable, n), null);
        }

        PyType su = Types.SUPER;
        su.constructor = (args, kw) -> {
            Args.noKw("super", kw);
            if (args.length == 0) throw Errors.runtimeError("super(): no arguments");
            if (!(args[0] instanceof PyType t))
                throw Errors.typeError("super() argument 1 must be a type, not " + Ops.typeName(args[0]));
            if (args.length == 1) throw Errors.typeError("super(type) (unbound super) is not supported");
            if (args.length > 2) throw Errors.typeError("super() takes at most 2 arguments (" + args.length + " given)");
            return new PySuper(t, args[1]);
        };
        PyGetSet.define(su, "__thisclass__", o -> ((PySuper) o).thisType, null);
        PyGetSet.define(su, "__self__", o -> ((PySuper) o).obj, null);
        PyGetSet.define(su, "__self_class__", o -> ((PySuper) o).objType, null);
    }

    private static void installMisc() {
        PyGetSet.define(Types.CELL, "cell_contents", o -> {
            Object v = ((PyCell) o).contents;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (o, v) -> ((PyCell) o).contents = v);
        // types.UnionType (int | str) and types.GenericAlias (list[int]): __args__, __origin__
        PyGetSet.define(Types.UNION, "__args__", o -> new PyTuple(((PyUnionType) o).args.clone()), null);
        PyGetSet.define(Types.GENERIC_ALIAS, "__args__", o -> ((PyGenericAlias) o).args, null);
        PyGetSet.define(Types.GENERIC_ALIAS, "__origin__", o -> ((PyGenericAlias) o).origin, null);
        PyType co = Types.CODE;
        PyGetSet.define(co, "co_name", o -> ((CodeObject) o).name, null);
        PyGetSet.define(co, "co_qualname", o -> ((CodeObject) o).qualname, null);
        PyGetSet.define(co, "co_filename", o -> ((CodeObject) o).filename, null);
        PyGetSet.define(co, "co_firstlineno", o -> (long) ((CodeObject) o).firstlineno, null);
        PyGetSet.define(co, "co_flags", o -> (long) ((CodeObject) o).flags, null);
        PyGetSet.define(co, "co_argcount", o -> (long) ((CodeObject) o).argcount, null);
        PyGetSet.define(co, "co_posonlyargcount", o -> (long) ((CodeObject) o).posonlyargcount, null);
        PyGetSet.define(co, "co_kwonlyargcount", o -> (long) ((CodeObject) o).kwonlyargcount, null);
        PyGetSet.define(co, "co_nlocals", o -> (long) ((CodeObject) o).varnames.length, null);
        PyGetSet.define(co, "co_stacksize", o -> (long) ((CodeObject) o).stacksize, null);
        PyGetSet.define(co, "co_varnames", o -> new PyTuple((Object[]) ((CodeObject) o).varnames.clone()), null);
        PyGetSet.define(co, "co_cellvars", o -> new PyTuple((Object[]) ((CodeObject) o).cellvars.clone()), null);
        PyGetSet.define(co, "co_freevars", o -> new PyTuple((Object[]) ((CodeObject) o).freevars.clone()), null);
        PyGetSet.define(co, "co_names", o -> new PyTuple((Object[]) ((CodeObject) o).names.clone()), null);
        PyGetSet.define(co, "co_consts", o -> new PyTuple(((CodeObject) o).consts.clone()), null);
        Types.NONE.constructor = (args, kw) -> {
            if (args.length > 0) throw Errors.typeError("NoneType takes no arguments");
            return Py.None;
        };
        Types.NOT_IMPLEMENTED.constructor = (args, kw) -> {
            if (args.length > 0) throw Errors.typeError("NotImplementedType takes no arguments");
            return Py.NotImplemented;
        };
        Types.ELLIPSIS.constructor = (args, kw) -> {
            if (args.length > 0) throw Errors.typeError("ellipsis takes no arguments");
            return Py.Ellipsis;
        };
        Types.MODULE.constructor = (args, kw) -> {
            Object[] a = Args.parse("module", args, kw, 0, new String[] {"name", "doc"}, 0, 1);
            if (!(a[0] instanceof String name))
                throw Errors.typeError("module.__init__() argument 'name' must be str, not " + Ops.typeName(a[0]));
            PyDict d = new PyDict();
            d.put("__name__", name);
            d.put("__doc__", a[1] == null ? Py.None : a[1]);
            return new PyModule(name, d);
        };
        PyType bf = Types.BUILTIN_FUNCTION;
        PyGetSet.define(bf, "__name__", o -> builtinOf(o).name, null);
        PyGetSet.define(bf, "__qualname__", o -> builtinOf(o).qualname(), null);
        PyGetSet.define(bf, "__self__", o -> o instanceof PyBoundMethod m ? m.self : Py.None, null);
        PyGetSet.define(bf, "__doc__", o -> Py.None, null);
        PyGetSet.define(bf, "__module__", o -> builtinOf(o).owner == null ? "builtins" : Py.None, null);
        PyType fn = Types.FUNCTION;
        Types.method(fn, "__get__", (args, kw) -> args.length < 2 || args[1] == Py.None ? args[0] : new PyBoundMethod(args[1], args[0]));
        Types.method(fn, "__call__", (args, kw) -> Ops.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw));
    }

    private static PyBuiltinFunction builtinOf(Object o) {
        return o instanceof PyBoundMethod m ? (PyBuiltinFunction) m.function : (PyBuiltinFunction) o;
    }

    // ---------------------------------------------------------------- functions and methods

    static Object functionGetAttr(PyFunction f, String name) {
        switch (name) {
            case "__name__": return f.name;
            case "__qualname__": return f.qualname;
            case "__doc__": return f.doc;
            case "__module__": return f.module;
            case "__defaults__": return f.defaults == null ? Py.None : new PyTuple(f.defaults);
            case "__kwdefaults__": return f.kwdefaults == null ? Py.None : f.kwdefaults;
            case "__code__": return f.code;
            case "__globals__": return f.globals;
            case "__closure__": return f.closure == null ? Py.None : new PyTuple((Object[]) f.closure);
            case "__dict__":
                if (f.dict == null) f.dict = new PyDict();
                return f.dict;
            case "__annotations__":
                if (f.annotations == null) f.annotations = new PyDict();
                return f.annotations;
            default:
                break;
        }
        if (f.dict != null) {
            Object v = f.dict.getStr(name);
            if (v != null) return v;
        }
        return Ops.genericGetAttr(f, Types.FUNCTION, name);
    }

    static void functionSetAttr(PyFunction f, String name, Object value) {
        switch (name) {
            case "__name__":
                if (!(value instanceof String s)) throw Errors.typeError("__name__ must be set to a string object");
                f.name = s;
                return;
            case "__qualname__":
                if (!(value instanceof String s)) throw Errors.typeError("__qualname__ must be set to a string object");
                f.qualname = s;
                return;
            case "__doc__":
                f.doc = value == null ? Py.None : value;
                return;
            case "__module__":
                f.module = value == null ? Py.None : value;
                return;
            case "__defaults__":
                if (value == null || value == Py.None) f.defaults = null;
                else if (value instanceof PyTuple t) f.defaults = t.items;
                else throw Errors.typeError("__defaults__ must be set to a tuple object");
                return;
            case "__kwdefaults__":
                if (value == null || value == Py.None) f.kwdefaults = null;
                else if (value instanceof PyDict d) f.kwdefaults = d;
                else throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                return;
            case "__annotations__":
                if (value == null || value == Py.None) f.annotations = null;
                else if (value instanceof PyDict d) f.annotations = d;
                else throw Errors.typeError("__annotations__ must be set to a dict object");
                return;
            case "__dict__":
                if (!(value instanceof PyDict d)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
                f.dict = d;
                return;
            default:
                break;
        }
        if (value == null) {
            if (f.dict == null || f.dict.remove(name) == null) throw Ops.noAttribute(f, name);
            return;
        }
        if (f.dict == null) f.dict = new PyDict();
        f.dict.put(name, value);
    }

    static Object methodGetAttr(PyBoundMethod m, String name) {
        if (m.function instanceof PyBuiltinFunction) {
            if (name.equals("__self__")) return m.self;
            return Ops.genericGetAttr(m, Types.BUILTIN_FUNCTION, name);
        }
        switch (name) {
            case "__self__": return m.self;
            case "__func__": return m.function;
            default: break;
        }
        Object d = Types.METHOD.lookup(name);
        if (d != null && !name.equals("__doc__")) return Ops.bindDescriptor(d, m, Types.METHOD);
        return Ops.getAttr(m.function, name);
    }
}
