package org.specula.core.runtime;

/** A module: a name and its globals dict. */
public final class PyModule extends org.specula.api.object.ModuleObject {
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) { this.name = name; this.dict = dict; }

    @Override public String moduleName() { return name; }

    @Override public PyDict namespace() { return dict; }

    @Override public String toString() {
        Object f = dict.getStr("__file__");
        if (f instanceof String s) return "<module '" + name + "' from '" + s + "'>";
        return "<module '" + name + "' (built-in)>";
    }
}
