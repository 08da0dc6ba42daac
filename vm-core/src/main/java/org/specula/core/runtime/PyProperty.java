package org.specula.core.runtime;

/** property(fget, fset, fdel, doc): a data descriptor calling Python accessors. */
public final class PyProperty implements PyObject {
    public final Object fget, fset, fdel;
    public Object doc;
    /** The attribute name (set by __set_name__ when the class is created), or null. */
    public String name;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget == null ? Py.None : fget;
        this.fset = fset == null ? Py.None : fset;
        this.fdel = fdel == null ? Py.None : fdel;
        if ((doc == null || doc == Py.None) && fget != null && fget != Py.None) {
            Object d = null;
            try {
                d = fget instanceof PyFunction f ? f.doc : null;
            } catch (RuntimeException e) {
                d = null;
            }
            doc = d;
        }
        this.doc = doc == null ? Py.None : doc;
    }

    @Override public PyType type() { return Types.PROPERTY; }

    private String what(Object obj) {
        return (name == null ? "property" : "property '" + name + "'") + " of '" + Ops.type(obj).name + "' object";
    }

    Object get(Object obj) {
        if (fget == Py.None) throw Errors.attributeError(what(obj) + " has no getter");
        return Ops.call(fget, new Object[] {obj}, null);
    }

    void set(Object obj, Object value) {
        if (fset == Py.None) throw Errors.attributeError(what(obj) + " has no setter");
        Ops.call(fset, new Object[] {obj, value}, null);
    }

    void delete(Object obj) {
        if (fdel == Py.None) throw Errors.attributeError(what(obj) + " has no deleter");
        Ops.call(fdel, new Object[] {obj}, null);
    }

    PyProperty copy(Object g, Object s, Object d) {
        PyProperty p = new PyProperty(g, s, d, doc);
        p.name = name;
        return p;
    }
}
