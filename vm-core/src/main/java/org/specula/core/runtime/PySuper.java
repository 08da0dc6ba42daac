package org.specula.core.runtime;

/** super(type, obj): attribute lookup in obj's MRO after type. */
public final class PySuper implements PyObject {
    public final PyType thisType;
    public final Object obj;
    /** type(obj), or obj itself when obj is a subclass of thisType (super in classmethods). */
    public final PyType objType;

    public PySuper(PyType thisType, Object obj) {
        this.thisType = thisType;
        this.obj = obj;
        if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
            this.objType = t;
        } else {
            PyType ot = Ops.type(obj);
            if (!ot.isSubtypeOf(thisType))
                throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
            this.objType = ot;
        }
    }

    @Override public PyType type() { return Types.SUPER; }

    Object getAttr(String name) {
        if (!name.equals("__class__")) {
            Object v = objType.lookupAfter(thisType, name);
            if (v != null) {
                return Ops.bindDescriptor(v, obj == objType ? null : obj, objType);
            }
        }
        return Ops.genericGetAttr(this, Types.SUPER, name);
    }

    @Override public String toString() {
        return "<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>";
    }
}
