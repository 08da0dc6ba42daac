package org.specula.core.runtime;

import java.util.Arrays;

/** tuple methods and slicing. */
final class TupleMethods {
    private TupleMethods() {}

    private static PyTuple self(String name, Object[] args) {
        Args.checkSelf(name, Types.TUPLE, args);
        return (PyTuple) Ops.unwrap(args[0]);
    }

    static void install() {
        PyType t = Types.TUPLE;
        t.constructor = (args, kw) -> {
            Args.noKw("tuple", kw);
            Args.count("tuple", args, kw, 0, 0, 1);
            if (args.length == 0) return PyTuple.EMPTY;
            if (args[0] instanceof PyTuple tu) return tu;
            Object[] items = Ops.unpackAny(args[0]);
            return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        };
        Types.method(t, "index", (args, kw) -> {
            PyTuple tu = self("index", args);
            Args.noKw("tuple.index", kw);
            Args.count("index", args, kw, 1, 1, 3);
            int[] r = ListMethods.range(args, tu.items.length);
            for (int i = r[0]; i < r[1]; i++) if (Ops.eq(tu.items[i], args[1])) return (long) i;
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        Types.method(t, "count", (args, kw) -> {
            PyTuple tu = self("count", args);
            Object v = Args.one("tuple.count", args, kw, 1);
            long n = 0;
            for (Object x : tu.items) if (Ops.eq(x, v)) n++;
            return n;
        });
        Types.method(t, "__len__", (args, kw) -> (long) self("__len__", args).items.length);
        Types.method(t, "__getitem__", (args, kw) -> Ops.getItem(self("__getitem__", args), Args.one("tuple.__getitem__", args, kw, 1)));
        Types.method(t, "__contains__", (args, kw) -> {
            NumberMethods.slot("__contains__", args, kw, 1);
            return Ops.contains(self("__contains__", args), args[1]);
        });
        Types.method(t, "__iter__", (args, kw) -> Ops.iter(self("__iter__", args)));
        Types.method(t, "__hash__", (args, kw) -> Ops.hash(self("__hash__", args)));
    }

    static PyTuple slice(PyTuple t, PySlice s) {
        PySlice.Bounds b = s.indices(t.items.length);
        int n = b.length();
        if (n <= 0) return PyTuple.EMPTY;
        if (b.step() == 1) {
            if (n == t.items.length) return t;
            return new PyTuple(Arrays.copyOfRange(t.items, b.start(), b.start() + n));
        }
        Object[] r = new Object[n];
        for (int i = 0, j = b.start(); i < n; i++, j += b.step()) r[i] = t.items[j];
        return new PyTuple(r);
    }
}
