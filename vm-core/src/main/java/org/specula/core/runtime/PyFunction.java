package org.specula.core.runtime;

import org.specula.core.code.CodeObject;

/** A function defined in Python ({@code def} or {@code lambda}). */
public final class PyFunction extends org.specula.api.object.FunctionObject {
    public final CodeObject code;
    /** The module's globals the function was defined in. */
    public final PyDict globals;
    /** Default values of the last positional parameters, or null. */
    public Object[] defaults;
    /** Keyword-only defaults (str -> value), or null. */
    public PyDict kwdefaults;
    /** Cells for the code's freevars, in order, or null. */
    public final PyCell[] closure;
    public String name;
    public String qualname;
    /** __module__ */
    public Object module;
    public Object doc = Py.None;
    /** Function attributes (f.x = 1), created on first use. */
    public PyDict dict;
    /** __annotations__, created on first use when the definition has none. */
    public PyDict annotations;

    public PyFunction(CodeObject code, PyDict globals, Object[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        Object m = globals.getStr("__name__");
        this.module = m == null ? Py.None : m;
    }

    @Override public String qualifiedName() { return qualname; }

    @Override public int positionalCount() { return code.argcount; }

    @Override public int defaultCount() { return defaults == null ? 0 : defaults.length; }

    @Override public boolean hasSimpleSignature() {
        return code.kwonlyargcount == 0
                && (code.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS | CodeObject.CO_GENERATOR)) == 0;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
