package org.specula.api.object;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hidden class: the attribute layout shared by instances that gained the same attributes in the
 * same order. Shapes are immutable and interned through their transitions, so two instances have
 * the same layout exactly when their shapes are the same object: a specialized attribute access
 * guards with {@code instance.shape() == cachedShape} and then reads slot {@code cachedIndex}.
 */
public final class Shape {
    /** The root (empty) shape. */
    public static final Shape EMPTY = new Shape(new String[0]);

    /** Attribute names in slot order. */
    private final String[] names;
    /** Name -> index, only for large shapes. */
    private final HashMap<String, Integer> index;
    private final ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>();

    private Shape(String[] names) {
        this.names = names;
        if (names.length > 8) {
            index = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) index.put(names[i], i);
        } else {
            index = null;
        }
    }

    /** Number of attributes in this shape. */
    public int size() { return names.length; }

    /** The attribute name of slot i. */
    public String nameAt(int i) { return names[i]; }

    /** Slot index of name in this shape, or -1. */
    public int indexOf(String name) {
        String[] ns = names;
        if (index == null) {
            for (int i = 0; i < ns.length; i++) if (ns[i] == name) return i;
            for (int i = 0; i < ns.length; i++) if (ns[i].equals(name)) return i;
            return -1;
        }
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The shape after adding name (cached transition). */
    public Shape with(String name) {
        Shape s = transitions.get(name);
        if (s != null) return s;
        String[] ns = java.util.Arrays.copyOf(names, names.length + 1);
        ns[names.length] = name;
        s = new Shape(ns);
        Shape prev = transitions.putIfAbsent(name, s);
        return prev != null ? prev : s;
    }

    /** The shape with the attribute at slot i removed (rebuilt from the root via cached transitions). */
    public Shape without(int i) {
        Shape s = EMPTY;
        for (int j = 0; j < names.length; j++) if (j != i) s = s.with(names[j]);
        return s;
    }
}
