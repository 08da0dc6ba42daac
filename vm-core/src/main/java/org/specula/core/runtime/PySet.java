package org.specula.core.runtime;

/**
 * A set or frozenset (see {@link #frozen}). The table reproduces CPython's setobject.c (initial
 * size 8, fill/resize policy, linear probes of 9 then perturbation, dummies on deletion), so
 * iteration order matches CPython for values whose hashes match (ints, tuples of ints).
 */
public final class PySet extends org.specula.api.object.SetObject {
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    static final Object DUMMY = new Object();

    public final boolean frozen;
    Object[] keys;
    long[] hashes;
    int mask;
    /** Active + dummy entries. */
    int fill;
    /** Active entries. */
    int used;
    int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    @Override public int size() { return used; }

    public void add(Object v) {
        addEntry(v, Ops.hash(v));
    }

    /** Hash of a key, converting an unhashable set key to its frozenset hash (CPython's set_contains). */
    static long keyHash(Object key) {
        if (key instanceof PySet s && !s.frozen) return s.frozenHash();
        if (key instanceof PyInstance i && i.base instanceof PySet s && !s.frozen) {
            // an instance of a set subclass: its own hash if it has one, else (unhashable, as
            // set is) it is looked up as the equal frozenset, as CPython's set_contains does
            try {
                return Ops.hash(key);
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(Errors.TypeError)) throw e;
                return s.frozenHash();
            }
        }
        return Ops.hash(key);
    }

    @Override public boolean contains(Object key) {
        return lookKey(key, keyHash(key)) >= 0;
    }

    /** set.discard semantics: true when the key was present. */
    public boolean discard(Object key) {
        return discardEntry(key, keyHash(key));
    }

    private static boolean eqKey(Object startkey, Object key) {
        if (startkey instanceof String a && key instanceof String b) return a.equals(b);
        return Ops.eq(startkey, key);
    }

    /** Index of the entry holding key, or -1. */
    int lookKey(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) return -1;
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key) return j;
                        boolean eq = eqKey(k, key);
                        if (table != keys || table[j] != k) { restart = true; break outer; }
                        if (eq) return j;
                    }
                    j++;
                    if (probes-- == 0) break;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) return -1;
        }
    }

    void addEntry(Object key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 < (long) m * 3) return;
                        resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (k == DUMMY) {
                        freeslot = j; // CPython 3.11 reuses the last dummy on the probe sequence
                    } else if (hashes[j] == hash) {
                        if (k == key) return;
                        boolean eq = eqKey(k, key);
                        if (table != keys || table[j] != k) continue restart;
                        if (eq) return;
                    }
                    j++;
                    if (probes-- == 0) break;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static void insertClean(Object[] table, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        Object[] oldk = keys;
        long[] oldh = hashes;
        Object[] nk = new Object[newsize];
        long[] nh = new long[newsize];
        int nm = newsize - 1;
        for (int i = 0; i < oldk.length; i++) {
            Object k = oldk[i];
            if (k != null && k != DUMMY) insertClean(nk, nh, nm, k, oldh[i]);
        }
        fill = used;
        keys = nk;
        hashes = nh;
        mask = nm;
    }

    boolean discardEntry(Object key, long hash) {
        int j = lookKey(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
        finger = 0;
    }

    /** set.pop(): KeyError 'pop from an empty set' when empty. */
    public Object pop() {
        if (used == 0) throw Errors.keyError("pop from an empty set");
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** The active keys in table order. */
    public Object[] toArray() {
        Object[] r = new Object[used];
        int n = 0;
        for (Object k : keys) if (k != null && k != DUMMY) r[n++] = k;
        return r;
    }

    /** set_merge: adds all of other (a set) to this set, as CPython. */
    void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, other.hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** set_update_internal: adds every element of an iterable. */
    public void update(Object iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
        } else if (iterable instanceof PyDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
            for (int i = 0; i < d.entryCount(); i++) {
                Object k = d.keyAt(i);
                if (k != null) addEntry(k, d.hashAt(i));
            }
        } else {
            Object it = Ops.iter(iterable);
            for (Object v; (v = Ops.next(it)) != null; ) add(v);
        }
    }

    /** A new set (frozen or not) with the same contents (CPython's set_copy). */
    public PySet copy(boolean asFrozen) {
        PySet r = new PySet(asFrozen);
        r.merge(this);
        return r;
    }

    void swapBodies(PySet o) {
        Object[] k = keys; keys = o.keys; o.keys = k;
        long[] h = hashes; hashes = o.hashes; o.hashes = h;
        int t = mask; mask = o.mask; o.mask = t;
        t = fill; fill = o.fill; o.fill = t;
        t = used; used = o.used; o.used = t;
        t = finger; finger = o.finger; o.finger = t;
    }

    /** CPython's frozenset hash. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) hash ^= shuffle(hashes[i]);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override public String toString() { return Ops.repr(this); }
}
