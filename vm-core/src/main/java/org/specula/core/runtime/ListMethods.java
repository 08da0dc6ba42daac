package org.specula.core.runtime;

import java.util.Arrays;

/** list methods, slicing and sorting. */
final class ListMethods {
    private ListMethods() {}

    private static PyList self(String name, Object[] args) {
        Args.checkSelf(name, Types.LIST, args);
        return (PyList) Ops.unwrap(args[0]);
    }

    static void install() {
        PyType t = Types.LIST;
        t.constructor = (args, kw) -> {
            Args.noKw("list", kw);
            Args.count("list", args, kw, 0, 0, 1);
            PyList l = new PyList();
            if (args.length == 1) l.extend(args[0]);
            return l;
        };
        Types.method(t, "append", (args, kw) -> {
            PyList l = self("append", args);
            l.append(Args.one("list.append", args, kw, 1));
            return Py.None;
        });
        Types.method(t, "extend", (args, kw) -> {
            PyList l = self("extend", args);
            Object it = Args.one("list.extend", args, kw, 1);
            if (it == l) it = new PyTuple(l.toArray());
            l.extend(it);
            return Py.None;
        });
        Types.method(t, "insert", (args, kw) -> {
            PyList l = self("insert", args);
            Args.noKw("list.insert", kw);
            Args.count("insert", args, kw, 1, 2, 2);
            long i = Ops.index(args[1]);
            if (i < 0) {
                i += l.size;
                if (i < 0) i = 0;
            } else if (i > l.size) {
                i = l.size;
            }
            l.insert((int) i, args[2]);
            return Py.None;
        });
        Types.method(t, "pop", (args, kw) -> {
            PyList l = self("pop", args);
            Args.noKw("list.pop", kw);
            Args.count("pop", args, kw, 1, 0, 1);
            long i = args.length > 1 ? Ops.index(args[1]) : -1;
            if (l.size == 0) throw Errors.indexError("pop from empty list");
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Errors.indexError("pop index out of range");
            return l.removeAt((int) i);
        });
        Types.method(t, "remove", (args, kw) -> {
            PyList l = self("remove", args);
            Object v = Args.one("list.remove", args, kw, 1);
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], v)) {
                    l.removeAt(i);
                    return Py.None;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        Types.method(t, "index", (args, kw) -> {
            PyList l = self("index", args);
            Args.noKw("list.index", kw);
            Args.count("index", args, kw, 1, 1, 3);
            int[] r = range(args, l.size);
            for (int i = r[0]; i < r[1] && i < l.size; i++) if (Ops.eq(l.items[i], args[1])) return (long) i;
            throw Errors.valueError(Ops.repr(args[1]) + " is not in list");
        });
        Types.method(t, "count", (args, kw) -> {
            PyList l = self("count", args);
            Object v = Args.one("list.count", args, kw, 1);
            long n = 0;
            for (int i = 0; i < l.size; i++) if (Ops.eq(l.items[i], v)) n++;
            return n;
        });
        Types.method(t, "copy", (args, kw) -> {
            PyList l = self("copy", args);
            Args.none("list.copy", args, kw, 1);
            return new PyList(l.toArray());
        });
        Types.method(t, "clear", (args, kw) -> {
            PyList l = self("clear", args);
            Args.none("list.clear", args, kw, 1);
            l.clear();
            return Py.None;
        });
        Types.method(t, "reverse", (args, kw) -> {
            PyList l = self("reverse", args);
            Args.none("list.reverse", args, kw, 1);
            reverse(l.items, 0, l.size);
            return Py.None;
        });
        Types.method(t, "sort", (args, kw) -> {
            PyList l = self("sort", args);
            if (args.length - Args.kwCount(kw) > 1) throw Errors.typeError("sort() takes no positional arguments");
            Object key = null;
            boolean rev = false;
            for (int i = 0; kw != null && i < kw.length; i++) {
                Object v = args[args.length - kw.length + i];
                switch (kw[i]) {
                    case "key" -> key = v;
                    case "reverse" -> rev = Ops.index(v) != 0;
                    default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                }
            }
            sort(l, key, rev);
            return Py.None;
        });
        Types.method(t, "__len__", (args, kw) -> (long) self("__len__", args).size);
        Types.method(t, "__getitem__", (args, kw) -> Ops.getItem(self("__getitem__", args), Args.one("list.__getitem__", args, kw, 1)));
        Types.method(t, "__setitem__", (args, kw) -> {
            NumberMethods.setitemArity(args, kw);
            Ops.setItem(self("__setitem__", args), args[1], args[2]);
            return Py.None;
        });
        Types.method(t, "__delitem__", (args, kw) -> {
            NumberMethods.slot("__delitem__", args, kw, 1);
            Ops.delItem(self("__delitem__", args), args[1]);
            return Py.None;
        });
        Types.method(t, "__contains__", (args, kw) -> {
            NumberMethods.slot("__contains__", args, kw, 1);
            return Ops.contains(self("__contains__", args), args[1]);
        });
        Types.method(t, "__iter__", (args, kw) -> new Iterators.ListIter(self("__iter__", args)));
        Types.method(t, "__reversed__", (args, kw) -> new Iterators.ListRevIter(self("__reversed__", args)));
        t.dict.put("__hash__", Py.None);
    }

    /** start/stop optional arguments of index() at args[2], args[3]. */
    static int[] range(Object[] args, int size) {
        long lo = 0, hi = size;
        if (args.length > 2) lo = clamp(args[2], size);
        if (args.length > 3) hi = clamp(args[3], size);
        return new int[] {(int) lo, (int) hi};
    }

    private static long clamp(Object o, int size) {
        if (!Ops.hasIndex(o)) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        Object v = Ops.indexObject(o);
        long i = v instanceof Long l ? l : ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (i < 0) {
            i += size;
            if (i < 0) i = 0;
        }
        return Math.min(i, size);
    }

    static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    static void inplaceRepeat(PyList l, long n) {
        if (n <= 0 || l.size == 0) {
            l.clear();
            return;
        }
        if ((long) l.size * n > Integer.MAX_VALUE - 8) throw Ops.memoryError();
        int len = l.size;
        l.ensureCapacity((int) (len * n));
        for (int i = 1; i < n; i++) System.arraycopy(l.items, 0, l.items, i * len, len);
        l.size = (int) (len * n);
    }

    static PyList slice(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size);
        int n = b.length();
        if (n <= 0) return new PyList();
        if (b.step() == 1) return new PyList(Arrays.copyOfRange(l.items, b.start(), b.start() + n));
        Object[] r = new Object[n];
        for (int i = 0, j = b.start(); i < n; i++, j += b.step()) r[i] = l.items[j];
        return new PyList(r);
    }

    static void setSlice(PyList l, PySlice s, Object value) {
        PySlice.Bounds b = s.indices(l.size);
        Object[] seq;
        if (value == l) seq = l.toArray();
        else {
            try {
                seq = Ops.unpackAny(value);
            } catch (PyException e) {
                if (Errors.matches(e, Errors.TypeError) && !(value instanceof PyInstance)) {
                    throw Errors.typeError(b.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
                }
                throw e;
            }
        }
        if (b.step() == 1) {
            int lo = b.start(), hi = Math.max(b.stop(), lo);
            int n = l.size - (hi - lo) + seq.length;
            Object[] r = new Object[Math.max(n, 4)];
            System.arraycopy(l.items, 0, r, 0, lo);
            System.arraycopy(seq, 0, r, lo, seq.length);
            System.arraycopy(l.items, hi, r, lo + seq.length, l.size - hi);
            l.items = r;
            l.size = n;
            return;
        }
        if (seq.length != b.length())
            throw Errors.valueError("attempt to assign sequence of size " + seq.length + " to extended slice of size " + b.length());
        for (int i = 0, j = b.start(); i < seq.length; i++, j += b.step()) l.items[j] = seq[i];
    }

    static void delSlice(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size);
        int n = b.length();
        if (n <= 0) return;
        if (b.step() == 1) {
            System.arraycopy(l.items, b.start() + n, l.items, b.start(), l.size - b.start() - n);
            Arrays.fill(l.items, l.size - n, l.size, null);
            l.size -= n;
            return;
        }
        boolean[] del = new boolean[l.size];
        for (int i = 0, j = b.start(); i < n; i++, j += b.step()) del[j] = true;
        int w = 0;
        for (int i = 0; i < l.size; i++) if (!del[i]) l.items[w++] = l.items[i];
        Arrays.fill(l.items, w, l.size, null);
        l.size = w;
    }

    /** list.sort: stable merge sort using {@code <} (Ops.lessThan); key and reverse as CPython. */
    static void sort(PyList l, Object key, boolean reverse) {
        if (key == Py.None) key = null;
        int n = l.size;
        Object[] original = l.items;
        Object[] values = Arrays.copyOf(original, n);
        Object[] marker = new Object[0];
        l.items = marker;
        l.size = 0;
        boolean ok = false;
        try {
            Object[] keys = values;
            if (key != null) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.call(key, new Object[] {values[i]}, null);
            }
            if (reverse) {
                reverse(keys, 0, n);
                if (keys != values) reverse(values, 0, n);
            }
            Object[] sortedKeys = keys == values ? values : keys;
            if (n > 1) mergeSort(sortedKeys, keys == values ? null : values, new Object[n], keys == values ? null : new Object[n], 0, n);
            if (reverse) {
                reverse(keys, 0, n);
                if (keys != values) reverse(values, 0, n);
            }
            ok = true;
        } finally {
            boolean modified = l.items != marker || l.size != 0;
            if (ok) {
                l.items = values;
                l.size = n;
            } else {
                l.items = original;
                l.size = n;
            }
            if (modified && ok) throw Errors.valueError("list modified during sort");
        }
    }

    private static void mergeSort(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 12) {
            for (int i = lo + 1; i < hi; i++) {
                Object x = k[i];
                Object y = v == null ? null : v[i];
                int j = i - 1;
                while (j >= lo && Ops.lessThan(x, k[j])) {
                    k[j + 1] = k[j];
                    if (v != null) v[j + 1] = v[j];
                    j--;
                }
                k[j + 1] = x;
                if (v != null) v[j + 1] = y;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, tk, tv, lo, mid);
        mergeSort(k, v, tk, tv, mid, hi);
        if (!Ops.lessThan(k[mid], k[mid - 1])) return;
        System.arraycopy(k, lo, tk, lo, n);
        if (v != null) System.arraycopy(v, lo, tv, lo, n);
        int i = lo, j = mid, o = lo;
        while (i < mid && j < hi) {
            if (Ops.lessThan(tk[j], tk[i])) {
                k[o] = tk[j];
                if (v != null) v[o] = tv[j];
                j++;
            } else {
                k[o] = tk[i];
                if (v != null) v[o] = tv[i];
                i++;
            }
            o++;
        }
        while (i < mid) {
            k[o] = tk[i];
            if (v != null) v[o] = tv[i];
            i++;
            o++;
        }
        while (j < hi) {
            k[o] = tk[j];
            if (v != null) v[o] = tv[j];
            j++;
            o++;
        }
    }
}
