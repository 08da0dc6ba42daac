package org.specula.core.runtime;

/** dict methods. */
final class DictMethods {
    private DictMethods() {}

    private static PyDict self(String name, Object[] args) {
        Args.checkSelf(name, Types.DICT, args);
        return (PyDict) Ops.unwrap(args[0]);
    }

    static void install() {
        PyType t = Types.DICT;
        t.constructor = (args, kw) -> {
            int npos = Args.count("dict", args, kw, 0, 0, 1);
            PyDict d = new PyDict();
            if (npos == 1) update(d, args[0]);
            addKw(d, args, kw);
            return d;
        };
        Types.method(t, "keys", (args, kw) -> {
            Args.none("dict.keys", args, kw, 1);
            return new PyDictView(self("keys", args), PyDictView.KEYS);
        });
        Types.method(t, "values", (args, kw) -> {
            Args.none("dict.values", args, kw, 1);
            return new PyDictView(self("values", args), PyDictView.VALUES);
        });
        Types.method(t, "items", (args, kw) -> {
            Args.none("dict.items", args, kw, 1);
            return new PyDictView(self("items", args), PyDictView.ITEMS);
        });
        Types.method(t, "get", (args, kw) -> {
            PyDict d = self("get", args);
            Args.noKw("dict.get", kw);
            Args.count("get", args, kw, 1, 1, 2);
            Object v = d.get(args[1]);
            return v != null ? v : args.length > 2 ? args[2] : Py.None;
        });
        Types.method(t, "setdefault", (args, kw) -> {
            PyDict d = self("setdefault", args);
            Args.noKw("dict.setdefault", kw);
            Args.count("setdefault", args, kw, 1, 1, 2);
            Object v = d.get(args[1]);
            if (v != null) return v;
            Object dflt = args.length > 2 ? args[2] : Py.None;
            d.put(args[1], dflt);
            return dflt;
        });
        Types.method(t, "pop", (args, kw) -> {
            PyDict d = self("pop", args);
            Args.noKw("dict.pop", kw);
            Args.count("pop", args, kw, 1, 1, 2);
            Object v = d.remove(args[1]);
            if (v != null) return v;
            if (args.length > 2) return args[2];
            throw Errors.keyError(args[1]);
        });
        Types.method(t, "popitem", (args, kw) -> {
            PyDict d = self("popitem", args);
            Args.none("dict.popitem", args, kw, 1);
            int i = d.lastEntry();
            if (i < 0) throw Errors.keyError("popitem(): dictionary is empty");
            Object k = d.keyAt(i), v = d.valueAt(i);
            d.remove(k);
            return new PyTuple(k, v);
        });
        Types.method(t, "update", (args, kw) -> {
            PyDict d = self("update", args);
            int npos = Args.count("update", args, kw, 1, 0, 1);
            if (npos == 1) update(d, args[1]);
            addKw(d, args, kw);
            return Py.None;
        });
        Types.method(t, "copy", (args, kw) -> {
            Args.none("dict.copy", args, kw, 1);
            return self("copy", args).copy();
        });
        Types.method(t, "clear", (args, kw) -> {
            Args.none("dict.clear", args, kw, 1);
            self("clear", args).clear();
            return Py.None;
        });
        t.dict.put("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", true, (args, kw) -> {
            Args.noKw("dict.fromkeys", kw);
            Args.count("fromkeys", args, kw, 1, 1, 2);
            Object v = args.length > 2 ? args[2] : Py.None;
            Object cls = args[0];
            Object r = cls == Types.DICT ? new PyDict() : Ops.call(cls, new Object[0], null);
            Object it = Ops.iter(args[1]);
            for (Object k; (k = Ops.next(it)) != null; ) Ops.setItem(r, k, v);
            return r;
        })));
        Types.method(t, "__len__", (args, kw) -> (long) self("__len__", args).size());
        Types.method(t, "__getitem__", (args, kw) -> {
            PyDict d = self("__getitem__", args);
            Object k = Args.one("dict.__getitem__", args, kw, 1);
            Object v = d.get(k);
            if (v != null) return v;
            if (args[0] instanceof PyInstance inst) {
                Object m = inst.type.lookup("__missing__");
                if (m != null) return Ops.callMethod(inst, m, new Object[] {k}, null);
            }
            throw Errors.keyError(k);
        });
        Types.method(t, "__setitem__", (args, kw) -> {
            NumberMethods.setitemArity(args, kw);
            self("__setitem__", args).put(args[1], args[2]);
            return Py.None;
        });
        Types.method(t, "__delitem__", (args, kw) -> {
            NumberMethods.slot("__delitem__", args, kw, 1);
            Ops.delItem(self("__delitem__", args), args[1]);
            return Py.None;
        });
        Types.method(t, "__contains__", (args, kw) -> self("__contains__", args).containsKey(Args.one("dict.__contains__", args, kw, 1)));
        Types.method(t, "__iter__", (args, kw) -> new Iterators.DictIter(self("__iter__", args), 0));
        Types.method(t, "__reversed__", (args, kw) -> new Iterators.DictRevIter(self("__reversed__", args), 0));
        t.dict.put("__hash__", Py.None);
    }

    private static void addKw(PyDict d, Object[] args, String[] kw) {
        if (kw == null) return;
        for (int i = 0; i < kw.length; i++) d.put(kw[i], args[args.length - kw.length + i]);
    }

    /** dict.update(other): a dict, an object with keys(), or an iterable of pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            if (o == d) return;
            for (int i = 0; i < o.entryCount(); i++) {
                Object k = o.keyAt(i);
                if (k != null) d.put(k, o.hashAt(i), o.valueAt(i));
            }
            return;
        }
        if (!(other instanceof PyList || other instanceof PyTuple) && Ops.getAttr(other, "keys", null) != null
                && !(other instanceof PyDictView) && !(other instanceof String)) {
            Object keys = Ops.call(Ops.getAttr(other, "keys"), new Object[0], null);
            Object it = Ops.iter(keys);
            for (Object k; (k = Ops.next(it)) != null; ) d.put(k, Ops.getItem(other, k));
            return;
        }
        Object it = Ops.iter(other);
        int n = 0;
        for (Object e; (e = Ops.next(it)) != null; n++) {
            Object[] pair;
            try {
                pair = Ops.unpackAny(e);
            } catch (PyException ex) {
                if (Errors.matches(ex, Errors.TypeError))
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                throw ex;
            }
            if (pair.length != 2)
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length + "; 2 is required");
            d.put(pair[0], pair[1]);
        }
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.entryCount(); i++) {
            Object k = a.keyAt(i);
            if (k == null) continue;
            Object v = a.valueAt(i);
            Object w = b.get(k);
            if (w == null || !Ops.eq(v, w)) return false;
        }
        return true;
    }
}
