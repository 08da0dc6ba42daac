package org.specula.core.runtime;

/**
 * Argument checking for built-in functions and methods, with CPython's exact messages. Counts
 * exclude self: pass {@code offset} 1 for methods (self is args[0]).
 */
public final class Args {
    private Args() {}

    /** Number of keyword arguments. */
    public static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** "list.append() takes no keyword arguments" when kwnames is non-empty. */
    public static void noKw(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /** METH_O style: "len() takes exactly one argument (2 given)". Returns the argument. */
    public static Object one(String fname, Object[] args, String[] kwnames, int offset) {
        noKw(fname, kwnames);
        int n = args.length - offset;
        if (n != 1) throw Errors.typeError(fname + "() takes exactly one argument (" + n + " given)");
        return args[offset];
    }

    /** METH_NOARGS style: "list.copy() takes no arguments (1 given)". */
    public static void none(String fname, Object[] args, String[] kwnames, int offset) {
        noKw(fname, kwnames);
        int n = args.length - offset;
        if (n != 0) throw Errors.typeError(fname + "() takes no arguments (" + n + " given)");
    }

    /**
     * Argument-clinic style positional count check: "pop expected at most 1 argument, got 2",
     * "insert expected 2 arguments, got 1", "index expected at least 1 argument, got 0".
     * Returns the positional count (excluding self).
     */
    public static int count(String name, Object[] args, String[] kwnames, int offset, int min, int max) {
        int n = args.length - offset - kwCount(kwnames);
        if (n < min || n > max) {
            String msg;
            if (min == max) msg = name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n;
            else if (n < min) msg = name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n;
            else msg = name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n;
            throw Errors.typeError(msg);
        }
        return n;
    }

    /**
     * Binds positional and keyword arguments to parameter names (CPython's getargs style). The
     * result has one entry per name, null where not given. {@code posOnly} leading parameters
     * cannot be given by keyword; {@code required} leading parameters must be given.
     */
    public static Object[] parse(String fname, Object[] args, String[] kwnames, int offset, String[] names,
                                 int posOnly, int required) {
        int nkw = kwCount(kwnames);
        int npos = args.length - offset - nkw;
        if (npos > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, offset, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            int idx = -1;
            for (int i = posOnly; i < names.length; i++) if (names[i].equals(kn)) { idx = i; break; }
            if (idx < 0) {
                for (int i = 0; i < posOnly; i++) {
                    if (names[i].equals(kn))
                        throw Errors.typeError(fname + "() got some positional-only arguments passed as keyword arguments: '" + kn + "'");
                }
                throw Errors.typeError(fname + "() got an unexpected keyword argument '" + kn + "'");
            }
            if (out[idx] != null)
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kn + "') and position (" + (idx + 1) + ")");
            out[idx] = args[args.length - nkw + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null)
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
        }
        return out;
    }

    /** The positional arguments (without self and keyword values) as a new array. */
    public static Object[] positional(Object[] args, String[] kwnames, int offset) {
        int n = args.length - offset - kwCount(kwnames);
        Object[] r = new Object[n];
        System.arraycopy(args, offset, r, 0, n);
        return r;
    }

    /** Converts an index-like value (int, bool, __index__) to a Java int, clamping is not done. */
    public static long asLong(Object o) {
        return Ops.index(o);
    }

    /** The self argument checked against type t: "descriptor 'append' for 'list' objects doesn't apply to a 'int' object". */
    public static void checkSelf(String name, PyType t, Object[] args) {
        if (args.length == 0)
            throw Errors.typeError("unbound method " + t.name + "." + name + "() needs an argument");
        PyType st = Ops.type(args[0]);
        if (!st.isSubtypeOf(t))
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name + "' objects doesn't apply to a '" + st.name + "' object");
    }
}
