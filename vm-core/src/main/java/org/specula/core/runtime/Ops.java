package org.specula.core.runtime;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import org.specula.core.code.CodeObject;
import org.specula.core.interp.Interpreter;

/**
 * The generic operations on Python values: what each instruction of the generic interpreter does,
 * with CPython 3.11's semantics (dunder dispatch, reflected operands, NotImplemented, error
 * messages). All static; values are plain Objects (Long/BigInteger, Double, Boolean, String,
 * Py.None, Py* classes).
 */
public final class Ops {
    private Ops() {}

    static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};
    private static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};
    private static final String[] NB_DUNDER = new String[13], NB_RDUNDER = new String[13], NB_IDUNDER = new String[13];
    static final int NB_ADD = 0, NB_AND = 1, NB_MUL = 5, NB_MOD = 6, NB_OR = 7, NB_SUB = 10, NB_XOR = 12;

    static {
        for (int i = 0; i < 13; i++) {
            NB_DUNDER[i] = "__" + NB_NAMES[i] + "__";
            NB_RDUNDER[i] = "__r" + NB_NAMES[i] + "__";
            NB_IDUNDER[i] = "__i" + NB_NAMES[i] + "__";
        }
    }

    // ------------------------------------------------------------------ types

    public static PyType type(Object o) {
        if (o instanceof Long) return Types.INT;
        if (o instanceof String) return Types.STR;
        if (o instanceof PyInstance i) return i.type;
        if (o instanceof Double) return Types.FLOAT;
        if (o instanceof Boolean) return Types.BOOL;
        if (o instanceof PyList) return Types.LIST;
        if (o instanceof PyTuple) return Types.TUPLE;
        if (o instanceof PyDict) return Types.DICT;
        if (o instanceof PyFunction) return Types.FUNCTION;
        if (o instanceof PyBoundMethod m) return m.function instanceof PyBuiltinFunction ? Types.BUILTIN_FUNCTION : Types.METHOD;
        if (o instanceof PyBuiltinFunction) return Types.BUILTIN_FUNCTION;
        if (o instanceof PyObject p) return p.type();
        if (o == Py.None) return Types.NONE;
        if (o instanceof PySet s) return s.frozen ? Types.FROZENSET : Types.SET;
        if (o instanceof BigInteger) return Types.INT;
        if (o instanceof PyType t) return t.metaclass == null ? Types.TYPE : t.metaclass;
        if (o instanceof PyRange) return Types.RANGE;
        if (o instanceof PySlice) return Types.SLICE;
        if (o instanceof PyModule) return Types.MODULE;
        if (o instanceof PyCell) return Types.CELL;
        if (o instanceof CodeObject) return Types.CODE;
        if (o == Py.NotImplemented) return Types.NOT_IMPLEMENTED;
        if (o == Py.Ellipsis) return Types.ELLIPSIS;
        if (o instanceof Traceback) return Types.TRACEBACK;
        return Types.OBJECT;
    }

    /** The type's name of a value, as used in error messages ('int', 'Foo'). */
    public static String typeName(Object o) {
        return type(o).name;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** A stable fake address for an object (for default reprs). */
    public static String address(Object o) {
        long a = 0x7f0000000000L | ((long) System.identityHashCode(o) << 4);
        return "0x" + Long.toHexString(a);
    }

    /** One-character str for a char, shared for ASCII. */
    static String charStr(char c) {
        return c < 128 ? ASCII[c] : String.valueOf(c);
    }

    private static final String[] ASCII = new String[128];

    static {
        for (int i = 0; i < 128; i++) ASCII[i] = String.valueOf((char) i);
    }

    // ------------------------------------------------------------------ identity, hash, equality

    /** The {@code is} operator. */
    public static boolean is(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                long v = x;
                return v == y && v >= -5 && v <= 256;
            }
            return false;
        }
        if (a instanceof Boolean x) return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        if (a instanceof String s) return b instanceof String t && s.length() <= 1 && s.equals(t);
        if (a instanceof PyTuple t) return b instanceof PyTuple u && t.items.length == 0 && u.items.length == 0;
        return false;
    }

    /** hash() of a str: deterministic (CPython's is randomised per process). */
    public static long strHash(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    private static final long HASH_MODULUS = (1L << 61) - 1;

    /** hash() of an int that fits a long, as CPython (modulo 2**61 - 1). */
    public static long longHash(long v) {
        if (v > -HASH_MODULUS && v < HASH_MODULUS) return v == -1 ? -2 : v;
        long a = v == Long.MIN_VALUE ? 4 : Math.abs(v) % HASH_MODULUS;
        long r = v < 0 ? -a : a;
        return r == -1 ? -2 : r;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L, XXPRIME_2 = 0xC2B2AE3D27D4EB4FL,
            XXPRIME_5 = 0x27D4EB2F165667C5L;

    static long tupleHash(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    public static long hash(Object o) {
        if (o instanceof String s) return strHash(s);
        if (o instanceof Long l) return longHash(l);
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof PyTuple t) return tupleHash(t.items);
        if (o instanceof PyInstance inst) return instanceHash(inst);
        if (o instanceof Double || o instanceof BigInteger) return Numbers.hash(o);
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice
                || (o instanceof PySet s && !s.frozen) || o instanceof PyDictView)
            throw unhashable(o);
        if (o instanceof PySet s) return s.frozenHash();
        if (o instanceof PyRange r) {
            Object n = r.lengthObj();
            if (r.isEmpty()) return tupleHash(new Object[] {0L, Py.None, Py.None});
            if (n instanceof Long l && l == 1) return tupleHash(new Object[] {1L, r.startObj(), Py.None});
            return tupleHash(new Object[] {n, r.startObj(), r.stepObj()});
        }
        if (o instanceof PyBoundMethod m) return hash(m.function) ^ identityHash(m.self);
        if (o instanceof PyUnionType u) return u.hashValue();
        if (o instanceof PyGenericAlias g) return g.hashValue();
        return identityHash(o);
    }

    static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    static PyException unhashable(Object o) {
        return Errors.typeError("unhashable type: '" + typeName(o) + "'");
    }

    private static long instanceHash(PyInstance inst) {
        Object sb = scalarBase(inst);
        if (sb != null && !overridden(inst.type, "__hash__")) return hash(sb);
        Object h = inst.type.lookup("__hash__");
        if (h == ObjectMethods.HASH) return identityHash(inst);
        if (h == null || h == Py.None) throw unhashable(inst);
        Object r = callMethod(inst, h, NO_ARGS, null);
        if (r instanceof Long l) return l == -1 ? -2 : l;
        if (r instanceof Boolean b) return b ? 1 : 0;
        if (r instanceof BigInteger) return Numbers.hash(r);
        throw Errors.typeError("__hash__ method should return an integer");
    }

    /** {@code a == b} as a Java boolean (with CPython's identity shortcut of PyObject_RichCompareBool). */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) {
            if (b instanceof String t) return s.equals(t);
            if (!(b instanceof PyInstance)) return false;
        } else if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return isTrue(compare(EQ, a, b));
    }

    // ------------------------------------------------------------------ truth, len, index

    public static boolean isTrue(Object a) {
        if (a instanceof Boolean b) return b;
        if (a == Py.None) return false;
        if (a instanceof Long l) return l != 0;
        if (a instanceof String s) return !s.isEmpty();
        if (a instanceof PyList l) return l.size != 0;
        if (a instanceof PyTuple t) return t.items.length != 0;
        if (a instanceof PyDict d) return d.size() != 0;
        if (a instanceof PySet s) return s.used != 0;
        if (a instanceof Double d) return d != 0.0;
        if (a instanceof BigInteger b) return b.signum() != 0;
        if (a instanceof PyInstance inst) {
            Object sb = scalarBase(inst);
            if (sb != null && !overridden(inst.type, "__bool__") && !overridden(inst.type, "__len__")) return isTrue(sb);
            Object m = inst.type.lookup("__bool__");
            if (m != null) {
                Object r = callMethod(inst, m, NO_ARGS, null);
                if (r instanceof Boolean b) return b;
                throw Errors.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            m = inst.type.lookup("__len__");
            if (m != null) return len(inst) != 0;
            return true;
        }
        if (a instanceof PyRange r) return !r.isEmpty();
        if (a instanceof PyDictView v) return v.dict.size() != 0;
        return true;
    }

    /** len(o) ("object of type 'int' has no len()"). */
    public static long len(Object o) {
        if (o instanceof String s) return strLen(s);
        if (o instanceof PyList l) return l.size;
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyDict d) return d.size();
        if (o instanceof PySet s) return s.used;
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyDictView v) return v.dict.size();
        if (o instanceof PyInstance inst) {
            Object sb = scalarBase(inst);
            if (sb != null && !overridden(inst.type, "__len__")) return len(sb);
            Object m = inst.type.lookup("__len__");
            if (m != null) {
                Object r = callMethod(inst, m, NO_ARGS, null);
                if (!isInt(r) && !(r instanceof PyInstance))
                    throw Errors.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
                Object v = indexObject(r);
                if (v instanceof BigInteger b) {
                    if (b.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                long n = (Long) v;
                if (n < 0) throw Errors.valueError("__len__() should return >= 0");
                return n;
            }
        } else if (!(o instanceof Long || o instanceof Double || o instanceof Boolean || o == Py.None)) {
            Object m = type(o).lookup("__len__");
            if (m != null) return index(callMethod(o, m, NO_ARGS, null));
        }
        throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    /** Length of a str in code points. */
    public static int strLen(String s) {
        return hasSurrogates(s) ? s.codePointCount(0, s.length()) : s.length();
    }

    private record SurrogateCheck(String s, boolean has) {}

    private static volatile SurrogateCheck lastCheck = new SurrogateCheck("", false);

    /** True when s contains UTF-16 surrogates (so char index != code point index). Cached for the last string. */
    static boolean hasSurrogates(String s) {
        SurrogateCheck c = lastCheck;
        if (c.s == s) return c.has;
        boolean has = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) { has = true; break; }
        }
        if (s.length() > 16) lastCheck = new SurrogateCheck(s, has);
        return has;
    }

    /** True for int, bool and objects with __index__. */
    public static boolean hasIndex(Object o) {
        if (isInt(o)) return true;
        if (o instanceof PyInstance inst) return inst.type.lookup("__index__") != null;
        return false;
    }

    /** operator.index(o) as an int object (Long or BigInteger). */
    public static Object indexObject(Object o) {
        if (o instanceof Long) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof BigInteger) return o;
        if (o instanceof PyInstance inst) {
            Object sb = scalarBase(inst);
            if (sb instanceof Long || sb instanceof BigInteger) return sb; // CPython ignores an int subclass's __index__
            Object m = inst.type.lookup("__index__");
            if (m != null) {
                Object r = callMethod(inst, m, NO_ARGS, null);
                if (r instanceof Long || r instanceof BigInteger) return r;
                if (r instanceof Boolean b) return b ? 1L : 0L;
                throw Errors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
            }
        }
        throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** operator.index(o) as a long; OverflowError when it does not fit. */
    public static long index(Object o) {
        Object v = indexObject(o);
        if (v instanceof Long l) return l;
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    static final Object[] NO_ARGS = new Object[0];

    /** The int/float/str value behind an instance of a subclass of int, float or str, or null. */
    static Object scalarBase(Object o) {
        if (o instanceof PyInstance i) {
            Object b = i.base;
            if (b instanceof Long || b instanceof String || b instanceof Double || b instanceof BigInteger) return b;
        }
        return null;
    }

    /** True when name on t is defined by Python code (not a built-in method or slot of a built-in base). */
    static boolean overridden(PyType t, String name) {
        Object m = t.lookup(name);
        return m != null && !(m instanceof PyBuiltinFunction) && !(m instanceof PyGetSet)
                && !(m instanceof PyStaticMethod s && s.callable instanceof PyBuiltinFunction);
    }

    /** For int/float/str subclass instances: the base value unless the class overrides one of the names. */
    static Object plainValue(Object o, String name1, String name2) {
        Object b = scalarBase(o);
        if (b == null) return o;
        PyType t = ((PyInstance) o).type;
        if (overridden(t, name1) || (name2 != null && overridden(t, name2))) return o;
        return b;
    }

    /** True for an instance of a subclass of list, tuple, dict, set or frozenset. */
    private static boolean containerInstance(Object o) {
        return o instanceof PyInstance i && i.base != null && scalarBase(o) == null;
    }

    /** The built-in value behind an instance of a list/dict/set/tuple subclass, else o itself. */
    public static Object unwrap(Object o) {
        if (o instanceof PyInstance i && i.base != null) return i.base;
        return o;
    }

    // ------------------------------------------------------------------ binary operators

    /** BINARY_OP with CPython 3.11's NB_* argument (in-place forms 13..25 included). */
    public static Object binaryOp(int nbOp, Object a, Object b) {
        // fast paths: int op int and float op float (in-place forms alike), the common cases
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                Object r = Numbers.longOp(nbOp >= 13 ? nbOp - 13 : nbOp, x, y);
                if (r != Py.NotImplemented) return r;
            }
        } else if (a instanceof Double x && b instanceof Double y) {
            Object r = Numbers.floatOp(nbOp >= 13 ? nbOp - 13 : nbOp, x, y);
            if (r != Py.NotImplemented) return r;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) return instanceBinaryOp(nbOp, a, b);
        if (nbOp >= 13) return inplaceOp(nbOp - 13, a, b, a, b);
        if (isNumber(a) && isNumber(b)) {
            Object r = Numbers.binaryOp(nbOp, a, b);
            if (r != Py.NotImplemented) return r;
        }
        Object r = binaryNb(nbOp, a, b, a, b);
        if (r != Py.NotImplemented) return r;
        return sequenceOp(nbOp, a, b, NB_SYMBOLS[nbOp], a, b);
    }

    /**
     * binaryOp when an operand is an instance of a Python class: int/float/str subclasses that do
     * not override the operator work on their built-in value, but errors name the operands' own types.
     */
    private static Object instanceBinaryOp(int nbOp, Object shownA, Object shownB) {
        int op = nbOp % 13;
        Object a = plainValue(shownA, NB_DUNDER[op], nbOp >= 13 ? NB_IDUNDER[op] : null), b = shownB;
        // a list/tuple/dict/set subclass's operator methods get an int/float/str subclass operand
        // itself, so their errors name its type; a number operand returns NotImplemented to them
        if (containerInstance(shownB) && isNumber(a)) a = shownA;
        // str % x formats x itself (its __str__ or __repr__), not its built-in value
        if (op != NB_MOD || !(a instanceof String)) {
            b = plainValue(shownB, NB_RDUNDER[op], null);
            // (a str operand too, for list/tuple + and *, which report it as not a list or not an int)
            if (containerInstance(shownA) && (isNumber(b) || a instanceof PyInstance i && (i.base instanceof PyList || i.base instanceof PyTuple)))
                b = shownB;
        }
        if (nbOp >= 13) return inplaceOp(op, a, b, shownA, shownB);
        if (isNumber(a) && isNumber(b)) {
            Object r = Numbers.binaryOp(nbOp, a, b);
            if (r != Py.NotImplemented) return r;
        }
        Object r = binaryNb(nbOp, a, b, shownA, shownB);
        if (r != Py.NotImplemented) return r;
        return sequenceOp(nbOp, a, b, NB_SYMBOLS[nbOp], shownA, shownB);
    }

    /** In-place a op= b; shownA and shownB are the operands as the program sees them (for errors). */
    private static Object inplaceOp(int op, Object a, Object b, Object shownA, Object shownB) {
        if (isNumber(a) && isNumber(b)) {
            Object r = Numbers.binaryOp(op, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (a instanceof PyList l) {
            if (op == NB_ADD) {
                if (b instanceof PyInstance) {
                    Object r = binaryNb(op, a, b, shownA, shownB);
                    if (r != Py.NotImplemented) return r;
                }
                l.extend(shownB);
                return l;
            }
            if (op == NB_MUL && hasIndex(b)) {
                ListMethods.inplaceRepeat(l, repeatCount(b));
                return l;
            }
        } else if (a instanceof PySet s && !s.frozen && b instanceof PySet o) {
            switch (op) {
                case NB_OR: s.update(o); return s;
                case NB_AND: SetMethods.intersectionUpdate(s, o); return s;
                case NB_SUB: SetMethods.differenceUpdate(s, o); return s;
                case NB_XOR: SetMethods.symmetricDifferenceUpdate(s, o); return s;
                default: break;
            }
        } else if (a instanceof PyDict d && op == NB_OR) {
            DictMethods.update(d, shownB);
            return d;
        } else if (a instanceof PyInstance inst) {
            Object m = inst.type.lookup(NB_IDUNDER[op]);
            if (m != null) {
                Object r = callMethod(inst, m, new Object[] {shownB}, null);
                if (r != Py.NotImplemented) return r;
            }
        }
        if (op == NB_MUL && noInplaceRepeat(b, shownA))
            throw Errors.typeError("unsupported operand type(s) for *=: '" + typeName(shownA) + "' and '" + typeName(shownB) + "'");
        Object r = binaryNb(op, a, b, shownA, shownB);
        if (r != Py.NotImplemented) return r;
        return sequenceOp(op, a, b, NB_SYMBOLS[op] + "=", shownA, shownB);
    }

    /**
     * PyNumber_InPlaceMultiply: when the left operand has sequence slots but no repeat (a dict, a
     * set, any Python class), the right operand's repeat is never used; here that repeat is a
     * list or tuple subclass's built-in __rmul__, so x *= that_instance is unsupported unless
     * Python code defines the multiplication.
     */
    private static boolean noInplaceRepeat(Object b, Object shownA) {
        if (!(b instanceof PyInstance bi) || !(bi.base instanceof PyList || bi.base instanceof PyTuple)
                || overridden(bi.type, "__rmul__")) return false;
        if (!hasSequenceSlot(shownA) || isSequence(unwrap(shownA))) return false;
        return !(shownA instanceof PyInstance ai && (overridden(ai.type, "__mul__") || overridden(ai.type, "__imul__")));
    }

    /**
     * CPython's binary_op1: the left operand's slot, the right operand's reflected slot, subclass
     * first. a and b are the operands' values (int/float/str subclass instances that do not
     * override the operator as their built-in value); methods receive the other operand as shown.
     */
    private static Object binaryNb(int op, Object a, Object b, Object shownA, Object shownB) {
        PyType ta = type(a), tb = type(b);
        boolean ua = !ta.builtin, ub = !tb.builtin;
        if (!ua && !ub) return builtinNb(op, a, b);
        boolean doOther = ta != tb;
        if (doOther && ub && tb.isSubtypeOf(ta)) {
            Object m = tb.lookup(NB_RDUNDER[op]);
            if (m != null && m != ta.lookup(NB_RDUNDER[op])) {
                Object r = callMethod(b, m, new Object[] {shownA}, null);
                if (r != Py.NotImplemented) return r;
                doOther = false;
            }
        }
        if (ua) {
            Object m = ta.lookup(NB_DUNDER[op]);
            if (m != null) {
                Object r = callMethod(a, m, new Object[] {shownB}, null);
                if (r != Py.NotImplemented) return r;
            }
        } else {
            Object r = builtinNb(op, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (doOther) {
            if (ub) {
                Object m = tb.lookup(NB_RDUNDER[op]);
                if (m != null) return callMethod(b, m, new Object[] {shownA}, null);
            } else {
                return builtinNb(op, a, b);
            }
        }
        return Py.NotImplemented;
    }

    /** The number-protocol slots of built-in non-numeric types (str %, set and dict operators). */
    private static Object builtinNb(int op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) return Numbers.binaryOp(op, a, b);
        switch (op) {
            case NB_MOD:
                if (a instanceof String s) return StrMethods.percentFormat(s, b);
                break;
            case NB_OR: case NB_AND: case NB_SUB: case NB_XOR: {
                PySet x = a instanceof PySet s ? s : a instanceof PyDictView v && v.kind != PyDictView.VALUES ? v.toSet() : null;
                PySet y = b instanceof PySet s ? s : b instanceof PyDictView v && v.kind != PyDictView.VALUES ? v.toSet() : null;
                if (x != null && y != null) {
                    if (a instanceof PyDictView || b instanceof PyDictView) return PyDictView.setOp(op, a, b);
                    if (a instanceof PyDictView || b instanceof PyDictView) {
                        x = x.copy(false);
                    }
                    return SetMethods.binary(op, x, y);
                }
                if (op == NB_OR && (a instanceof PyType || a instanceof PyGenericAlias || a instanceof PyUnionType || a == Py.None)) {
                    Object u = PyUnionType.of(a, b);
                    if (u != Py.NotImplemented) return u;
                }
                if (op == NB_OR && a instanceof PyDict d && b instanceof PyDict e) {
                    PyDict r = d.copy();
                    DictMethods.update(r, e);
                    return r;
                }
                break;
            }
            default:
                break;
        }
        return Py.NotImplemented;
    }

    private static long repeatCount(Object n) {
        Object v = indexObject(n);
        if (v instanceof Long l) return l;
        throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    }

    /**
     * Sequence concat and repeat (sq_concat, sq_repeat), then the final TypeError. a and b are the
     * operands' built-in values; shownA and shownB the operands themselves, whose types errors name.
     */
    private static Object sequenceOp(int op, Object a, Object b, String symbol, Object shownA, Object shownB) {
        if (op == NB_ADD) {
            if (a instanceof String s) {
                if (b instanceof String t) return s.concat(t);
                throw Errors.typeError("can only concatenate str (not \"" + typeName(shownB) + "\") to str");
            }
            if (a instanceof PyList l) {
                // a list subclass operand concatenates as its list (list_concat's PyList_Check)
                if (unwrap(b) instanceof PyList m) {
                    Object[] r = new Object[l.size + m.size];
                    System.arraycopy(l.items, 0, r, 0, l.size);
                    System.arraycopy(m.items, 0, r, l.size, m.size);
                    return new PyList(r);
                }
                throw Errors.typeError("can only concatenate list (not \"" + typeName(shownB) + "\") to list");
            }
            if (a instanceof PyTuple t) {
                if (unwrap(b) instanceof PyTuple u) {
                    if (u.items.length == 0) return t;
                    if (t.items.length == 0) return u;
                    Object[] r = new Object[t.items.length + u.items.length];
                    System.arraycopy(t.items, 0, r, 0, t.items.length);
                    System.arraycopy(u.items, 0, r, t.items.length, u.items.length);
                    return new PyTuple(r);
                }
                throw Errors.typeError("can only concatenate tuple (not \"" + typeName(shownB) + "\") to tuple");
            }
        } else if (op == NB_MUL) {
            Object seq = null, n = null, shownN = null;
            if (isSequence(a)) { seq = a; n = b; shownN = shownB; }
            // PyNumber_InPlaceMultiply tries the right operand's repeat only when the left has no
            // sequence slot (a Python class always has one, even when it derives from int)
            else if (isSequence(b) && !(symbol.endsWith("=") && hasSequenceSlot(shownA))) { seq = b; n = a; shownN = shownA; }
            if (seq != null) {
                if (!hasIndex(n)) throw Errors.typeError("can't multiply sequence by non-int of type '" + typeName(shownN) + "'");
                return repeat(seq, repeatCount(n));
            }
        }
        if (symbol.equals("**")) symbol = "** or pow()";
        throw Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + typeName(shownA) + "' and '" + typeName(shownB) + "'");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple;
    }

    private static Object repeat(Object seq, long n) {
        if (n < 0) n = 0;
        if (seq instanceof String s) {
            if (n == 0 || s.isEmpty()) return "";
            if ((long) s.length() * n > Integer.MAX_VALUE - 8) throw memoryError();
            return s.repeat((int) n);
        }
        Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items;
        if (seq instanceof PyTuple t && n == 1) return t;
        if ((long) items.length * n > Integer.MAX_VALUE - 8) throw memoryError();
        int len = items.length;
        Object[] r = new Object[(int) (len * n)];
        for (int i = 0; i < n; i++) System.arraycopy(items, 0, r, i * len, len);
        return seq instanceof PyList ? new PyList(r) : new PyTuple(r);
    }

    static PyException memoryError() {
        return new PyException(new PyBaseException(Errors.MemoryError, PyTuple.EMPTY));
    }

    // ------------------------------------------------------------------ comparison

    /** COMPARE_OP: rich comparison with Py_LT..Py_GE numbering; returns the result object. */
    public static Object compare(int cmpOp, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long p = x, q = y;
            switch (cmpOp) {
                case LT: return p < q;
                case LE: return p <= q;
                case EQ: return p == q;
                case NE: return p != q;
                case GT: return p > q;
                default: return p >= q;
            }
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            return compare(cmpOp, plainValue(a, CMP_NAMES[cmpOp], null), plainValue(b, CMP_NAMES[CMP_SWAP[cmpOp]], null), a, b);
        }
        return compare(cmpOp, a, b, a, b);
    }

    /** compare on the operands' built-in values a and b; errors name the types of shownA and shownB. */
    private static Object compare(int cmpOp, Object a, Object b, Object shownA, Object shownB) {
        if (isNumber(a) && isNumber(b)) {
            Object r = Numbers.compare(cmpOp, a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (a instanceof String s && b instanceof String t) return cmpResult(cmpOp, compareStr(s, t));
        PyType ta = type(a), tb = type(b);
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && !tb.builtin) {
            checkedReverse = true;
            Object r = richOne(b, CMP_SWAP[cmpOp], a, shownA);
            if (r != Py.NotImplemented) return r;
        }
        Object r = richOne(a, cmpOp, b, shownB);
        if (r != Py.NotImplemented) return r;
        if (!checkedReverse) {
            r = richOne(b, CMP_SWAP[cmpOp], a, shownA);
            if (r != Py.NotImplemented) return r;
        }
        if (cmpOp == EQ) return a == b;
        if (cmpOp == NE) return a != b;
        throw Errors.typeError("'" + CMP_SYMBOLS[cmpOp] + "' not supported between instances of '" + typeName(shownA) + "' and '" + typeName(shownB) + "'");
    }

    private static Boolean cmpResult(int op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Compares strings by code point. */
    static int compareStr(String s, String t) {
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i), d = t.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) return Integer.compare(s.codePointAt(i), t.codePointAt(i));
                return c - d;
            }
        }
        return s.length() - t.length();
    }

    /**
     * One side of a rich comparison: the type's __op__ (user) or the built-in comparison. other is
     * the other operand's value, shownOther the operand itself (what a method receives).
     */
    private static Object richOne(Object self, int op, Object other, Object shownOther) {
        if (self instanceof PyInstance inst) {
            PyType t = inst.type;
            Object m = t.lookup(CMP_NAMES[op]);
            if (m == null) return Py.NotImplemented;
            if (m == ObjectMethods.EQ) return self == shownOther ? Boolean.TRUE : Py.NotImplemented;
            if (m == ObjectMethods.NE) {
                Object eqm = t.lookup("__eq__");
                if (eqm == ObjectMethods.EQ) return self == shownOther ? Boolean.FALSE : Py.NotImplemented;
                Object r = callMethod(self, eqm, new Object[] {shownOther}, null);
                if (r == Py.NotImplemented) return r;
                return !isTrue(r);
            }
            return callMethod(self, m, new Object[] {shownOther}, null);
        }
        return builtinCompare(op, self, other);
    }

    private static Object builtinCompare(int op, Object a, Object b) {
        if (isNumber(a)) return isNumber(b) ? Numbers.compare(op, a, b) : Py.NotImplemented;
        if (a instanceof PyList l) {
            if (!(b instanceof PyList m)) return Py.NotImplemented;
            return seqCompare(op, l.items, l.size, m.items, m.size);
        }
        if (a instanceof PyTuple t) {
            if (!(b instanceof PyTuple u)) return Py.NotImplemented;
            return seqCompare(op, t.items, t.items.length, u.items, u.items.length);
        }
        if (a instanceof PySet s) {
            PySet o = b instanceof PySet x ? x : b instanceof PyDictView v && v.kind == PyDictView.KEYS ? v.toSet() : null;
            if (o == null) return Py.NotImplemented;
            return SetMethods.compare(op, s, o);
        }
        if (a instanceof PyDict d) {
            if (!(b instanceof PyDict e) || (op != EQ && op != NE)) return Py.NotImplemented;
            boolean r = DictMethods.equal(d, e);
            return op == EQ ? r : !r;
        }
        if (a instanceof PyDictView v && v.kind != PyDictView.VALUES) {
            PySet o = b instanceof PySet x ? x : b instanceof PyDictView w && w.kind != PyDictView.VALUES ? w.toSet() : null;
            if (o == null) return Py.NotImplemented;
            return SetMethods.compare(op, v.toSet(), o);
        }
        if (a instanceof PyRange r && (op == EQ || op == NE)) {
            if (!(b instanceof PyRange q)) return Py.NotImplemented;
            return (op == EQ) == r.equals(q);
        }
        if (a instanceof PySlice s && b instanceof PySlice t) {
            return compare(op, new PyTuple(s.start, s.stop, s.step), new PyTuple(t.start, t.stop, t.step));
        }
        if ((a instanceof PyUnionType || a instanceof PyGenericAlias) && (op == EQ || op == NE)) {
            if (b == null || b.getClass() != a.getClass()) return Py.NotImplemented;
            boolean r = a instanceof PyUnionType u ? u.sameAs((PyUnionType) b) : ((PyGenericAlias) a).sameAs((PyGenericAlias) b);
            return op == EQ ? r : !r;
        }
        if (a instanceof PyBoundMethod m && (op == EQ || op == NE)) {
            if (!(b instanceof PyBoundMethod n)) return Py.NotImplemented;
            boolean r = m.self == n.self && eq(m.function, n.function);
            return op == EQ ? r : !r;
        }
        return Py.NotImplemented;
    }

    private static Object seqCompare(int op, Object[] a, int n, Object[] b, int m) {
        int i = 0;
        for (; i < n && i < m; i++) {
            if (!eq(a[i], b[i])) break;
        }
        if (i >= n || i >= m) return cmpResult(op, Integer.compare(n, m));
        if (op == EQ) return Boolean.FALSE;
        if (op == NE) return Boolean.TRUE;
        return compare(op, a[i], b[i]);
    }

    /** {@code a < b} as a Java boolean (used by sort, min, max). */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        if (a instanceof String s && b instanceof String t) return compareStr(s, t) < 0;
        return isTrue(compare(LT, a, b));
    }

    // ------------------------------------------------------------------ unary

    public static Object negative(Object a) {
        if (isNumber(a)) return Numbers.negative(a);
        return unary(a, "__neg__", "-");
    }

    public static Object positive(Object a) {
        if (isNumber(a)) return Numbers.positive(a);
        return unary(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (isNumber(a) && !(a instanceof Double)) return Numbers.invert(a);
        return unary(a, "__invert__", "~");
    }

    /** abs(a). */
    public static Object abs(Object a) {
        if (isNumber(a)) return Numbers.abs(a);
        Object sb = scalarBase(a);
        if (sb != null && !overridden(((PyInstance) a).type, "__abs__")) return abs(sb);
        if (a instanceof PyInstance inst) {
            Object m = inst.type.lookup("__abs__");
            if (m != null) return callMethod(a, m, NO_ARGS, null);
        }
        throw Errors.typeError("bad operand type for abs(): '" + typeName(a) + "'");
    }

    private static Object unary(Object a, String dunder, String sym) {
        Object sb = scalarBase(a);
        if (sb != null && !overridden(((PyInstance) a).type, dunder) && !(sb instanceof String || sb instanceof Double && sym.equals("~"))) {
            return switch (sym) {
                case "-" -> negative(sb);
                case "+" -> positive(sb);
                default -> invert(sb);
            };
        }
        if (a instanceof PyInstance inst) {
            Object m = inst.type.lookup(dunder);
            if (m != null) return callMethod(a, m, NO_ARGS, null);
        }
        throw Errors.typeError("bad operand type for unary " + sym + ": '" + typeName(a) + "'");
    }

    // ------------------------------------------------------------------ attributes

    public static boolean isDataDescriptor(Object d) {
        if (d instanceof PyFunction || d instanceof PyBuiltinFunction) return false;
        if (d instanceof PyProperty || d instanceof PyGetSet) return true;
        if (d instanceof PyInstance di) return di.type.lookup("__set__") != null || di.type.lookup("__delete__") != null;
        return false;
    }

    /** Applies a descriptor found on a type: obj is the instance, or null for access on the type itself. */
    public static Object bindDescriptor(Object d, Object obj, PyType type) {
        if (d instanceof PyFunction) return obj == null ? d : new PyBoundMethod(obj, d);
        if (d instanceof PyBuiltinFunction bf) return bf.isMethod && obj != null ? new PyBoundMethod(obj, d) : d;
        if (d instanceof PyStaticMethod s) return s.callable;
        if (d instanceof PyClassMethod c) return new PyBoundMethod(type, c.callable);
        if (d instanceof PyProperty p) return obj == null ? p : p.get(obj);
        if (d instanceof PyGetSet g) {
            if (obj == null) return g;
            if (g.owner != Types.OBJECT) {
                Object sb = scalarBase(obj);
                if (sb != null) return g.getter.get(sb);
            }
            return g.getter.get(obj);
        }
        if (d instanceof PyInstance di) {
            Object get = di.type.lookup("__get__");
            if (get != null) return callMethod(di, get, new Object[] {obj == null ? Py.None : obj, type}, null);
        }
        return d;
    }

    public static Object getAttr(Object obj, String name) {
        try {
            if (obj instanceof PyInstance inst) return instanceGetAttr(inst, name);
            if (obj instanceof PyType t) return typeGetAttr(t, name);
            if (obj instanceof PyModule m) return moduleGetAttr(m, name);
            if (obj instanceof PyFunction f) return ObjectMethods.functionGetAttr(f, name);
            if (obj instanceof PyBoundMethod m) return ObjectMethods.methodGetAttr(m, name);
            if (obj instanceof PySuper s) return s.getAttr(name);
            return genericGetAttr(obj, type(obj), name);
        } catch (PyException e) {
            // CPython's set_attribute_error_context: an AttributeError learns the name and object
            if (e.value.type.isSubtypeOf(Errors.AttributeError)) {
                setAttr(e.value, "name", name);
                setAttr(e.value, "obj", obj);
            }
            throw e;
        }
    }

    /**
     * For LOAD_METHOD: the unbound function (PyFunction, or built-in method) that getattr(obj,
     * name) would bind to obj, found on obj's type and not shadowed by an instance attribute;
     * null when the attribute is anything else (then use {@link #getAttr}). Call the result with
     * {@link #callMethod}(obj, method, args, kwnames).
     */
    public static Object lookupMethod(Object obj, String name) {
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper || obj instanceof PyFunction
                || obj instanceof PyBoundMethod) return null;
        PyType t = type(obj);
        Object d = t.lookup(name);
        if (d instanceof PyFunction || (d instanceof PyBuiltinFunction b && b.isMethod)) {
            if (obj instanceof PyInstance inst) {
                // object's __getattribute__ (the type's cached flag; object always defines it)
                if (t.customGetattribute()) return null;
                if (inst.getInstanceAttr(name) != null) return null;
            }
            return d;
        }
        return null;
    }

    /**
     * For inline caches of LOAD_ATTR on instances of t: true when {@code obj.name} is resolved from
     * the instance's own attributes first (no data descriptor named name on t, default
     * __getattribute__), so a cache keyed on (t.version, instance shape) may read
     * {@code slots[shape.indexOf(name)]} directly when present.
     */
    public static boolean instanceAttrFirst(PyType t, String name) {
        if (t.lookup("__getattribute__") != ObjectMethods.GETATTRIBUTE) return false;
        Object d = t.lookup(name);
        return d == null || !isDataDescriptor(d);
    }

    /**
     * For inline caches of STORE_ATTR: true when {@code obj.name = v} on instances of t simply
     * stores an instance attribute (default __setattr__, no data descriptor, allowed by __slots__).
     */
    public static boolean instanceStoreSimple(PyType t, String name) {
        if (t.builtin || t.lookup("__setattr__") != ObjectMethods.SETATTR) return false;
        if (t.slots != null && !t.slots.contains(name)) return false;
        Object d = t.lookup(name);
        return d == null || !isDataDescriptor(d);
    }

    /** getattr(obj, name, default): the default (may be null) on AttributeError. */
    public static Object getAttr(Object obj, String name, Object dflt) {
        try {
            return getAttr(obj, name);
        } catch (PyException e) {
            if (Errors.matches(e, Errors.AttributeError)) return dflt;
            throw e;
        }
    }

    /** Attribute lookup on the type only (built-in values): descriptors bound to obj. */
    public static Object genericGetAttr(Object obj, PyType t, String name) {
        Object d = t.lookup(name);
        if (d != null) return bindDescriptor(d, obj, t);
        throw noAttribute(obj, name);
    }

    static PyException noAttribute(Object obj, String name) {
        return Errors.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'");
    }

    private static Object instanceGetAttr(PyInstance inst, String name) {
        PyType t = inst.type;
        if (t.customGetattribute()) {
            Object ga = t.lookup("__getattribute__");
            try {
                return callMethod(inst, ga, new Object[] {name}, null);
            } catch (PyException e) {
                Object g = t.lookup("__getattr__");
                if (g != null && Errors.matches(e, Errors.AttributeError)) return callMethod(inst, g, new Object[] {name}, null);
                throw e;
            }
        }
        Object g = t.getattrHook();
        if (g == null) {
            Object r = objectGetAttribute(inst, name, false);
            if (r != null) return r;
            throw noAttribute(inst, name);
        }
        Object r;
        try {
            r = objectGetAttribute(inst, name, false);
        } catch (PyException e) {
            if (!Errors.matches(e, Errors.AttributeError)) throw e;
            r = null;
        }
        if (r != null) return r;
        return callMethod(inst, g, new Object[] {name}, null);
    }

    /** object.__getattribute__: descriptors and instance attributes (null when absent and !raise). */
    static Object objectGetAttribute(PyInstance inst, String name, boolean raise) {
        PyType t = inst.type;
        Object d = t.lookup(name);
        if (d != null && isDataDescriptor(d)) return bindDescriptor(d, inst, t);
        Object v = inst.getInstanceAttr(name);
        if (v != null) return v;
        if (d != null) return bindDescriptor(d, inst, t);
        if (name.equals("__dict__") && t.slots == null) return inst.instanceDict();
        if (raise) throw noAttribute(inst, name);
        return null;
    }

    private static Object typeGetAttr(PyType t, String name) {
        PyType meta = t.metaclass == null ? Types.TYPE : t.metaclass;
        Object md = meta.lookup(name);
        if (md != null && isDataDescriptor(md)) return bindDescriptor(md, t, meta);
        Object v = t.lookup(name);
        if (v != null) return bindDescriptor(v, null, t);
        if (md != null) return bindDescriptor(md, t, meta);
        if (t.metaclass != null) {
            Object g = meta.lookup("__getattr__");
            if (g != null) return callMethod(t, g, new Object[] {name}, null);
        }
        throw Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
    }

    private static Object moduleGetAttr(PyModule m, String name) {
        Object v = m.dict.getStr(name);
        if (v != null) return v;
        if (name.equals("__dict__")) return m.dict;
        Object d = Types.MODULE.lookup(name);
        if (d != null) return bindDescriptor(d, m, Types.MODULE);
        Object ga = m.dict.getStr("__getattr__");
        if (ga != null) return call(ga, new Object[] {name}, null);
        throw Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
    }

    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PyInstance inst) {
            Object sa = inst.type.lookup("__setattr__");
            if (sa != ObjectMethods.SETATTR && sa != null) {
                callMethod(inst, sa, new Object[] {name, value}, null);
                return;
            }
            objectSetAttr(inst, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (t.metaclass != null) {
                Object sa = t.metaclass.lookup("__setattr__");
                if (sa != null && sa != ObjectMethods.TYPE_SETATTR && sa != ObjectMethods.SETATTR) {
                    callMethod(t, sa, new Object[] {name, value}, null);
                    return;
                }
            }
            typeSetAttr(t, name, value);
            return;
        }
        if (obj instanceof PyModule m) {
            m.dict.put(name, value);
            return;
        }
        if (obj instanceof PyFunction f) {
            ObjectMethods.functionSetAttr(f, name, value);
            return;
        }
        builtinSetAttr(obj, name, value);
    }

    /** type.__setattr__(t, name, value): metaclass data descriptors, else the class dict. */
    static void typeSetAttr(PyType t, String name, Object value) {
        PyType meta = t.metaclass == null ? Types.TYPE : t.metaclass;
        Object md = meta.lookup(name);
        if (md instanceof PyGetSet g && g.setter != null && !t.builtin) {
            g.setter.set(t, value);
            return;
        }
        if (md instanceof PyProperty p) {
            p.set(t, value);
            return;
        }
        t.setAttr(name, value);
    }

    private static void builtinSetAttr(Object obj, String name, Object value) {
        PyType t = type(obj);
        Object d = t.lookup(name);
        if (d instanceof PyGetSet g) {
            if (g.setter == null)
                throw Errors.attributeError("attribute '" + name + "' of '" + t.name + "' objects is not writable");
            g.setter.set(obj, value);
            return;
        }
        if (d instanceof PyProperty p) {
            if (value == null) p.delete(obj); else p.set(obj, value);
            return;
        }
        if (d != null) throw Errors.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
        throw noAttribute(obj, name);
    }

    /** object.__setattr__ (value null: object.__delattr__). */
    static void objectSetAttr(PyInstance inst, String name, Object value) {
        PyType t = inst.type;
        Object d = t.lookup(name);
        if (d != null && !(d instanceof PyFunction)) {
            if (d instanceof PyProperty p) {
                if (value == null) p.delete(inst); else p.set(inst, value);
                return;
            }
            if (d instanceof PyGetSet g) {
                if (g.setter == null)
                    throw Errors.attributeError("attribute '" + name + "' of '" + g.owner.name + "' objects is not writable");
                g.setter.set(inst, value);
                return;
            }
            if (d instanceof PyInstance di) {
                Object m = di.type.lookup(value == null ? "__delete__" : "__set__");
                if (m != null) {
                    callMethod(di, m, value == null ? new Object[] {inst} : new Object[] {inst, value}, null);
                    return;
                }
                if (di.type.lookup(value == null ? "__set__" : "__delete__") != null)
                    throw Errors.attributeError(value == null ? "__delete__" : "__set__");
            }
        }
        if (t.builtin && !t.isException) throw noAttribute(inst, name);
        if (t.slots != null && !t.slots.contains(name)) throw noAttribute(inst, name);
        if (value == null) {
            if (!inst.delInstanceAttr(name)) throw noAttribute(inst, name);
        } else if (name.equals("__dict__")) {
            if (!(value instanceof PyDict nd)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + typeName(value) + "'");
            inst.dict = nd;
        } else {
            inst.setInstanceAttr(name, value);
        }
    }

    public static void delAttr(Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            Object da = inst.type.lookup("__delattr__");
            if (da != ObjectMethods.DELATTR && da != null) {
                callMethod(inst, da, new Object[] {name}, null);
                return;
            }
            objectSetAttr(inst, name, null);
            return;
        }
        if (obj instanceof PyType t) {
            Object da = t.metaclass != null ? t.metaclass.lookup("__delattr__") : null;
            if (da != null && da != ObjectMethods.DELATTR && da != Types.TYPE.lookup("__delattr__")) {
                callMethod(t, da, new Object[] {name}, null);
                return;
            }
            t.delAttr(name);
            return;
        }
        if (obj instanceof PyModule m) {
            if (m.dict.remove(name) == null)
                throw Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
            return;
        }
        if (obj instanceof PyFunction f) {
            ObjectMethods.functionSetAttr(f, name, null);
            return;
        }
        builtinSetAttr(obj, name, null);
    }

    // ------------------------------------------------------------------ calls

    /** Calls any callable: positional args, then keyword values named by kwnames (null for none). */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) return Interpreter.call(f, args, kwnames);
        if (callable instanceof PyBuiltinFunction b) {
            if (b.owner != null && b.owner != Types.OBJECT) checkUnboundSelf(b, args);
            return b.impl.call(args, kwnames);
        }
        if (callable instanceof PyBoundMethod m) {
            Object f = m.function;
            if (f instanceof PyFunction pf) return Interpreter.call(pf, prepend(m.self, args), kwnames);
            Object self = m.self;
            if (f instanceof PyBuiltinFunction b) {
                if (b.isMethod && b.owner != Types.OBJECT && self instanceof PyInstance) {
                    Object sb = scalarBase(self);
                    if (sb != null) self = sb;
                }
                return b.impl.call(prepend(self, args), kwnames);
            }
            return call(f, prepend(self, args), kwnames);
        }
        if (callable instanceof PyType t) return typeCall(t, args, kwnames);
        if (callable instanceof PyInstance inst) {
            Object c = inst.type.lookup("__call__");
            if (c != null) return callMethod(inst, c, args, kwnames);
        } else if (callable instanceof PyStaticMethod s) {
            return call(s.callable, args, kwnames);
        } else if (callable instanceof OperatorGetters.ItemGetter g) {
            return g.call(args, kwnames);
        } else if (callable instanceof OperatorGetters.AttrGetter g) {
            return g.call(args, kwnames);
        } else if (callable instanceof PyObject) {
            Object c = type(callable).lookup("__call__");
            if (c != null) return callMethod(callable, c, args, kwnames);
        }
        throw Errors.typeError("'" + typeName(callable) + "' object is not callable");
    }

    /** An unbound built-in method called directly (range.index(x, ...)): x must be an instance of its type. */
    private static void checkUnboundSelf(PyBuiltinFunction b, Object[] args) {
        PyType owner = b.owner;
        String n = b.name;
        boolean slot = n.length() > 4 && n.startsWith("__") && n.endsWith("__") && !UNBOUND_METHOD_DUNDERS.contains(n);
        if (args.length == 0) {
            throw Errors.typeError(slot ? "descriptor '" + n + "' of '" + owner.name + "' object needs an argument"
                    : "unbound method " + owner.name + "." + n + "() needs an argument");
        }
        PyType st = type(args[0]);
        if (st.isSubtypeOf(owner)) return;
        if (slot)
            throw Errors.typeError("descriptor '" + n + "' requires a '" + owner.name + "' object but received a '" + st.name + "'");
        throw Errors.typeError("descriptor '" + n + "' for '" + owner.name + "' objects doesn't apply to a '" + st.name + "' object");
    }

    private static final java.util.Set<String> UNBOUND_METHOD_DUNDERS = java.util.Set.of("__format__", "__round__",
            "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__sizeof__", "__reversed__", "__class_getitem__",
            "__dir__", "__reduce__", "__reduce_ex__", "__length_hint__", "__set_name__", "__subclasses__", "__instancecheck__",
            "__subclasscheck__", "__prepare__", "__mro_entries__");

    /** Calls with positional arguments only. */
    public static Object call(Object callable, Object... args) {
        return call(callable, args, null);
    }

    static Object[] prepend(Object self, Object[] args) {
        Object[] na = new Object[args.length + 1];
        na[0] = self;
        System.arraycopy(args, 0, na, 1, args.length);
        return na;
    }

    /** Calls a method found on self's type (unbound function, builtin method, or any descriptor) with self. */
    public static Object callMethod(Object self, Object method, Object[] args, String[] kwnames) {
        if (method instanceof PyFunction f) return Interpreter.call(f, prepend(self, args), kwnames);
        if (method instanceof PyBuiltinFunction b) {
            if (b.isMethod) {
                if (b.owner != Types.OBJECT && self instanceof PyInstance) {
                    Object sb = scalarBase(self);
                    if (sb != null) self = sb;
                }
                return b.impl.call(prepend(self, args), kwnames);
            }
            return b.impl.call(args, kwnames);
        }
        return call(bindDescriptor(method, self, type(self)), args, kwnames);
    }

    /** Looks up a special method on type(self) and calls it; null when the type has no such method. */
    public static Object callSpecial(Object self, String name, Object... args) {
        Object m = type(self).lookup(name);
        if (m == null) return null;
        return callMethod(self, m, args, null);
    }

    /** Calling a type: the built-in constructor, or __new__ + __init__ for classes defined in Python. */
    static Object typeCall(PyType t, Object[] args, String[] kwnames) {
        if (t.metaclass != null) {
            Object c = t.metaclass.lookup("__call__");
            if (c != null && c != ObjectMethods.TYPE_CALL) return callMethod(t, c, args, kwnames);
        }
        return typeCallDefault(t, args, kwnames);
    }

    /** type.__call__: __new__ then __init__. */
    static Object typeCallDefault(PyType t, Object[] args, String[] kwnames) {
        if (t.constructor != null) return t.constructor.call(args, kwnames);
        Object newm = t.lookup("__new__");
        boolean defaultNew = newm == ObjectMethods.NEW || newm == null;
        Object init = t.lookup("__init__");
        boolean defaultInit = init == ObjectMethods.INIT;
        Object obj;
        if (defaultNew || (t.isException && newm == ExceptionMethods.NEW)) {
            if (defaultNew && defaultInit && args.length > 0) throw Errors.typeError(t.name + "() takes no arguments");
            if (t.isException) obj = ExceptionMethods.create(t, new PyTuple(Args.positional(args, kwnames, 0)));
            else obj = new PyInstance(t);
        } else {
            Object nf = newm instanceof PyStaticMethod s ? s.callable : bindDescriptor(newm, null, t);
            obj = call(nf, prepend(t, args), kwnames);
        }
        PyType ot = type(obj);
        if (!ot.isSubtypeOf(t)) return obj;
        if (ot != t) init = ot.lookup("__init__");
        if (init == ObjectMethods.INIT) return obj;
        Object r = callMethod(obj, init, args, kwnames);
        if (r != Py.None) throw Errors.typeError("__init__() should return None, not '" + typeName(r) + "'");
        return obj;
    }

    // ------------------------------------------------------------------ iteration

    /** iter(o). */
    public static Object iter(Object o) {
        if (o instanceof PyList l) return new Iterators.ListIter(l);
        if (o instanceof PyTuple t) return new Iterators.ArrayIter(t.items, Types.TUPLE_ITERATOR);
        if (o instanceof PyIterator) return o;
        if (o instanceof String s) return new Iterators.StrIter(s);
        if (o instanceof PyDict d) return new Iterators.DictIter(d, 0);
        if (o instanceof PySet s) return new Iterators.SetIter(s);
        if (o instanceof PyRange r) return SequenceMethods.rangeIter(r, false);
        if (o instanceof PyDictView v) return v.iterator();
        PyType t = type(o);
        Object sb = scalarBase(o);
        if (sb instanceof String && !overridden(t, "__iter__")) return iter(sb);
        if (o instanceof PyInstance || o instanceof PyObject || o instanceof PyType pt && pt.metaclass != null) {
            Object m = t.lookup("__iter__");
            if (m != null && m != Py.None) {
                Object it = callMethod(o, m, NO_ARGS, null);
                if (!(it instanceof PyIterator) && type(it).lookup("__next__") == null)
                    throw Errors.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
                return it;
            }
            if (m == null && t.lookup("__getitem__") != null) return new Iterators.SeqIter(o);
        }
        throw Errors.typeError("'" + t.name + "' object is not iterable");
    }

    /** next(iterator), or null when the iterator is exhausted (no StopIteration thrown). */
    public static Object next(Object iterator) {
        // exact (final) classes first: a call through the PyIterator interface from a site that
        // sees many iterator classes goes through an itable stub and inlines nothing
        if (iterator instanceof Iterators.RangeIter r) return r.next();
        if (iterator instanceof Iterators.ListIter l) return l.next();
        if (iterator instanceof Iterators.ArrayIter a) return a.next();
        if (iterator instanceof PyIterator p) return p.next();
        Object m = type(iterator).lookup("__next__");
        if (m == null) throw Errors.typeError("'" + typeName(iterator) + "' object is not an iterator");
        try {
            return callMethod(iterator, m, NO_ARGS, null);
        } catch (PyException e) {
            if (Errors.matches(e, Errors.StopIteration)) return null;
            throw e;
        }
    }

    /** All values of an iterable as a new array (tuple(o)). */
    public static Object[] unpackAny(Object iterable) {
        if (iterable instanceof PyTuple t) return t.items;
        if (iterable instanceof PyList l) return l.toArray();
        PyList r = new PyList();
        Object it = iter(iterable);
        for (Object v; (v = next(it)) != null; ) r.append(v);
        return r.toArray();
    }

    /** Unpacks an iterable into exactly n values (first value at index 0). */
    public static Object[] unpack(Object iterable, int n) {
        Object[] items;
        int size;
        if (iterable instanceof PyTuple t) {
            items = t.items;
            size = items.length;
        } else if (iterable instanceof PyList l) {
            items = l.items;
            size = l.size;
        } else {
            Object it = iterOrUnpackError(iterable);
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = next(it);
                if (v == null) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                r[i] = v;
            }
            if (next(it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
            return r;
        }
        if (size < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + size + ")");
        if (size > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        return java.util.Arrays.copyOf(items, n);
    }

    private static Object iterOrUnpackError(Object iterable) {
        try {
            return iter(iterable);
        } catch (PyException e) {
            if (Errors.matches(e, Errors.TypeError) && !(iterable instanceof PyInstance && type(iterable).lookup("__iter__") != null))
                throw Errors.typeError("cannot unpack non-iterable " + typeName(iterable) + " object");
            throw e;
        }
    }

    /** Star unpacking: before values, a list, after values. */
    public static Object[] unpackEx(Object iterable, int before, int after) {
        Object[] all;
        if (iterable instanceof PyTuple || iterable instanceof PyList) {
            all = unpackAny(iterable);
        } else {
            Object it = iterOrUnpackError(iterable);
            PyList l = new PyList();
            for (Object v; (v = next(it)) != null; ) l.append(v);
            all = l.toArray();
        }
        if (all.length < before + after)
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
        Object[] r = new Object[before + 1 + after];
        System.arraycopy(all, 0, r, 0, before);
        int mid = all.length - before - after;
        r[before] = new PyList(java.util.Arrays.copyOfRange(all, before, before + mid));
        System.arraycopy(all, before + mid, r, before + 1, after);
        return r;
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d) return d.containsKey(item);
        if (container instanceof PySet s) return s.contains(item);
        if (container instanceof String s) {
            if (item instanceof String t) return s.contains(t);
            throw Errors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
        }
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size; i++) if (eq(l.items[i], item)) return true;
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object v : t.items) if (eq(v, item)) return true;
            return false;
        }
        if (container instanceof PyRange r) {
            if (item instanceof Long l) return r.containsLong(l);
            if (item instanceof Boolean b) return r.containsLong(b ? 1 : 0);
            if (item instanceof BigInteger b) return r.containsBig(b);
        } else if (container instanceof PyDictView v) {
            return v.contains(item);
        } else if (container instanceof PyInstance || container instanceof PyObject
                || container instanceof PyType pt && pt.metaclass != null) {
            Object sb = scalarBase(container);
            if (sb instanceof String && !overridden(type(container), "__contains__")) return contains(sb, item);
            Object m = type(container).lookup("__contains__");
            if (m != null) return isTrue(callMethod(container, m, new Object[] {item}, null));
        }
        Object it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (Errors.matches(e, Errors.TypeError))
                throw Errors.typeError("argument of type '" + typeName(container) + "' is not iterable");
            throw e;
        }
        for (Object v; (v = next(it)) != null; ) if (eq(v, item)) return true;
        return false;
    }

    /** isinstance(obj, classinfo) where classinfo is a type or tuple of types. */
    public static boolean isInstance(Object obj, Object classinfo) {
        if (classinfo instanceof PyType t) return type(obj).isSubtypeOf(t);
        if (classinfo instanceof PyTuple tu) {
            for (Object c : tu.items) if (isInstance(obj, c)) return true;
            return false;
        }
        if (classinfo instanceof PyUnionType u) return u.isInstance(obj);
        if (classinfo instanceof PyGenericAlias) throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** issubclass(cls, classinfo). */
    public static boolean isSubclass(Object cls, Object classinfo) {
        if (!(cls instanceof PyType c)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (classinfo instanceof PyType t) return c.isSubtypeOf(t);
        if (classinfo instanceof PyTuple tu) {
            for (Object x : tu.items) if (isSubclass(cls, x)) return true;
            return false;
        }
        if (classinfo instanceof PyUnionType u) return u.isSubclass(c);
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ------------------------------------------------------------------ subscripts

    /** Normalises a sequence index (negative from the end); -1 when out of range. */
    private static long seqIndex(Object key, int size) {
        long i = indexValue(key);
        if (i < 0) i += size;
        return i < 0 || i >= size ? -1 : i;
    }

    /** The sequence index key stands for (an int, a bool or an object with __index__). */
    private static long indexValue(Object key) {
        if (key instanceof Long l) return l;
        Object v = indexObject(key);
        if (v instanceof BigInteger) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        return (Long) v;
    }

    /**
     * s[index] for an int index: the one-character str at code point index (negative from the
     * end), or null when out of range. A char index is a code point index when s has as many
     * code points as chars ({@link #strLen}, which remembers the last long string examined).
     */
    public static String strItem(String s, long index) {
        int n = strLen(s);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) return null;
        if (n == s.length()) return charStr(s.charAt((int) i));
        int off = s.offsetByCodePoints(0, (int) i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    public static Object getItem(Object container, Object key) {
        if (container instanceof PyList l) {
            if (key instanceof Long k) {
                long i = k;
                if (i < 0) i += l.size;
                if (i >= 0 && i < l.size) return l.items[(int) i];
                throw Errors.indexError("list index out of range");
            }
            if (key instanceof PySlice s) return ListMethods.slice(l, s);
            if (!hasIndex(key)) throw Errors.typeError("list indices must be integers or slices, not " + typeName(key));
            long i = seqIndex(key, l.size);
            if (i < 0) throw Errors.indexError("list index out of range");
            return l.items[(int) i];
        }
        if (container instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) throw Errors.keyError(key);
            return v;
        }
        if (container instanceof PyTuple t) {
            if (key instanceof PySlice s) return TupleMethods.slice(t, s);
            if (!hasIndex(key)) throw Errors.typeError("tuple indices must be integers or slices, not " + typeName(key));
            long i = seqIndex(key, t.items.length);
            if (i < 0) throw Errors.indexError("tuple index out of range");
            return t.items[(int) i];
        }
        if (container instanceof String s) {
            if (key instanceof PySlice sl) return strSlice(s, sl);
            if (!hasIndex(key)) throw Errors.typeError("string indices must be integers, not '" + typeName(key) + "'");
            String c = strItem(s, indexValue(key));
            if (c == null) throw Errors.indexError("string index out of range");
            return c;
        }
        if (container instanceof PyRange r) return SequenceMethods.rangeItem(r, key);
        if (container instanceof PyInstance || container instanceof PyObject) {
            Object sb = scalarBase(container);
            if (sb instanceof String && !overridden(type(container), "__getitem__")) return getItem(sb, key);
            Object m = type(container).lookup("__getitem__");
            if (m != null) return callMethod(container, m, new Object[] {key}, null);
        } else if (container instanceof PyType t) {
            Object mm = t.metaclass != null ? t.metaclass.lookup("__getitem__") : null;
            if (mm != null) return callMethod(t, mm, new Object[] {key}, null);
            Object m = t.lookup("__class_getitem__");
            if (m != null) return call(bindDescriptor(m, null, t), new Object[] {key}, null);
            if (t == Types.LIST || t == Types.DICT || t == Types.TUPLE || t == Types.SET || t == Types.FROZENSET
                    || t == Types.TYPE) return new PyGenericAlias(t, key);
            throw Errors.typeError("type '" + t.name + "' is not subscriptable");
        }
        throw Errors.typeError("'" + typeName(container) + "' object is not subscriptable");
    }

    /** A str slice by code points. */
    static String strSlice(String s, PySlice sl) {
        boolean sur = hasSurrogates(s);
        int n = sur ? s.codePointCount(0, s.length()) : s.length();
        PySlice.Bounds b = sl.indices(n);
        if (b.length() <= 0) return "";
        if (!sur) {
            if (b.step() == 1) return s.substring(b.start(), b.start() + b.length());
            char[] r = new char[b.length()];
            for (int i = 0, j = b.start(); i < r.length; i++, j += b.step()) r[i] = s.charAt(j);
            return new String(r);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) sb.appendCodePoint(cps[j]);
        return sb.toString();
    }

    public static void setItem(Object container, Object key, Object value) {
        if (container instanceof PyList l) {
            if (key instanceof PySlice s) {
                ListMethods.setSlice(l, s, value);
                return;
            }
            if (!hasIndex(key)) throw Errors.typeError("list indices must be integers or slices, not " + typeName(key));
            long i = seqIndex(key, l.size);
            if (i < 0) throw Errors.indexError("list assignment index out of range");
            l.items[(int) i] = value;
            return;
        }
        if (container instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        if (container instanceof PyInstance || container instanceof PyObject) {
            Object m = type(container).lookup("__setitem__");
            if (m != null) {
                callMethod(container, m, new Object[] {key, value}, null);
                return;
            }
        }
        if (hasSequenceSlot(container) && hasIndex(key)) sequenceSlotIndex(key);
        throw Errors.typeError("'" + typeName(container) + "' object does not support item assignment");
    }

    /** As CPython's PyObject_SetItem/DelItem: types with a sequence slot (str, tuple, range, set, views, heap
     *  classes) take an index key through PySequence_SetItem/DelItem, which converts it first. */
    private static boolean hasSequenceSlot(Object o) {
        return o instanceof String || o instanceof PyTuple || o instanceof PyRange || o instanceof PySet || o instanceof PyDict
                || o instanceof PyDictView || o instanceof PyInstance;
    }

    private static void sequenceSlotIndex(Object key) {
        if (indexObject(key) instanceof BigInteger) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
    }

    public static void delItem(Object container, Object key) {
        if (container instanceof PyList l) {
            if (key instanceof PySlice s) {
                ListMethods.delSlice(l, s);
                return;
            }
            if (!hasIndex(key)) throw Errors.typeError("list indices must be integers or slices, not " + typeName(key));
            long i = seqIndex(key, l.size);
            if (i < 0) throw Errors.indexError("list assignment index out of range");
            l.removeAt((int) i);
            return;
        }
        if (container instanceof PyDict d) {
            if (d.remove(key) == null) throw Errors.keyError(key);
            return;
        }
        if (container instanceof PyInstance || container instanceof PyObject) {
            Object m = type(container).lookup("__delitem__");
            if (m != null) {
                callMethod(container, m, new Object[] {key}, null);
                return;
            }
        }
        if (hasSequenceSlot(container) && hasIndex(key)) {
            sequenceSlotIndex(key);
            throw Errors.typeError("'" + typeName(container) + "' object doesn't support item deletion");
        }
        throw Errors.typeError("'" + typeName(container) + "' object does not support item deletion");
    }

    // ------------------------------------------------------------------ repr, str, format

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    public static String repr(Object o) {
        if (o instanceof String s) return StrMethods.repr(s);
        if (o instanceof Long || o instanceof Double || o instanceof BigInteger) return Numbers.repr(o);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == Py.None) return "None";
        if (o instanceof PyInstance inst) return instanceRepr(inst);
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet || o instanceof PyDictView) {
            IdentityHashMap<Object, Boolean> stack = REPR_STACK.get();
            if (stack.containsKey(o)) {
                if (o instanceof PyList) return "[...]";
                if (o instanceof PyTuple) return "(...)";
                if (o instanceof PyDict) return "{...}";
                if (o instanceof PySet) return typeName(o) + "(...)";
                return "...";
            }
            stack.put(o, Boolean.TRUE);
            try {
                return containerRepr(o);
            } finally {
                stack.remove(o);
            }
        }
        if (o instanceof PyFunction f) return "<function " + f.qualname + " at " + address(f) + ">";
        if (o instanceof PyBoundMethod m) {
            if (m.function instanceof PyBuiltinFunction b) {
                if (m.self instanceof PyType t) return "<built-in method " + b.name + " of type object at " + address(t) + ">";
                return "<built-in method " + b.name + " of " + typeName(m.self) + " object at " + address(m.self) + ">";
            }
            Object qn = getAttr(m.function, "__qualname__", null);
            if (!(qn instanceof String)) qn = getAttr(m.function, "__name__", "?");
            return "<bound method " + str(qn) + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyType t && t.metaclass != null && overridden(t.metaclass, "__repr__")) {
            return checkStr(callMethod(t, t.metaclass.lookup("__repr__"), NO_ARGS, null), "__repr__");
        }
        if (o instanceof PyType || o instanceof PyBuiltinFunction || o instanceof PyModule || o instanceof PyRange
                || o instanceof PySuper || o instanceof PyGenericAlias || o instanceof PyUnionType) return o.toString();
        if (o == Py.NotImplemented) return "NotImplemented";
        if (o == Py.Ellipsis) return "Ellipsis";
        if (o instanceof PySlice s) return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        if (o instanceof PyStaticMethod s) return "<staticmethod(" + repr(s.callable) + ")>";
        if (o instanceof PyClassMethod c) return "<classmethod(" + repr(c.callable) + ")>";
        if (o instanceof PyGetSet g) return "<attribute '" + g.name + "' of '" + g.owner.name + "' objects>";
        if (o instanceof PyCell c) {
            if (c.contents == null) return "<cell at " + address(c) + ": empty>";
            return "<cell at " + address(c) + ": " + typeName(c.contents) + " object at " + address(c.contents) + ">";
        }
        if (o instanceof CodeObject c) {
            return "<code object " + c.name + " at " + address(c) + ", file \"" + c.filename + "\", line " + c.firstlineno + ">";
        }
        if (o instanceof PyObject) {
            Object m = type(o).lookup("__repr__");
            if (m != null && m != ObjectMethods.REPR) return checkStr(callMethod(o, m, NO_ARGS, null), "__repr__");
        }
        return defaultRepr(o);
    }

    /** object.__repr__: {@code <__main__.Foo object at 0x...>}. */
    static String defaultRepr(Object o) {
        PyType t = type(o);
        Object m = t.module();
        String prefix = "builtins".equals(m) || !(m instanceof String) ? t.qualname : m + "." + t.qualname;
        return "<" + prefix + " object at " + address(o) + ">";
    }

    private static String checkStr(Object r, String what) {
        if (r instanceof String s) return s;
        throw Errors.typeError(what + " returned non-string (type " + typeName(r) + ")");
    }

    private static String instanceRepr(PyInstance inst) {
        Object sb = scalarBase(inst);
        if (sb != null && !overridden(inst.type, "__repr__")) return repr(sb);
        Object m = inst.type.lookup("__repr__");
        if (m == ObjectMethods.REPR || m == null) return defaultRepr(inst);
        if (m == ExceptionMethods.REPR) return ExceptionMethods.repr((PyBaseException) inst);
        return checkStr(callMethod(inst, m, NO_ARGS, null), "__repr__");
    }

    private static String containerRepr(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyList l) {
            sb.append('[');
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(l.items[i]));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.items[i]));
            }
            if (t.items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (int i = 0; i < d.entryCount(); i++) {
                Object k = d.keyAt(i);
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(k)).append(": ").append(repr(d.valueAt(i)));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet s) {
            if (s.used == 0) return s.frozen ? "frozenset()" : "set()";
            if (s.frozen) sb.append("frozenset(");
            sb.append('{');
            boolean first = true;
            for (Object k : s.toArray()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(k));
            }
            sb.append('}');
            if (s.frozen) sb.append(')');
            return sb.toString();
        }
        PyDictView v = (PyDictView) o;
        sb.append(v.type().name).append("([");
        Object it = v.iterator();
        boolean first = true;
        for (Object x; (x = next(it)) != null; ) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(x));
        }
        return sb.append("])").toString();
    }

    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyInstance inst) {
            Object sb = scalarBase(inst);
            if (sb != null && !overridden(inst.type, "__str__")) {
                if (sb instanceof String s) return s;
                if (!overridden(inst.type, "__repr__")) return str(sb);
            }
            Object m = inst.type.lookup("__str__");
            if (m == ObjectMethods.STR || m == null) return instanceRepr(inst);
            if (m == ExceptionMethods.STR) return ExceptionMethods.str((PyBaseException) inst);
            return checkStr(callMethod(inst, m, NO_ARGS, null), "__str__");
        }
        if (o instanceof PyType t && t.metaclass != null && overridden(t.metaclass, "__str__")) {
            return checkStr(callMethod(t, t.metaclass.lookup("__str__"), NO_ARGS, null), "__str__");
        }
        if (o instanceof PyObject) {
            Object m = type(o).lookup("__str__");
            if (m != null && m != ObjectMethods.STR) return checkStr(callMethod(o, m, NO_ARGS, null), "__str__");
        }
        return repr(o);
    }

    /** format(value, spec), as used by f-strings. */
    public static String format(Object value, String spec) {
        if (value instanceof String || isNumber(value)) {
            if (spec.isEmpty()) return str(value);
            return Formatter.format(value, spec);
        }
        if (value instanceof PyInstance inst) {
            Object sb = scalarBase(inst);
            // the built-in __format__ with an empty spec is str(self), which a subclass may override
            if (sb != null && !overridden(inst.type, "__format__")) return spec.isEmpty() ? str(value) : Formatter.format(sb, spec, inst.type.name);
            Object m = inst.type.lookup("__format__");
            if (m != null && m != ObjectMethods.FORMAT) {
                Object r = callMethod(inst, m, new Object[] {spec}, null);
                if (r instanceof String s) return s;
                throw Errors.typeError("__format__ must return a str, not " + typeName(r));
            }
        }
        return objectFormat(value, spec);
    }

    /** object.__format__. */
    static String objectFormat(Object value, String spec) {
        if (!spec.isEmpty())
            throw Errors.typeError("unsupported format string passed to " + typeName(value) + ".__format__");
        return str(value);
    }
}
