package org.specula.core.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Python type: built-in (int, str, list, ...) or defined by a class statement. Attributes live
 * in an insertion-ordered dict; {@link #version} changes whenever the type or one of its bases is
 * mutated (attribute set or deleted), so caches keyed on it stay valid.
 */
public final class PyType extends org.specula.api.object.TypeObject {
    private static final AtomicInteger VERSIONS = new AtomicInteger(1);
    /**
     * The method cache (CPython's type_cache): lookup results keyed on (version tag, name), shared
     * by all types. A version tag is never reused, so an entry of a type that has since been
     * modified (or of another type) simply does not match; nothing needs clearing. Entries are
     * immutable, so a racing reader sees either a whole old entry or a whole new one.
     */
    private static final int MCACHE_BITS = 12;
    private static final MethodCacheEntry[] MCACHE = new MethodCacheEntry[1 << MCACHE_BITS];

    /**
     * Set once the version counter has wrapped around (2^31 type creations and modifications):
     * tags may then repeat, so the method cache is no longer consulted (CPython likewise stops
     * caching when it runs out of version tags).
     */
    private static volatile boolean versionsExhausted;

    /** A fresh version tag. */
    private static int nextVersion() {
        int v = VERSIONS.getAndIncrement();
        if (v <= 0) versionsExhausted = true;
        return v;
    }

    /** One method-cache entry: value null records that the name is absent along the MRO. */
    private record MethodCacheEntry(int version, String name, Object value) {}

    public String name;
    public String qualname;
    /** Direct bases (one element, several for multiple inheritance, or none for object). */
    public PyType[] bases;
    /** Method resolution order, this type first, object last. */
    public PyType[] mro;
    /** The type's namespace: attribute name -> value. Every put/remove bumps the version. */
    public final Map<String, Object> dict;
    /** Version tag; changes on any mutation of this type or a base. */
    public volatile int version;
    /** Constructor of a built-in type, called with (args, kwnames); null for classes defined in Python. */
    public PyBuiltinFunction.Impl constructor;
    /** False for a built-in type that cannot be subclassed (CPython: no Py_TPFLAGS_BASETYPE). */
    boolean acceptableBase = true;
    /** __module__ of a built-in type defined by a module other than builtins (itertools.chain), else null. */
    String moduleName;
    /** True for built-in (immutable, non-heap) types. */
    public final boolean builtin;
    /** True when BaseException is in the MRO: instances are {@link PyBaseException}. */
    public final boolean isException;
    /** Cached attribute-protocol facts, valid while {@link #attrFlagsVersion} == {@link #version}. */
    private volatile int attrFlagsVersion = -1;
    private boolean customGetattribute;
    private Object getattrHook;

    private void computeAttrFlags() {
        int v = version;
        Object ga = lookup("__getattribute__");
        customGetattribute = ga != null && ga != ObjectMethods.GETATTRIBUTE;
        getattrHook = lookup("__getattr__");
        attrFlagsVersion = v;
    }

    /** True when __getattribute__ is overridden (not object's). */
    boolean customGetattribute() {
        if (attrFlagsVersion != version) computeAttrFlags();
        return customGetattribute;
    }

    /** The __getattr__ hook found on the type, or null. */
    Object getattrHook() {
        if (attrFlagsVersion != version) computeAttrFlags();
        return getattrHook;
    }

    /** Allowed instance attribute names when every class in the MRO defines __slots__ (no __dict__), else null. */
    public java.util.Set<String> slots;
    /** The metaclass when it is not {@code type} (a class derived from type), else null. */
    public PyType metaclass;
    /** The built-in type (list, dict, set, frozenset, tuple, int, float, str) this class derives from, or null. */
    public final PyType builtinBase;
    /** Direct subclasses (weak references: built-in types outlive the programs' classes), for version invalidation. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    /** Creates a built-in type (module "builtins"); no bases means object (or none for object itself). */
    public PyType(String name, PyType[] bases, Map<String, Object> dict) {
        this(name, name, bases, dict, true);
    }

    private PyType(String name, String qualname, PyType[] bases, Map<String, Object> dict, boolean builtin) {
        this.name = name;
        this.qualname = qualname;
        this.builtin = builtin;
        this.dict = new TypeDict(this);
        if (dict != null) this.dict.putAll(dict);
        if (bases == null || bases.length == 0) {
            bases = Types.OBJECT == null ? new PyType[0] : new PyType[] {Types.OBJECT};
        }
        this.bases = bases;
        this.mro = computeMro(this, bases);
        boolean exc = false;
        for (PyType t : mro) {
            if (t.name.equals("BaseException") && t.builtin) { exc = true; break; }
        }
        this.isException = exc;
        PyType bb = null;
        if (!builtin) {
            for (PyType b : bases) {
                if (b.builtin && (b == Types.LIST || b == Types.DICT || b == Types.SET || b == Types.FROZENSET || b == Types.TUPLE
                        || b == Types.INT || b == Types.FLOAT || b == Types.STR)) bb = b;
                else if (b.builtinBase != null) bb = b.builtinBase;
                if (bb != null) break;
            }
        }
        this.builtinBase = bb;
        for (PyType b : bases) {
            synchronized (b.subclasses) {
                b.subclasses.removeIf(r -> r.get() == null);
                b.subclasses.add(new java.lang.ref.WeakReference<>(this));
            }
        }
        this.version = nextVersion();
    }

    /**
     * A built-in type of a module other than builtins: its name (in error messages, CPython's
     * tp_name) is "module.name", its __name__ and __qualname__ are name, its __module__ is module.
     */
    static PyType builtinOfModule(String module, String name, Map<String, Object> dict) {
        PyType t = new PyType(module + "." + name, name, null, dict, true);
        t.moduleName = module;
        return t;
    }

    /** __name__: the name, without the module of a built-in type defined by another module. */
    public String shortName() {
        return moduleName == null ? name : name.substring(moduleName.length() + 1);
    }

    /** A built-in type with the given single base (null for object). */
    static PyType builtin(String name, PyType base) {
        return new PyType(name, base == null ? null : new PyType[] {base}, null);
    }

    /**
     * Creates a class from a class statement (the interpreter's __build_class__) or type(name,
     * bases, dict): validates bases, computes the MRO, copies the namespace, applies CPython's
     * implicit conversions (__new__ as staticmethod, __init_subclass__/__class_getitem__ as
     * classmethod, __hash__ = None when only __eq__ is defined), calls __set_name__ and the
     * parent's __init_subclass__.
     */
    public static PyType newClass(String name, PyType[] bases, PyDict namespace) {
        return newClass(name, bases, namespace, null, null);
    }

    /** As {@link #newClass(String, PyType[], PyDict)}, with class keywords passed to __init_subclass__. */
    public static PyType newClass(String name, PyType[] bases, PyDict namespace, Object[] kwValues, String[] kwNames) {
        if (bases == null || bases.length == 0) bases = new PyType[] {Types.OBJECT};
        for (PyType b : bases) {
            if (b == null) throw Errors.typeError("bases must be types");
            if (b == Types.BOOL || b == Types.RANGE || b == Types.SLICE || b == Types.FUNCTION
                    || b == Types.NONE || b == Types.BUILTIN_FUNCTION || b == Types.METHOD || b == Types.CELL
                    || b == Types.CODE || b == Types.NOT_IMPLEMENTED || b == Types.ELLIPSIS)
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            if (!b.acceptableBase) throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
        }
        PyType solid = null;
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[j] == bases[i]) throw Errors.typeError("duplicate base class " + bases[i].name);
            }
            PyType sb = solidBase(bases[i]);
            if (solid == null || sb.isSubtypeOf(solid)) solid = sb;
            else if (!solid.isSubtypeOf(sb)) throw Errors.typeError("multiple bases have instance lay-out conflict");
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        String qual = name;
        if (namespace != null) {
            for (int i = 0, n = namespace.entryCount(); i < n; i++) {
                Object k = namespace.keyAt(i);
                if (k == null) continue;
                if (!(k instanceof String s)) continue;
                Object v = namespace.valueAt(i);
                if (s.equals("__qualname__")) {
                    if (!(v instanceof String q))
                        throw Errors.typeError("type __qualname__ must be a str, not " + Ops.type(v).name);
                    qual = q;
                    continue;
                }
                ns.put(s, v);
            }
        }
        Object classcell = ns.remove("__classcell__");
        Object nv = ns.get("__new__");
        if (nv instanceof PyFunction) ns.put("__new__", new PyStaticMethod(nv));
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            Object v = ns.get(cm);
            if (v instanceof PyFunction) ns.put(cm, new PyClassMethod(v));
        }
        if (!ns.containsKey("__doc__")) ns.put("__doc__", Py.None);
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) ns.put("__hash__", Py.None);
        if (!ns.containsKey("__module__")) ns.put("__module__", "builtins");
        PyType t = new PyType(name, qual, bases.clone(), ns, false);
        for (PyType b : bases) {
            if (b.metaclass != null && (t.metaclass == null || b.metaclass.isSubtypeOf(t.metaclass))) t.metaclass = b.metaclass;
        }
        if (classcell instanceof PyCell cell) cell.contents = t;
        Object sl = t.dict.get("__slots__");
        if (sl != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            boolean slotted = true;
            Object[] items = sl instanceof String str ? new Object[] {str} : Ops.unpackAny(sl);
            for (Object o : items) {
                if (!(o instanceof String str)) throw Errors.typeError("__slots__ items must be strings, not '" + Ops.typeName(o) + "'");
                if (str.equals("__dict__")) slotted = false;
                else if (!str.equals("__weakref__") && t.dict.containsKey(str))
                    throw Errors.valueError("'" + str + "' in __slots__ conflicts with class variable");
                names.add(str);
            }
            for (PyType b : t.bases) {
                if (b.builtin) {
                    if (b.isException) slotted = false;
                } else if (b.slots == null) {
                    slotted = false;
                } else {
                    names.addAll(b.slots);
                }
            }
            if (slotted) t.slots = names;
        }
        // __set_name__
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict.entrySet())) {
            Object v = e.getValue();
            if (v instanceof PyProperty p) {
                p.name = e.getKey();
            } else if (v instanceof PyInstance) {
                Object sn = Ops.type(v).lookup("__set_name__");
                if (sn != null) Ops.callMethod(v, sn, new Object[] {t, e.getKey()}, null);
            }
        }
        // parent's __init_subclass__
        Object isc = t.lookupAfter(t, "__init_subclass__");
        if (isc != null && isc != ObjectMethods.INIT_SUBCLASS) {
            Object bound = Ops.bindDescriptor(isc, null, t);
            Ops.call(bound, kwValues == null ? new Object[0] : kwValues, kwNames);
        } else if (kwNames != null && kwNames.length > 0) {
            throw Errors.typeError(t.name + ".__init_subclass__() takes no keyword arguments");
        }
        return t;
    }

    /**
     * The end of __build_class__ once the class body has filled {@code namespace}: validates the
     * bases ("bases must be types"), picks the metaclass (the {@code metaclass} keyword, else the
     * most derived metaclass of the bases) and creates the class: {@link #newClass} for plain
     * classes, a call of the metaclass otherwise. Other keywords go to __init_subclass__.
     */
    public static Object buildClass(String name, Object[] bases, PyDict namespace, Object[] kwValues, String[] kwNames) {
        PyType[] bs = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType b)) throw Errors.typeError("bases must be types");
            bs[i] = b;
        }
        Object meta = null;
        java.util.List<Object> kv = new ArrayList<>();
        java.util.List<String> kn = new ArrayList<>();
        if (kwNames != null) {
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i].equals("metaclass")) meta = kwValues[i];
                else {
                    kv.add(kwValues[i]);
                    kn.add(kwNames[i]);
                }
            }
        }
        if (meta == null) {
            PyType m = Types.TYPE;
            for (PyType b : bs) {
                PyType bm = b.metaclass == null ? Types.TYPE : b.metaclass;
                if (bm.isSubtypeOf(m)) m = bm;
                else if (!m.isSubtypeOf(bm))
                    throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            + "subclass of the metaclasses of all its bases");
            }
            meta = m;
        }
        Object[] kvs = kv.isEmpty() ? null : kv.toArray();
        String[] kns = kn.isEmpty() ? null : kn.toArray(new String[0]);
        if (meta == Types.TYPE) return newClass(name, bs, namespace, kvs, kns);
        Object[] args = new Object[3 + kv.size()];
        args[0] = name;
        args[1] = new PyTuple((Object[]) bases.clone());
        args[2] = namespace;
        for (int i = 0; i < kv.size(); i++) args[3 + i] = kv.get(i);
        return Ops.call(meta, args, kns);
    }

    /**
     * The built-in type whose instance layout t's instances have (CPython's solid_base), roughly:
     * the first built-in type on t's MRO, with all exception types sharing BaseException's layout.
     */
    private static PyType solidBase(PyType t) {
        for (PyType m : t.mro) {
            if (!m.builtin) continue;
            if (m.isSubtypeOf(Errors.BaseException)) return Errors.BaseException;
            return m;
        }
        return Types.OBJECT;
    }

    private static PyType[] computeMro(PyType self, PyType[] bases) {
        if (bases.length == 0) return new PyType[] {self};
        if (bases.length == 1) {
            PyType[] bm = bases[0].mro;
            PyType[] r = new PyType[bm.length + 1];
            r[0] = self;
            System.arraycopy(bm, 0, r, 1, bm.length);
            return r;
        }
        // C3 linearization
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            boolean any = false;
            for (List<PyType> s : seqs) if (!s.isEmpty()) { any = true; break; }
            if (!any) break;
            PyType cand = null;
            for (List<PyType> s : seqs) {
                if (s.isEmpty()) continue;
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { cand = head; break; }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder();
                java.util.LinkedHashSet<PyType> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) if (!s.isEmpty()) heads.add(s.get(0));
                for (PyType h : heads) {
                    if (sb.length() > 0) sb.append(", ");
                    sb.append(h.name);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + sb);
            }
            result.add(cand);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
        return result.toArray(new PyType[0]);
    }

    /** Looks name up along the MRO (no descriptors applied); null if absent. */
    public Object lookup(String name) {
        int ver = version;
        int h = name.hashCode() ^ (ver * 0x9E3779B1);
        int slot = (h ^ (h >>> MCACHE_BITS)) & ((1 << MCACHE_BITS) - 1);
        MethodCacheEntry e = MCACHE[slot];
        if (e != null && e.version == ver && (e.name == name || e.name.equals(name)) && !versionsExhausted) return e.value;
        Object v = null;
        for (PyType t : mro) {
            v = t.dict.get(name);
            if (v != null) break;
        }
        if (ver == version) MCACHE[slot] = new MethodCacheEntry(ver, name, v);
        return v;
    }

    /**
     * The Python {@code __init__} function run when this type is called, when calling it is
     * exactly type.__call__ with object.__new__: the call then creates {@code new PyInstance(this)}
     * and runs the function with it as the first argument, and the result must be None (as
     * {@code Ops.typeCallDefault} does). Null for any other type (a built-in constructor, a
     * metaclass {@code __call__}, an exception class, a {@code __new__}, an {@code __init__} that
     * is not a plain Python function, or a generator function). Lets the interpreter push the
     * {@code __init__} frame itself instead of re-entering its loop from Java.
     */
    public PyFunction pythonInit() {
        if (constructor != null || isException) return null;
        if (metaclass != null) {
            Object c = metaclass.lookup("__call__");
            if (c != null && c != ObjectMethods.TYPE_CALL) return null;
        }
        Object newm = lookup("__new__");
        if (newm != null && newm != ObjectMethods.NEW) return null;
        if (!(lookup("__init__") instanceof PyFunction init)
                || (init.code.flags & org.specula.core.code.CodeObject.CO_GENERATOR) != 0) return null;
        return init;
    }

    /** Looks name up in the MRO of {@code start}'s type after {@code after} (for super). */
    Object lookupAfter(PyType after, String name) {
        boolean found = false;
        for (PyType t : mro) {
            if (found) {
                Object v = t.dict.get(name);
                if (v != null) return v;
            } else if (t == after) {
                found = true;
            }
        }
        return null;
    }

    /** True when this type is {@code other} or a subclass of it. */
    @Override public String typeName() { return name; }

    @Override public int versionTag() { return version; }

    @Override public boolean isBuiltin() { return builtin; }

    @Override public boolean hasCustomAttributeAccess() { return customGetattribute() || getattrHook() != null; }

    @Override public boolean isSubtypeOf(org.specula.api.object.TypeObject other) {
        return other instanceof PyType t && isSubtypeOf(t);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == Types.OBJECT) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** __module__ of the type: "builtins" for built-in types. */
    public Object module() {
        if (builtin) return moduleName == null ? "builtins" : moduleName;
        Object m = dict.get("__module__");
        return m == null ? "builtins" : m;
    }

    /** setattr(type, name, value) as Python code does it (built-in types are immutable). */
    public void setAttr(String name, Object value) {
        if (builtin) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        dict.put(name, value);
    }

    /** delattr(type, name); AttributeError when absent. */
    public void delAttr(String name) {
        if (builtin) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        if (dict.remove(name) == null)
            throw Errors.attributeError("type object '" + this.name + "' has no attribute '" + name + "'");
    }

    /** A snapshot of the direct subclasses. */
    public List<PyType> subclasses() {
        List<PyType> r = new ArrayList<>();
        synchronized (subclasses) {
            for (java.lang.ref.WeakReference<PyType> w : subclasses) {
                PyType t = w.get();
                if (t != null) r.add(t);
            }
        }
        return r;
    }

    void modified() {
        version = nextVersion();
        for (PyType s : subclasses()) s.modified();
    }

    @Override
    public String toString() {
        Object m = module();
        if ("builtins".equals(m)) return "<class '" + qualname + "'>";
        return "<class '" + Ops.str(m) + "." + qualname + "'>";
    }

    /** The type dict: a LinkedHashMap that invalidates caches on every mutation. */
    private static final class TypeDict extends LinkedHashMap<String, Object> {
        private final transient PyType owner;

        TypeDict(PyType owner) { this.owner = owner; }

        @Override public Object put(String k, Object v) {
            Object r = super.put(k, v);
            owner.modified();
            return r;
        }

        @Override public void putAll(Map<? extends String, ?> m) {
            for (Map.Entry<? extends String, ?> e : m.entrySet()) super.put(e.getKey(), e.getValue());
            owner.modified();
        }

        @Override public Object remove(Object k) {
            Object r = super.remove(k);
            owner.modified();
            return r;
        }

        @Override public void clear() {
            super.clear();
            owner.modified();
        }
    }
}
