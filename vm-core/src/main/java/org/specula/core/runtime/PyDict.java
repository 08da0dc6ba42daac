package org.specula.core.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered dict keyed with Python equality and hashing ({@code 1 == 1.0 == True}).
 * Also used for module globals and class-body namespaces. Layout as CPython's compact dict: a
 * sparse index table of entry numbers and dense entry arrays in insertion order (a deleted entry
 * keeps its place with a null key until the next resize).
 */
public final class PyDict extends org.specula.api.object.DictObject {
    private static final int EMPTY = -1, DUMMY = -2;

    private int[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries used in the entry arrays (live and deleted). */
    private int nentries;
    /** Live entries. */
    private int used;
    /** Changes on every insertion of a new key or deletion (for iterators). */
    int mutations;

    public PyDict() {
        this(8);
    }

    private PyDict(int indexSize) {
        indices = new int[indexSize];
        Arrays.fill(indices, EMPTY);
        int usable = usable(indexSize);
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
    }

    private static int usable(int indexSize) {
        return (indexSize << 1) / 3;
    }

    /** A dict with room for n entries without resizing. */
    public static PyDict withCapacity(int n) {
        int size = 8;
        while (usable(size) < n) size <<= 1;
        return new PyDict(size);
    }

    static boolean keyEq(Object k, Object key) {
        if (k == key) return true;
        if (k instanceof String s) {
            if (key instanceof String s2) return s.equals(s2);
        } else if (k instanceof Long l) {
            if (key instanceof Long l2) return l.longValue() == l2.longValue();
        }
        return Ops.eq(k, key);
    }

    /** Entry index of key, or -1. */
    private int find(Object key, long hash) {
        int[] ind = indices;
        int mask = ind.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = ind[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && hashes[ix] == hash) {
                Object k = keys[ix];
                if (k == key || keyEq(k, key)) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for key, or null when absent. May call Python __hash__/__eq__. */
    @Override public Object get(Object key) {
        if (key instanceof String s) return getStr(s);
        int ix = find(key, Ops.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** Fast path for str keys. */
    @Override public Object getStr(String key) {
        int ix = find(key, Ops.strHash(key));
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    @Override public void put(Object key, Object value) {
        put(key, Ops.hash(key), value);
    }

    void put(Object key, long hash, Object value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (nentries == keys.length) resize(used * 3);
        ix = nentries++;
        hashes[ix] = hash;
        keys[ix] = key;
        values[ix] = value;
        insertIndex(indices, hash, ix);
        used++;
        mutations++;
    }

    private static void insertIndex(int[] ind, long hash, int ix) {
        int mask = ind.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (ind[i] != EMPTY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        ind[i] = ix;
    }

    private void resize(int minUsed) {
        int size = 8;
        while (usable(size) <= minUsed) size <<= 1;
        int[] ind = new int[size];
        Arrays.fill(ind, EMPTY);
        int u = usable(size);
        long[] nh = new long[u];
        Object[] nk = new Object[u];
        Object[] nv = new Object[u];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] == null) continue;
            nh[j] = hashes[i];
            nk[j] = keys[i];
            nv[j] = values[i];
            insertIndex(ind, nh[j], j);
            j++;
        }
        indices = ind;
        hashes = nh;
        keys = nk;
        values = nv;
        nentries = j;
    }

    /** Removes key; returns the old value or null. */
    public Object remove(Object key) {
        long hash = Ops.hash(key);
        int[] ind = indices;
        int mask = ind.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = ind[i];
            if (ix == EMPTY) return null;
            if (ix >= 0 && hashes[ix] == hash && keyEq(keys[ix], key)) {
                Object v = values[ix];
                ind[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                used--;
                mutations++;
                return v;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    @Override public int size() { return used; }

    @Override public int keysVersion() { return mutations; }

    @Override public int entryIndex(String key) { return find(key, Ops.strHash(key)); }

    public void clear() {
        indices = new int[8];
        Arrays.fill(indices, EMPTY);
        hashes = new long[5];
        keys = new Object[5];
        values = new Object[5];
        nentries = 0;
        used = 0;
        mutations++;
    }

    /** Number of entry positions (live and deleted): iterate i in [0, entryCount()) with keyAt(i) != null. */
    public int entryCount() { return nentries; }

    /** Key at entry position i, or null for a deleted entry. */
    public Object keyAt(int i) { return keys[i]; }

    @Override public Object valueAt(int i) { return values[i]; }

    long hashAt(int i) { return hashes[i]; }

    void setValueAt(int i, Object v) { values[i] = v; }

    /** The position of the last live entry, or -1 (for popitem). */
    int lastEntry() {
        for (int i = nentries - 1; i >= 0; i--) if (keys[i] != null) return i;
        return -1;
    }

    public PyDict copy() {
        PyDict d = withCapacity(used);
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) d.put(keys[i], hashes[i], values[i]);
        }
        return d;
    }

    /** Snapshot of the keys in order. */
    public Object[] keysArray() {
        Object[] r = new Object[used];
        int j = 0;
        for (int i = 0; i < nentries && j < used; i++) if (keys[i] != null) r[j++] = keys[i];
        return r;
    }

    @Override public String toString() { return Ops.repr(this); }
}
