package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a Python function's parameters (CPython's
 * {@code _PyEval_MakeFrameVector}), with CPython 3.11's error messages.
 */
final class Arguments {
    private Arguments() {}

    /**
     * Fills fast[0 .. totalArgs) from args[off .. off+argc): positional values first, then the
     * keyword values named by kwnames (null for none).
     */
    static void bind(PyFunction fn, CodeObject co, Object[] fast, Object[] args, int off, int argc,
                     String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = argc - nkw;
        int nparams = co.argcount;
        int flags = co.flags;
        boolean hasVarargs = (flags & CodeObject.CO_VARARGS) != 0;
        boolean hasVarkw = (flags & CodeObject.CO_VARKEYWORDS) != 0;
        int total = co.argcount + co.kwonlyargcount;

        // The common case: exact positional arguments, nothing else.
        if (nkw == 0 && npos == nparams && !hasVarargs && !hasVarkw && co.kwonlyargcount == 0) {
            System.arraycopy(args, off, fast, 0, npos);
            return;
        }

        int n = Math.min(npos, nparams);
        System.arraycopy(args, off, fast, 0, n);
        if (hasVarargs) {
            int extra = npos - n;
            Object[] rest = new Object[extra];
            System.arraycopy(args, off + n, rest, 0, extra);
            fast[total] = extra == 0 ? PyTuple.EMPTY : new PyTuple(rest);
        }
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            fast[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[off + npos + k];
            int idx = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (co.varnames[j].equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(name, value);
                    continue;
                }
                for (int j = 0; j < co.posonlyargcount; j++) {
                    if (co.varnames[j].equals(name)) {
                        if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                        posonlyAsKw.add(name);
                        idx = -2;
                        break;
                    }
                }
                if (idx == -2) continue;
                throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (fast[idx] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            fast[idx] = value;
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        if (npos > nparams && !hasVarargs) {
            throw tooManyPositional(fn, co, fast, npos);
        }
        if (npos < nparams) {
            Object[] defs = fn.defaults;
            int ndef = defs == null ? 0 : defs.length;
            int firstDefault = nparams - ndef;
            List<String> missing = null;
            for (int j = npos; j < nparams; j++) {
                if (fast[j] != null) continue;
                if (j >= firstDefault) {
                    fast[j] = defs[j - firstDefault];
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(co.varnames[j]);
                }
            }
            if (missing != null) throw missing(fn, missing, "positional");
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = null;
            for (int j = nparams; j < total; j++) {
                if (fast[j] != null) continue;
                Object d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[j]);
                if (d != null) {
                    fast[j] = d;
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(co.varnames[j]);
                }
            }
            if (missing != null) throw missing(fn, missing, "keyword-only");
        }
    }

    private static RuntimeException tooManyPositional(PyFunction fn, CodeObject co, Object[] fast, int given) {
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int nparams = co.argcount;
        int kwonlyGiven = 0;
        for (int j = nparams; j < nparams + co.kwonlyargcount; j++) {
            if (fast[j] != null) kwonlyGiven++;
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (nparams - ndef) + " to " + nparams;
            plural = true;
        } else {
            sig = Integer.toString(nparams);
            plural = nparams != 1;
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return Errors.typeError(fn.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }
}
