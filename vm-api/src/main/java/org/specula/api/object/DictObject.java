package org.specula.api.object;

/**
 * An exact Python {@code dict} (also the namespace of a module). Entries are kept in insertion
 * order in an entry table; {@link #keysVersion()} changes whenever a key is added or removed (or
 * the table is rebuilt), so an entry index found by {@link #entryIndex(String)} stays valid while
 * the version is unchanged. That is what a specialized global load guards on.
 */
public abstract class DictObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected DictObject() {}

    /** Number of live entries. */
    public abstract int size();

    /**
     * The value for key, or null when absent. Hashing and comparing keys may run Python code
     * ({@code __hash__}, {@code __eq__}) and so raise a Python exception, exactly as the generic
     * operation would.
     */
    public abstract Object get(Object key);

    /** The value for a str key, or null (no Python code runs). */
    public abstract Object getStr(String key);

    /** Sets key to value (same caveat as {@link #get}). */
    public abstract void put(Object key, Object value);

    /** Changes whenever a key is inserted or deleted, or the entry table is rebuilt. */
    public abstract int keysVersion();

    /** The entry index of a str key, or -1 when absent. */
    public abstract int entryIndex(String key);

    /** The value at an entry index (null for a deleted entry). */
    public abstract Object valueAt(int entryIndex);
}
