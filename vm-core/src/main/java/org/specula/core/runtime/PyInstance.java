package org.specula.core.runtime;

import org.specula.api.object.Shape;

/**
 * An instance of a class defined in Python. Attributes are kept in {@link #slots}, laid out by
 * {@link #shape} (a hidden class shared by instances that gained the same attributes in the same
 * order).
 */
public class PyInstance extends org.specula.api.object.InstanceObject {
    private static final Object[] NO_SLOTS = new Object[0];
    /** Beyond this many attributes an instance switches to dictionary mode (no more shapes). */
    static final int MAX_SHAPE_SIZE = 64;

    public PyType type;
    public Shape shape;
    public Object[] slots;
    /** Non-null once __dict__ was requested: the attributes then live in this dict (dictionary mode). */
    public PyDict dict;
    /**
     * For instances of classes derived from list, dict, set, frozenset or tuple: the built-in
     * value holding the contents (a PyList, PyDict, ...); null otherwise.
     */
    public Object base;

    @Override public final PyType typeObject() { return type; }

    @Override public final Shape shape() { return dict == null ? shape : null; }

    @Override public final Object slot(int i) { return slots[i]; }

    @Override public final void setSlot(int i, Object value) { slots[i] = value; }

    public PyInstance(PyType type) {
        this.type = type;
        this.shape = Shape.EMPTY;
        this.slots = NO_SLOTS;
    }

    /** The instance attribute, or null when the instance has none of that name. */
    public Object getInstanceAttr(String name) {
        if (dict != null) return dict.getStr(name);
        int i = shape.indexOf(name);
        return i < 0 ? null : slots[i];
    }

    public void setInstanceAttr(String name, Object value) {
        if (dict != null) {
            dict.put(name, value);
            return;
        }
        Shape s = shape;
        int i = s.indexOf(name);
        if (i >= 0) {
            slots[i] = value;
            return;
        }
        int n = s.size();
        if (n >= MAX_SHAPE_SIZE) {
            instanceDict().put(name, value);
            return;
        }
        Shape ns = s.with(name);
        if (n >= slots.length) {
            slots = java.util.Arrays.copyOf(slots, Math.max(4, n * 2));
        }
        slots[n] = value;
        shape = ns;
    }

    /** Removes the attribute; false when absent. */
    public boolean delInstanceAttr(String name) {
        if (dict != null) return dict.remove(name) != null;
        Shape s = shape;
        int i = s.indexOf(name);
        if (i < 0) return false;
        int n = s.size();
        if (n > 8) {
            instanceDict().remove(name);
            return true;
        }
        System.arraycopy(slots, i + 1, slots, i, n - i - 1);
        slots[n - 1] = null;
        shape = s.without(i);
        return true;
    }

    /** The instance's live __dict__: switches the instance to dictionary mode on first use. */
    public PyDict instanceDict() {
        if (dict == null) {
            PyDict d = new PyDict();
            Shape s = shape;
            for (int i = 0; i < s.size(); i++) d.put(s.nameAt(i), slots[i]);
            dict = d;
            shape = Shape.EMPTY;
            slots = NO_SLOTS;
        }
        return dict;
    }
}
