package org.specula.core.runtime;

/** set and frozenset methods and operators, following CPython's setobject.c algorithms. */
final class SetMethods {
    private SetMethods() {}

    private static PySet self(String name, PyType t, Object[] args) {
        if (args.length == 0 || !(Ops.unwrap(args[0]) instanceof PySet s))
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name + "' objects doesn't apply to a '"
                    + (args.length == 0 ? "NoneType" : Ops.typeName(args[0])) + "' object");
        return s;
    }

    private static PySet mutable(String name, Object[] args) {
        Args.checkSelf(name, Types.SET, args);
        return (PySet) Ops.unwrap(args[0]);
    }

    private static PySet asSet(Object o) {
        if (o instanceof PySet s) return s;
        PySet r = new PySet(false);
        r.update(o);
        return r;
    }

    static void install() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = t == Types.FROZENSET;
            String tn = t.name;
            t.constructor = (args, kw) -> {
                Args.noKw(tn, kw);
                Args.count(tn, args, kw, 0, 0, 1);
                if (frozen && args.length == 1 && args[0] instanceof PySet s && s.frozen) return s;
                PySet s = new PySet(frozen);
                if (args.length == 1) s.update(args[0]);
                return s;
            };
            Types.method(t, "copy", (args, kw) -> {
                PySet s = self("copy", t, args);
                Args.none(tn + ".copy", args, kw, 1);
                if (s.frozen) return s;
                return s.copy(false);
            });
            Types.method(t, "union", (args, kw) -> {
                PySet s = self("union", t, args);
                Args.noKw(tn + ".union", kw);
                PySet r = s.copy(s.frozen);
                for (int i = 1; i < args.length; i++) r.update(args[i]);
                return r;
            });
            Types.method(t, "intersection", (args, kw) -> {
                PySet s = self("intersection", t, args);
                Args.noKw(tn + ".intersection", kw);
                return intersectionMulti(s, args);
            });
            Types.method(t, "difference", (args, kw) -> {
                PySet s = self("difference", t, args);
                Args.noKw(tn + ".difference", kw);
                if (args.length == 1) return s.copy(s.frozen);
                PySet r = difference(s, args[1]);
                for (int i = 2; i < args.length; i++) differenceUpdate(r, args[i]);
                return r;
            });
            Types.method(t, "symmetric_difference", (args, kw) -> {
                PySet s = self("symmetric_difference", t, args);
                Object o = Args.one(tn + ".symmetric_difference", args, kw, 1);
                return symmetricDifference(s, o);
            });
            Types.method(t, "issubset", (args, kw) -> issubset(self("issubset", t, args), Args.one(tn + ".issubset", args, kw, 1)));
            Types.method(t, "issuperset", (args, kw) -> issuperset(self("issuperset", t, args), Args.one(tn + ".issuperset", args, kw, 1)));
            Types.method(t, "isdisjoint", (args, kw) -> isdisjoint(self("isdisjoint", t, args), Args.one(tn + ".isdisjoint", args, kw, 1)));
            Types.method(t, "__len__", (args, kw) -> (long) self("__len__", t, args).used);
            Types.method(t, "__contains__", (args, kw) -> self("__contains__", t, args).contains(Args.one(tn + ".__contains__", args, kw, 1)));
            Types.method(t, "__iter__", (args, kw) -> new Iterators.SetIter(self("__iter__", t, args)));
        }
        Types.FROZENSET.dict.put("__hash__", Types.method(Types.FROZENSET, "__hash__", (args, kw) -> self("__hash__", Types.FROZENSET, args).frozenHash()));
        PyType t = Types.SET;
        t.dict.put("__hash__", Py.None);
        Types.method(t, "add", (args, kw) -> {
            PySet s = mutable("add", args);
            s.add(Args.one("set.add", args, kw, 1));
            return Py.None;
        });
        Types.method(t, "remove", (args, kw) -> {
            PySet s = mutable("remove", args);
            Object k = Args.one("set.remove", args, kw, 1);
            if (!s.discard(k)) throw Errors.keyError(k);
            return Py.None;
        });
        Types.method(t, "discard", (args, kw) -> {
            PySet s = mutable("discard", args);
            s.discard(Args.one("set.discard", args, kw, 1));
            return Py.None;
        });
        Types.method(t, "pop", (args, kw) -> {
            PySet s = mutable("pop", args);
            Args.none("set.pop", args, kw, 1);
            return s.pop();
        });
        Types.method(t, "clear", (args, kw) -> {
            PySet s = mutable("clear", args);
            Args.none("set.clear", args, kw, 1);
            s.clear();
            return Py.None;
        });
        Types.method(t, "update", (args, kw) -> {
            PySet s = mutable("update", args);
            Args.noKw("set.update", kw);
            for (int i = 1; i < args.length; i++) s.update(args[i]);
            return Py.None;
        });
        Types.method(t, "intersection_update", (args, kw) -> {
            PySet s = mutable("intersection_update", args);
            Args.noKw("set.intersection_update", kw);
            PySet r = intersectionMulti(s, args);
            s.swapBodies(r);
            return Py.None;
        });
        Types.method(t, "difference_update", (args, kw) -> {
            PySet s = mutable("difference_update", args);
            Args.noKw("set.difference_update", kw);
            for (int i = 1; i < args.length; i++) differenceUpdate(s, args[i]);
            return Py.None;
        });
        Types.method(t, "symmetric_difference_update", (args, kw) -> {
            PySet s = mutable("symmetric_difference_update", args);
            symmetricDifferenceUpdate(s, Args.one("set.symmetric_difference_update", args, kw, 1));
            return Py.None;
        });
    }

    private static PySet intersectionMulti(PySet s, Object[] args) {
        if (args.length == 1) return s.copy(s.frozen);
        PySet r = s;
        for (int i = 1; i < args.length; i++) r = intersection(r, args[i]);
        return r;
    }

    /** Result type follows the left operand (set or frozenset). */
    static PySet intersection(PySet so, Object other) {
        boolean frozen = so.frozen;
        if (so == other) return so.copy(frozen);
        PySet result = new PySet(frozen);
        if (other instanceof PySet o) {
            PySet a = so, b = o;
            if (b.used > a.used) {
                PySet tmp = a;
                a = b;
                b = tmp;
            }
            for (int i = 0; i <= b.mask; i++) {
                Object k = b.keys[i];
                if (k == null || k == PySet.DUMMY) continue;
                long h = b.hashes[i];
                if (a.lookKey(k, h) >= 0) result.addEntry(k, h);
            }
            return result;
        }
        Object it = Ops.iter(other);
        for (Object k; (k = Ops.next(it)) != null; ) {
            long h = Ops.hash(k);
            if (so.lookKey(k, h) >= 0) result.addEntry(k, h);
        }
        return result;
    }

    static void intersectionUpdate(PySet s, Object other) {
        PySet r = intersection(s, other);
        s.swapBodies(r);
    }

    static PySet difference(PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.used;
        else if (other instanceof PyDict d) otherSize = d.size();
        else return copyAndDifference(so, other);
        if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
        PySet result = new PySet(so.frozen);
        for (int i = 0; i <= so.mask; i++) {
            Object k = so.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            long h = so.hashes[i];
            boolean in = other instanceof PySet o ? o.lookKey(k, h) >= 0 : ((PyDict) other).containsKey(k);
            if (!in) result.addEntry(k, h);
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, Object other) {
        PySet r = so.copy(so.frozen);
        differenceUpdate(r, other);
        return r;
    }

    static void differenceUpdate(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            if ((o.used >> 3) > so.used) o = intersection(so, o);
            for (int i = 0; i <= o.mask; i++) {
                Object k = o.keys[i];
                if (k == null || k == PySet.DUMMY) continue;
                so.discardEntry(k, o.hashes[i]);
            }
        } else {
            Object it = Ops.iter(other);
            for (Object k; (k = Ops.next(it)) != null; ) so.discard(k);
        }
        if ((so.fill - so.used) <= so.mask / 4) return;
        so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
    }

    static PySet symmetricDifference(PySet so, Object other) {
        PySet otherset = new PySet(so.frozen);
        otherset.update(other);
        symmetricDifferenceUpdate(otherset, so);
        return otherset;
    }

    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (int i = 0; i < d.entryCount(); i++) {
                Object k = d.keyAt(i);
                if (k == null) continue;
                long h = d.hashAt(i);
                if (!so.discardEntry(k, h)) so.addEntry(k, h);
            }
            return;
        }
        PySet o;
        if (other instanceof PySet s) o = s;
        else {
            o = new PySet(false);
            o.update(other);
        }
        for (int i = 0; i <= o.mask; i++) {
            Object k = o.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            long h = o.hashes[i];
            if (!so.discardEntry(k, h)) so.addEntry(k, h);
        }
    }

    static boolean issubset(PySet so, Object other) {
        PySet o = asSet(other);
        if (so.used > o.used) return false;
        for (int i = 0; i <= so.mask; i++) {
            Object k = so.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            if (o.lookKey(k, so.hashes[i]) < 0) return false;
        }
        return true;
    }

    static boolean issuperset(PySet so, Object other) {
        if (other instanceof PySet o) return issubset(o, so);
        Object it = Ops.iter(other);
        for (Object k; (k = Ops.next(it)) != null; ) if (!so.contains(k)) return false;
        return true;
    }

    static boolean isdisjoint(PySet so, Object other) {
        if (other instanceof PySet o) {
            PySet a = so, b = o;
            if (b.used > a.used) {
                PySet tmp = a;
                a = b;
                b = tmp;
            }
            for (int i = 0; i <= b.mask; i++) {
                Object k = b.keys[i];
                if (k == null || k == PySet.DUMMY) continue;
                if (a.lookKey(k, b.hashes[i]) >= 0) return false;
            }
            return true;
        }
        Object it = Ops.iter(other);
        for (Object k; (k = Ops.next(it)) != null; ) if (so.contains(k)) return false;
        return true;
    }

    /** The binary operators | & - ^ on two sets (result type follows the left operand). */
    static Object binary(int op, PySet a, PySet b) {
        switch (op) {
            case Ops.NB_OR: {
                PySet r = a.copy(a.frozen);
                r.update(b);
                return r;
            }
            case Ops.NB_AND: return intersection(a, b);
            case Ops.NB_SUB: return difference(a, b);
            default: return symmetricDifference(a, b);
        }
    }

    static Object compare(int op, PySet a, PySet b) {
        switch (op) {
            case Ops.EQ: return a.used == b.used && issubset(a, b);
            case Ops.NE: return !(a.used == b.used && issubset(a, b));
            case Ops.LE: return issubset(a, b);
            case Ops.GE: return issubset(b, a);
            case Ops.LT: return a.used < b.used && issubset(a, b);
            default: return a.used > b.used && issubset(b, a);
        }
    }
}
