package org.specula.core.runtime;

import java.util.Arrays;

/**
 * Support for classes derived from list, dict, set, frozenset and tuple: their instances are
 * PyInstances whose {@link PyInstance#base} holds the built-in value. The built-in types get
 * __new__, __init__ and the special methods (__repr__, comparisons, operators) that Ops finds by
 * lookup on such instances; each unwraps its operands and applies the built-in operation.
 */
final class BuiltinSubclasses {
    private BuiltinSubclasses() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install() {
        installNew(Types.LIST, true);
        installNew(Types.DICT, true);
        installNew(Types.SET, true);
        installNew(Types.TUPLE, false);
        installNew(Types.FROZENSET, false);
        installNew(Types.INT, false);
        installNew(Types.FLOAT, false);
        installNew(Types.STR, false);
        Types.method(Types.LIST, "__init__", (args, kw) -> {
            PyList l = (PyList) self(Types.LIST, "__init__", args);
            Args.noKw("list", kw);
            Args.count("list", args, kw, 1, 0, 1);
            l.clear();
            if (args.length > 1) l.extend(args[1]);
            return Py.None;
        });
        Types.method(Types.SET, "__init__", (args, kw) -> {
            PySet s = (PySet) self(Types.SET, "__init__", args);
            Args.noKw("set", kw);
            Args.count("set", args, kw, 1, 0, 1);
            s.clear();
            if (args.length > 1) s.update(args[1]);
            return Py.None;
        });
        Types.method(Types.DICT, "__init__", (args, kw) -> {
            PyDict d = (PyDict) self(Types.DICT, "__init__", args);
            int n = Args.count("dict", args, kw, 1, 0, 1);
            if (n == 1) DictMethods.update(d, args[1]);
            if (kw != null) for (int i = 0; i < kw.length; i++) d.put(kw[i], args[args.length - kw.length + i]);
            return Py.None;
        });
        for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.SET, Types.TUPLE, Types.FROZENSET}) {
            Types.method(t, "__repr__", (args, kw) -> {
                Object v = self(t, "__repr__", args);
                // set and frozenset subclasses show their class: Bag({1}), Bag()
                if (!(v instanceof PySet s)) return Ops.repr(v);
                String name = Ops.typeName(args[0]);
                return s.size() == 0 ? name + "()" : name + "(" + Ops.repr(s.frozen ? s.copy(false) : s) + ")";
            });
            for (int i = 0; i < CMP.length; i++) {
                int op = i;
                Types.method(t, CMP[i], (args, kw) -> {
                    Args.count(CMP[op], args, kw, 1, 1, 1);
                    Object a = self(t, CMP[op], args), b = Ops.unwrap(args[1]);
                    // dicts have no ordering: NotImplemented, so the error names the subclass
                    if (a instanceof PyDict && op != Ops.EQ && op != Ops.NE) return Py.NotImplemented;
                    if (!Ops.type(b).isSubtypeOf(t) && !(b instanceof PyList || b instanceof PyDict || b instanceof PySet
                            || b instanceof PyTuple)) return Py.NotImplemented;
                    if (Ops.type(a) != Ops.type(b) && !(a instanceof PySet && b instanceof PySet)) return Py.NotImplemented;
                    return Ops.compare(op, a, b);
                });
            }
        }
        binary(Types.LIST, Ops.NB_ADD, "__add__", false);
        binary(Types.LIST, Ops.NB_MUL, "__mul__", false);
        binary(Types.LIST, Ops.NB_MUL, "__rmul__", true);
        binary(Types.LIST, 13 + Ops.NB_ADD, "__iadd__", false);
        binary(Types.LIST, 13 + Ops.NB_MUL, "__imul__", false);
        binary(Types.TUPLE, Ops.NB_ADD, "__add__", false);
        binary(Types.TUPLE, Ops.NB_MUL, "__mul__", false);
        binary(Types.TUPLE, Ops.NB_MUL, "__rmul__", true);
        binary(Types.DICT, Ops.NB_OR, "__or__", false);
        binary(Types.DICT, Ops.NB_OR, "__ror__", true);
        binary(Types.DICT, 13 + Ops.NB_OR, "__ior__", false);
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            String[] names = {"or", "and", "sub", "xor"};
            int[] ops = {Ops.NB_OR, Ops.NB_AND, Ops.NB_SUB, Ops.NB_XOR};
            for (int i = 0; i < 4; i++) {
                binary(t, ops[i], "__" + names[i] + "__", false);
                binary(t, ops[i], "__r" + names[i] + "__", true);
                if (t == Types.SET) binary(t, 13 + ops[i], "__i" + names[i] + "__", false);
            }
        }
    }

    private static Object self(PyType t, String name, Object[] args) {
        Args.checkSelf(name, t, args);
        return Ops.unwrap(args[0]);
    }

    private static void binary(PyType t, int op, String name, boolean reflected) {
        Types.method(t, name, (args, kw) -> {
            Args.count(name, args, kw, 1, 1, 1);
            Object a = self(t, name, args), other = args[1], b = Ops.unwrap(other);
            if (op >= 13) {
                if (a instanceof PySet && !(b instanceof PySet)) return Py.NotImplemented;
                // list += x, list *= x and dict |= x see x itself (its own __iter__, its type in errors)
                Object r = Ops.binaryOp(op, a, a instanceof PySet ? b : other);
                return r == a ? args[0] : r;
            }
            boolean builtinSubclass = other instanceof PyInstance pi && pi.base != null;
            if (op == Ops.NB_ADD) {
                if (builtinSubclass && !(a instanceof PyList && b instanceof PyList || a instanceof PyTuple && b instanceof PyTuple))
                    throw Errors.typeError("can only concatenate " + t.name + " (not \"" + Ops.typeName(other) + "\") to " + t.name);
            } else if (op == Ops.NB_MUL) {
                // other * self with other a sequence: other's repeat, whose count is self
                if (reflected && (b instanceof String || b instanceof PyList || b instanceof PyTuple))
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(args[0]) + "'");
                if (builtinSubclass && !Ops.hasIndex(b))
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(other) + "'");
            } else if (a instanceof PySet ? !(b instanceof PySet) : !(b instanceof PyDict)) {
                return Py.NotImplemented;
            }
            return reflected ? Ops.binaryOp(op, b, a) : Ops.binaryOp(op, a, b);
        });
    }

    private static void installNew(PyType t, boolean mutable) {
        t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", true, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType cls))
                throw Errors.typeError(t.name + ".__new__(X): X is not a type object ("
                        + (args.length == 0 ? "NoneType" : Ops.typeName(args[0])) + ")");
            if (!cls.isSubtypeOf(t))
                throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (t.constructor == null) throw Errors.typeError("cannot create '" + t.name + "' instances");
            Object value = mutable ? t.constructor.call(Ops.NO_ARGS, null) : t.constructor.call(rest, kw);
            if (value instanceof PyInstance pi && pi.base != null) value = pi.base;
            if (cls == t) return value;
            PyInstance inst = new PyInstance(cls);
            inst.base = value;
            return inst;
        })));
    }
}
