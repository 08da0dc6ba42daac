package org.specula.core.runtime;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named methods of str (split, join, strip, find, ...) with CPython's semantics and messages.
 * Indices are in code points (Java strings are UTF-16); strings without surrogates take the fast
 * path where char and code point indices coincide.
 */
final class StrFunctions {
    private StrFunctions() {}

    // ------------------------------------------------------------------ argument helpers

    private static int nargs(Object[] a, String[] kw, String name) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        return a.length - 1;
    }

    private static void noArgs(Object[] a, String[] kw, String name) {
        int n = nargs(a, kw, name);
        if (n != 0) throw Errors.typeError("str." + name + "() takes no arguments (" + n + " given)");
    }

    private static void oneArg(Object[] a, String[] kw, String name) {
        int n = nargs(a, kw, name);
        if (n != 1) throw Errors.typeError("str." + name + "() takes exactly one argument (" + n + " given)");
    }

    /** "NAME expected at least/most N argument(s), got M" style. */
    private static int range(Object[] a, String[] kw, String name, int min, int max) {
        int n = nargs(a, kw, name);
        if (n < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        if (n > max) throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        return n;
    }

    /** "NAME() takes at least/most N argument(s) (M given)" style. */
    private static int range2(Object[] a, String[] kw, String name, int min, int max) {
        int n = nargs(a, kw, name);
        if (n < min) throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        if (n > max) throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        return n;
    }

    private static String str(Object o, String what) {
        if (o instanceof String) return (String) o;
        throw Errors.typeError(what + "must be str, not " + Numbers.typeName(o));
    }

    // ------------------------------------------------------------------ code point helpers

    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Resolves optional start/end slice arguments to char offsets {start, end} (start may exceed end). */
    private static int[] bounds(String s, Object[] a, int startIdx) {
        boolean sur = hasSurrogates(s);
        int len = sur ? cpLen(s) : s.length();
        long start = 0, end = len;
        if (a.length > startIdx && a[startIdx] != Py.None) start = Numbers.clampIndex(sliceIndex(a[startIdx]));
        if (a.length > startIdx + 1 && a[startIdx + 1] != Py.None) end = Numbers.clampIndex(sliceIndex(a[startIdx + 1]));
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
        // start may be > len: callers detect "out of range" via start > end or start > len
        int cs = start > len ? -1 : (sur ? s.offsetByCodePoints(0, (int) start) : (int) start);
        int ce = sur ? s.offsetByCodePoints(0, (int) end) : (int) end;
        return new int[] {cs, ce, start > end ? 1 : 0};
    }

    private static Object sliceIndex(Object o) {
        if (Numbers.isInt(o)) return Numbers.unbool(o);
        if (o instanceof Double || o instanceof String || Numbers.lookupSpecial(o, "__index__") == null)
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        return Numbers.index(o);
    }

    private static long toCp(String s, int charIdx) {
        return s.codePointCount(0, charIdx);
    }

    // ------------------------------------------------------------------ install

    static void install(Map<String, Object> d) {
        StrMethods.putMethod(d, "__format__", (a, k) -> {
            oneArg(a, k, "__format__");
            if (!(a[1] instanceof String)) throw Errors.typeError("__format__() argument must be str, not " + NumberMethods.argTypeName(a[1]));
            return Formatter.formatStr((String) a[0], (String) a[1]);
        });
        StrMethods.putMethod(d, "__mod__", (a, k) -> {
            NumberMethods.slot("__mod__", a, k, 1);
            return StrMethods.percentFormat((String) a[0], a[1]);
        });
        // the sequence and comparison slots, for explicit calls such as str.__add__ or 'a'.__lt__(b)
        StrMethods.putMethod(d, "__add__", (a, k) -> {
            NumberMethods.slot("__add__", a, k, 1);
            if (!(Ops.unwrap(a[1]) instanceof String b))
                throw Errors.typeError("can only concatenate str (not \"" + Ops.typeName(a[1]) + "\") to str");
            return (String) Ops.unwrap(a[0]) + b;
        });
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            StrMethods.putMethod(d, name, (a, k) -> {
                if (k != null && k.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
                // CPython's ssizeargfunc wrapper message starts with a space
                if (a.length != 2) throw Errors.typeError(" expected 1 argument, got " + (a.length - 1));
                Object n = Ops.unwrap(a[1]);
                if (!Numbers.isInt(n) && Numbers.lookupSpecial(n, "__index__") == null)
                    throw Errors.typeError("'" + Ops.typeName(a[1]) + "' object cannot be interpreted as an integer");
                return Ops.binaryOp(Ops.NB_MUL, Ops.unwrap(a[0]), Numbers.index(n));
            });
        }
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            StrMethods.putMethod(d, cmp[i], (a, k) -> {
                NumberMethods.slot(cmp[op], a, k, 1);
                Object b = Ops.unwrap(a[1]);
                if (!(b instanceof String)) return Py.NotImplemented;
                return Ops.compare(op, Ops.unwrap(a[0]), b);
            });
        }
        StrMethods.putMethod(d, "__len__", (a, k) -> {
            NumberMethods.slot("__len__", a, k, 0);
            return Ops.len(Ops.unwrap(a[0]));
        });
        StrMethods.putMethod(d, "__contains__", (a, k) -> {
            NumberMethods.slot("__contains__", a, k, 1);
            return Ops.contains(Ops.unwrap(a[0]), Ops.unwrap(a[1]));
        });
        StrMethods.putMethod(d, "__getitem__", (a, k) -> {
            NumberMethods.slot("__getitem__", a, k, 1);
            return Ops.getItem(Ops.unwrap(a[0]), a[1]);
        });
        StrMethods.putMethod(d, "__iter__", (a, k) -> {
            NumberMethods.slot("__iter__", a, k, 0);
            return Ops.iter(Ops.unwrap(a[0]));
        });
        StrMethods.putMethod(d, "format", (a, k) -> {
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            Object[] pos = new Object[npos];
            System.arraycopy(a, 1, pos, 0, npos);
            return StrMethods.format((String) a[0], pos, StrMethods.kwMap(a, k));
        });
        StrMethods.putMethod(d, "format_map", (a, k) -> {
            oneArg(a, k, "format_map");
            Object mapping = a[1];
            Map<String, Object> m = new AbstractMap<>() {
                @Override public Object get(Object key) { return Ops.getItem(mapping, key); }
                @Override public Set<Entry<String, Object>> entrySet() { throw new UnsupportedOperationException(); }
            };
            return StrMethods.format((String) a[0], new Object[0], m);
        });
        StrMethods.putMethod(d, "split", (a, k) -> split(a, k, false));
        StrMethods.putMethod(d, "rsplit", (a, k) -> split(a, k, true));
        StrMethods.putMethod(d, "splitlines", StrFunctions::splitlines);
        StrMethods.putMethod(d, "join", (a, k) -> { oneArg(a, k, "join"); return join((String) a[0], a[1]); });
        StrMethods.putMethod(d, "strip", (a, k) -> strip(a, k, "strip", true, true));
        StrMethods.putMethod(d, "lstrip", (a, k) -> strip(a, k, "lstrip", true, false));
        StrMethods.putMethod(d, "rstrip", (a, k) -> strip(a, k, "rstrip", false, true));
        StrMethods.putMethod(d, "replace", StrFunctions::replace);
        StrMethods.putMethod(d, "startswith", (a, k) -> startsEnds(a, k, "startswith", true));
        StrMethods.putMethod(d, "endswith", (a, k) -> startsEnds(a, k, "endswith", false));
        StrMethods.putMethod(d, "find", (a, k) -> find(a, k, "find", false, false));
        StrMethods.putMethod(d, "rfind", (a, k) -> find(a, k, "rfind", true, false));
        StrMethods.putMethod(d, "index", (a, k) -> find(a, k, "index", false, true));
        StrMethods.putMethod(d, "rindex", (a, k) -> find(a, k, "rindex", true, true));
        StrMethods.putMethod(d, "count", StrFunctions::count);
        StrMethods.putMethod(d, "upper", (a, k) -> { noArgs(a, k, "upper"); return ((String) a[0]).toUpperCase(Locale.ROOT); });
        StrMethods.putMethod(d, "lower", (a, k) -> { noArgs(a, k, "lower"); return ((String) a[0]).toLowerCase(Locale.ROOT); });
        StrMethods.putMethod(d, "casefold", (a, k) -> {
            noArgs(a, k, "casefold");
            return casefold((String) a[0]);
        });
        StrMethods.putMethod(d, "capitalize", (a, k) -> { noArgs(a, k, "capitalize"); return capitalize((String) a[0]); });
        StrMethods.putMethod(d, "title", (a, k) -> { noArgs(a, k, "title"); return title((String) a[0]); });
        StrMethods.putMethod(d, "swapcase", (a, k) -> { noArgs(a, k, "swapcase"); return swapcase((String) a[0]); });
        predicate(d, "isdigit", StrFunctions::isDigit, false);
        predicate(d, "isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER, false);
        predicate(d, "isnumeric", StrFunctions::isNumeric, false);
        predicate(d, "isalpha", Character::isLetter, false);
        predicate(d, "isalnum", c -> Character.isLetter(c) || isNumeric(c), false);
        predicate(d, "isspace", IntParsing::isSpace, false);
        predicate(d, "isprintable", StrMethods::isPrintable, true);
        predicate(d, "isascii", c -> c < 128, true);
        StrMethods.putMethod(d, "isupper", (a, k) -> { noArgs(a, k, "isupper"); return caseCheck((String) a[0], true); });
        StrMethods.putMethod(d, "islower", (a, k) -> { noArgs(a, k, "islower"); return caseCheck((String) a[0], false); });
        StrMethods.putMethod(d, "istitle", (a, k) -> { noArgs(a, k, "istitle"); return isTitle((String) a[0]); });
        StrMethods.putMethod(d, "isidentifier", (a, k) -> { noArgs(a, k, "isidentifier"); return isIdentifier((String) a[0]); });
        StrMethods.putMethod(d, "center", (a, k) -> justify(a, k, "center", 'c'));
        StrMethods.putMethod(d, "ljust", (a, k) -> justify(a, k, "ljust", 'l'));
        StrMethods.putMethod(d, "rjust", (a, k) -> justify(a, k, "rjust", 'r'));
        StrMethods.putMethod(d, "zfill", (a, k) -> { oneArg(a, k, "zfill"); return zfill((String) a[0], Numbers.clampIndex(a[1])); });
        StrMethods.putMethod(d, "partition", (a, k) -> { oneArg(a, k, "partition"); return partition((String) a[0], a[1], false); });
        StrMethods.putMethod(d, "rpartition", (a, k) -> { oneArg(a, k, "rpartition"); return partition((String) a[0], a[1], true); });
        StrMethods.putMethod(d, "expandtabs", StrFunctions::expandtabs);
        StrMethods.putMethod(d, "translate", (a, k) -> { oneArg(a, k, "translate"); return translate((String) a[0], a[1]); });
        d.put("maketrans", new PyBuiltinFunction("maketrans", false, StrFunctions::maketrans));
        StrMethods.putMethod(d, "removeprefix", (a, k) -> {
            oneArg(a, k, "removeprefix");
            String s = (String) a[0], p = argStr(a[1], "removeprefix", 0);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        StrMethods.putMethod(d, "removesuffix", (a, k) -> {
            oneArg(a, k, "removesuffix");
            String s = (String) a[0], p = argStr(a[1], "removesuffix", 0);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
    }

    private static String argStr(Object o, String name, int pos) {
        if (o instanceof String) return (String) o;
        throw Errors.typeError(name + "() argument " + (pos > 0 ? pos + " " : "") + "must be str, not " + NumberMethods.argTypeName(o));
    }

    interface CpPredicate {
        boolean test(int cp);
    }

    private static void predicate(Map<String, Object> d, String name, CpPredicate p, boolean emptyTrue) {
        StrMethods.putMethod(d, name, (a, k) -> {
            noArgs(a, k, name);
            String s = (String) a[0];
            if (s.isEmpty()) return emptyTrue;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (!p.test(c)) return false;
                i += Character.charCount(c);
            }
            return true;
        });
    }

    static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) return true;
        if (t != Character.OTHER_NUMBER) return false;
        // Numeric_Type=Digit (UnicodeData digit field without decimal): superscripts, circled digits, ...
        return c == 0xB2 || c == 0xB3 || c == 0xB9 || c >= 0x1369 && c <= 0x1371 || c == 0x19DA || c == 0x2070
                || c >= 0x2074 && c <= 0x2079 || c >= 0x2080 && c <= 0x2089 || c >= 0x2460 && c <= 0x2468
                || c >= 0x2474 && c <= 0x247C || c >= 0x2488 && c <= 0x2490 || c == 0x24EA || c >= 0x24F5 && c <= 0x24FD
                || c == 0x24FF || c >= 0x2776 && c <= 0x277E || c >= 0x2780 && c <= 0x2788 || c >= 0x278A && c <= 0x2792
                || c >= 0x10A40 && c <= 0x10A43 || c >= 0x10E60 && c <= 0x10E68 || c >= 0x11052 && c <= 0x1105A
                || c >= 0x1F100 && c <= 0x1F10A;
    }

    /** Characters in ID_Start/ID_Continue but not in XID_Start/XID_Continue (or Pattern_Syntax), which Python rejects. */
    private static boolean notXid(int c) {
        return c == 0x37A || c == 0xE33 || c == 0xEB3 || c == 0x309B || c == 0x309C || c >= 0xFC5E && c <= 0xFC63
                || c == 0xFDFA || c == 0xFDFB || c >= 0xFE70 && c <= 0xFE7E && (c & 1) == 0 || c == 0xFF9E || c == 0xFF9F
                || c == 0x2E2F;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || t == Character.OTHER_LETTER && c >= 0x3405 && java.util.Arrays.binarySearch(HAN_NUMERIC, c) >= 0;
    }

    /** Han ideographs with a Unihan numeric value (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric). */
    private static final int[] HAN_NUMERIC = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
        0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
        0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
        0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
        0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121,
        0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890};

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    // ------------------------------------------------------------------ split / join

    private static Object split(Object[] a, String[] kw, boolean right) {
        String name = right ? "rsplit" : "split";
        String s = (String) a[0];
        Object sep = Py.None, maxObj = null;
        int npos = a.length - 1 - (kw == null ? 0 : kw.length);
        if (npos > 2) throw Errors.typeError(name + "() takes at most 2 arguments (" + npos + " given)");
        if (npos >= 1) sep = a[1];
        if (npos >= 2) maxObj = a[2];
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = a[1 + npos + i];
                if (kw[i].equals("sep")) {
                    if (npos >= 1) throw Errors.typeError("argument for " + name + "() given by name ('sep') and position (1)");
                    sep = v;
                } else if (kw[i].equals("maxsplit")) {
                    if (npos >= 2) throw Errors.typeError("argument for " + name + "() given by name ('maxsplit') and position (2)");
                    maxObj = v;
                } else {
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + name + "()");
                }
            }
        }
        long max = maxObj == null ? -1 : Numbers.clampIndex(maxObj);
        if (max < 0) max = Long.MAX_VALUE;
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        if (sep == Py.None) {
            int n = s.length();
            if (!right) {
                int i = 0;
                while (true) {
                    while (i < n && IntParsing.isSpace(s.charAt(i))) i++;
                    if (i >= n) break;
                    if (max == 0) {
                        out.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !IntParsing.isSpace(s.charAt(j))) j++;
                    out.add(s.substring(i, j));
                    max--;
                    i = j;
                }
            } else {
                java.util.ArrayList<String> parts = new java.util.ArrayList<>();
                int j = n;
                while (true) {
                    while (j > 0 && IntParsing.isSpace(s.charAt(j - 1))) j--;
                    if (j <= 0) break;
                    if (max == 0) {
                        parts.add(s.substring(0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !IntParsing.isSpace(s.charAt(i - 1))) i--;
                    parts.add(s.substring(i, j));
                    max--;
                    j = i;
                }
                for (int i = parts.size() - 1; i >= 0; i--) out.add(parts.get(i));
            }
            return new PyList(out.toArray());
        }
        if (!(sep instanceof String)) throw Errors.typeError("must be str or None, not " + Numbers.typeName(sep));
        String p = (String) sep;
        if (p.isEmpty()) throw Errors.valueError("empty separator");
        if (!right) {
            int i = 0;
            while (max > 0) {
                int j = s.indexOf(p, i);
                if (j < 0) break;
                out.add(s.substring(i, j));
                i = j + p.length();
                max--;
            }
            out.add(s.substring(i));
        } else {
            java.util.ArrayList<String> parts = new java.util.ArrayList<>();
            int j = s.length();
            while (max > 0) {
                int i = s.lastIndexOf(p, j - p.length());
                if (i < 0) break;
                parts.add(s.substring(i + p.length(), j));
                j = i;
                max--;
            }
            parts.add(s.substring(0, j));
            for (int i = parts.size() - 1; i >= 0; i--) out.add(parts.get(i));
        }
        return new PyList(out.toArray());
    }

    private static boolean isLineBreak(char c) {
        switch (c) {
            case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    private static Object splitlines(Object[] a, String[] kw) {
        String s = (String) a[0];
        int npos = a.length - 1 - (kw == null ? 0 : kw.length);
        if (npos > 1) throw Errors.typeError("splitlines() takes at most 1 argument (" + npos + " given)");
        Object keepObj = npos == 1 ? a[1] : Boolean.FALSE;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (!kw[i].equals("keepends")) throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for splitlines()");
                keepObj = a[1 + npos + i];
            }
        }
        boolean keep = Numbers.isTrue(Numbers.index(keepObj));
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2; else j++;
            }
            out.add(s.substring(i, keep ? j : eol));
            i = j;
        }
        return new PyList(out.toArray());
    }

    static String join(String sep, Object iterable) {
        Object[] items;
        int n;
        if (iterable instanceof PyList) {
            items = ((PyList) iterable).items;
            n = ((PyList) iterable).size;
        } else if (iterable instanceof PyTuple) {
            items = ((PyTuple) iterable).items;
            n = items.length;
        } else {
            java.util.ArrayList<Object> l = new java.util.ArrayList<>();
            Object it;
            try {
                it = Ops.iter(iterable);
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(Errors.TypeError)) throw Errors.typeError("can only join an iterable");
                throw e;
            }
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) l.add(v);
            items = l.toArray();
            n = items.length;
        }
        if (n == 1 && items[0] instanceof String) return (String) items[0];
        int total = 0;
        for (int i = 0; i < n; i++) {
            Object v = Ops.unwrap(items[i]); // str subclass instances join as their str value
            if (!(v instanceof String))
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i]) + " found");
            total += ((String) v).length();
        }
        StringBuilder sb = new StringBuilder(total + sep.length() * Math.max(0, n - 1));
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append((String) Ops.unwrap(items[i]));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ strip / replace / search

    private static Object strip(Object[] a, String[] kw, String name, boolean left, boolean right) {
        int n = range(a, kw, name, 0, 1);
        String s = (String) a[0];
        Object chars = n == 1 ? a[1] : Py.None;
        int i = 0, j = s.length();
        if (chars == Py.None) {
            if (left) while (i < j && IntParsing.isSpace(s.charAt(i))) i++;
            if (right) while (j > i && IntParsing.isSpace(s.charAt(j - 1))) j--;
        } else {
            if (!(chars instanceof String)) throw Errors.typeError(name + " arg must be None or str");
            String cs = (String) chars;
            if (left) while (i < j) {
                int c = s.codePointAt(i);
                if (cs.indexOf(c) < 0) break;
                i += Character.charCount(c);
            }
            if (right) while (j > i) {
                int c = s.codePointBefore(j);
                if (cs.indexOf(c) < 0) break;
                j -= Character.charCount(c);
            }
        }
        return i == 0 && j == s.length() ? s : s.substring(i, j);
    }

    private static Object replace(Object[] a, String[] kw) {
        int n = range(a, kw, "replace", 2, 3);
        String s = (String) a[0];
        String old = argStr(a[1], "replace", 1), rep = argStr(a[2], "replace", 2);
        long count = n == 3 ? Numbers.clampIndex(a[3]) : -1;
        if (count < 0) count = Long.MAX_VALUE;
        if (count == 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        if (old.isEmpty()) {
            int i = 0;
            while (i < s.length() && count > 0) {
                sb.append(rep);
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
                count--;
            }
            if (count > 0) sb.append(rep);
            sb.append(s, i, s.length());
            return sb.toString();
        }
        int i = 0;
        while (count > 0) {
            int j = s.indexOf(old, i);
            if (j < 0) break;
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            count--;
        }
        if (i == 0) return s;
        sb.append(s, i, s.length());
        return sb.toString();
    }

    private static Object startsEnds(Object[] a, String[] kw, String name, boolean starts) {
        range2(a, kw, name, 1, 3);
        String s = (String) a[0];
        int[] b = bounds(s, a, 2);
        Object p = a[1];
        if (Ops.unwrap(p) instanceof PyTuple t) { // a tuple subclass instance too; its items may be str subclass instances
            for (Object o : t.items) {
                if (!(Ops.unwrap(o) instanceof String prefix))
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + Ops.typeName(o));
                if (matchAt(s, prefix, b, starts)) return true;
            }
            return false;
        }
        if (!(p instanceof String))
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Numbers.typeName(p));
        return matchAt(s, (String) p, b, starts);
    }

    private static boolean matchAt(String s, String p, int[] b, boolean starts) {
        if (b[0] < 0) return false;
        int start = b[0], end = b[1];
        if (b[2] == 1) return false;
        if (end - start < p.length()) return false;
        return starts ? s.startsWith(p, start) : s.startsWith(p, end - p.length());
    }

    private static Object find(Object[] a, String[] kw, String name, boolean right, boolean raise) {
        range2(a, kw, name, 1, 3);
        String s = (String) a[0];
        int[] b = bounds(s, a, 2);
        String sub = str(a[1], "");
        int r = -1;
        if (b[0] >= 0 && b[2] == 0) {
            int start = b[0], end = b[1];
            if (right) {
                int j = s.lastIndexOf(sub, end - sub.length());
                if (j >= start && end - start >= sub.length()) r = j;
            } else {
                int j = s.indexOf(sub, start);
                if (j >= 0 && j + sub.length() <= end) r = j;
            }
        }
        if (r < 0) {
            if (raise) throw Errors.valueError("substring not found");
            return -1L;
        }
        return hasSurrogates(s) ? toCp(s, r) : (long) r;
    }

    private static Object count(Object[] a, String[] kw) {
        range2(a, kw, "count", 1, 3);
        String s = (String) a[0];
        int[] b = bounds(s, a, 2);
        String sub = str(a[1], "");
        if (b[0] < 0 || b[2] == 1) return 0L;
        int start = b[0], end = b[1];
        if (sub.isEmpty()) return toCp(s, end) - toCp(s, start) + 1;
        long c = 0;
        int i = start;
        while (true) {
            int j = s.indexOf(sub, i);
            if (j < 0 || j + sub.length() > end) break;
            c++;
            i = j + sub.length();
        }
        return c;
    }

    // ------------------------------------------------------------------ translate

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object key = (long) c, v;
            if (table instanceof PyDict) {
                v = ((PyDict) table).get(key);
            } else {
                try {
                    v = Ops.getItem(table, key);
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(Errors.LookupError)) throw e;
                    v = null;
                }
            }
            if (v == null) sb.appendCodePoint(c);
            else if (v == Py.None) continue;
            else if (v instanceof String) sb.append((String) v);
            else if (Numbers.isInt(v)) {
                Object iv = Numbers.unbool(v);
                if (!(iv instanceof Long) || (Long) iv < 0 || (Long) iv > 0x10FFFF)
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) (long) (Long) iv);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    private static Object maketrans(Object[] a, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("maketrans() takes no keyword arguments");
        if (a.length < 1 || a.length > 3)
            throw Errors.typeError("maketrans expected " + (a.length < 1 ? "at least 1 argument" : "at most 3 arguments") + ", got " + a.length);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict)) throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            Object it = Ops.iter(a[0]);
            for (Object key = Ops.next(it); key != null; key = Ops.next(it)) {
                Object v = ((PyDict) a[0]).get(key);
                if (key instanceof String) {
                    String ks = (String) key;
                    if (cpLen(ks) != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    out.put((long) ks.codePointAt(0), v);
                } else if (Numbers.isInt(key)) {
                    out.put(Numbers.unbool(key), v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof String)) throw Errors.typeError("maketrans() argument 1 must be str, not " + Numbers.typeName(a[0]));
        if (!(a[1] instanceof String)) throw Errors.typeError("maketrans() argument 2 must be str, not " + Numbers.typeName(a[1]));
        String x = (String) a[0], y = (String) a[1];
        if (cpLen(x) != cpLen(y)) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0, j = 0; i < x.length(); ) {
            int c = x.codePointAt(i), e = y.codePointAt(j);
            out.put((long) c, (long) e);
            i += Character.charCount(c);
            j += Character.charCount(e);
        }
        if (a.length == 3) {
            if (!(a[2] instanceof String)) throw Errors.typeError("maketrans() argument 3 must be str, not " + Numbers.typeName(a[2]));
            String z = (String) a[2];
            for (int i = 0; i < z.length(); ) {
                int c = z.codePointAt(i);
                out.put((long) c, Py.None);
                i += Character.charCount(c);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ case

    private static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int c = s.codePointAt(0);
        int n = Character.charCount(c);
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(titleChar(c));
        for (int i = n; i < s.length(); ) {
            int d = s.codePointAt(i);
            lowerAt(sb, s, i, d);
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (prevCased) lowerAt(sb, s, i, c);
            else sb.append(titleChar(c));
            i += Character.charCount(c);
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isTitleCase(c)) sb.appendCodePoint(c);
            else if (Character.isUpperCase(c)) lowerAt(sb, s, i, c);
            else if (Character.isLowerCase(c)) sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
            else sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** str.casefold(): full case folding approximated per code point as lower(upper(c)), without final-sigma context. */
    static String casefold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) { sb = new StringBuilder(s.length()); break; }
        }
        if (sb == null) return s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append(Character.toLowerCase((char) c));
            else if (c == 0x131) sb.append((char) c);
            else if (c == 0x1E9E) sb.append("ss");
            else if (c >= 0x13A0 && c <= 0x13FD || c >= 0xAB70 && c <= 0xABBF) sb.appendCodePoint(Character.toUpperCase(c));
            else sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** The full titlecase mapping of one code point (SpecialCasing.txt title entries included). */
    static String titleChar(int c) {
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        int t = Character.toTitleCase(c);
        if (up.codePointCount(0, up.length()) == 1) return new String(Character.toChars(t));
        if (c >= 0x1F80 && c <= 0x1FFF) {
            // Greek with ypogegrammeni: titlecase keeps the iota subscript.
            if (t != c && t != Character.toUpperCase(c) || Character.isTitleCase(t)) return new String(Character.toChars(t));
            if (up.endsWith("\u0399")) return up.substring(0, up.length() - 1) + "\u0345";
            return up;
        }
        if (c == 0xDF || c == 0x587 || c >= 0xFB00 && c <= 0xFB06 || c >= 0xFB13 && c <= 0xFB17) {
            int first = up.codePointAt(0);
            int n = Character.charCount(first);
            return up.substring(0, n) + up.substring(n).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    /** Appends the lowercase of the code point c at index i of s, with the Greek final-sigma rule. */
    private static void lowerAt(StringBuilder sb, String s, int i, int c) {
        if (c < 128) { sb.append(Character.toLowerCase((char) c)); return; }
        if (c == 0x3A3) { sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3'); return; }
        sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }

    /** CPython's handle_capital_sigma: preceded by a cased letter and not followed by one (ignoring case-ignorables). */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) { found = true; break; }
        }
        if (!found || !isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!caseIgnorable(c)) return !isCased(c);
        }
        return true;
    }

    private static boolean caseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x387 || c == 0x5F4
                        || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xFE13 || c == 0xFE52
                        || c == 0xFE55 || c == 0xFF07 || c == 0xFF0E || c == 0xFF1A;
        }
    }

    private static boolean caseCheck(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper) {
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) return false;
                if (Character.isUpperCase(c)) cased = true;
            } else {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
                if (Character.isLowerCase(c)) cased = true;
            }
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c = s.codePointAt(0);
        if (c != '_' && !Character.isUnicodeIdentifierStart(c) || notXid(c)) return false;
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            i += Character.charCount(d);
            if (!Character.isUnicodeIdentifierPart(d) || Character.isIdentifierIgnorable(d) || notXid(d) && d != 0xFF9E && d != 0xFF9F && d != 0xE33 && d != 0xEB3) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ padding

    private static Object justify(Object[] a, String[] kw, String name, char mode) {
        int n = range(a, kw, name, 1, 2);
        String s = (String) a[0];
        long width = Numbers.clampIndex(a[1]);
        int fill = ' ';
        if (n == 2) {
            if (!(a[2] instanceof String))
                throw Errors.typeError("The fill character must be a unicode character, not " + Numbers.typeName(a[2]));
            String f = (String) a[2];
            if (cpLen(f) != 1) throw Errors.typeError("The fill character must be exactly one character long");
            fill = f.codePointAt(0);
        }
        int len = cpLen(s);
        if (width <= len) return s;
        int marg = (int) (width - len);
        int left;
        if (mode == 'l') left = 0;
        else if (mode == 'r') left = marg;
        else left = marg / 2 + (marg & (int) width & 1);
        StringBuilder sb = new StringBuilder((int) width);
        for (int i = 0; i < left; i++) sb.appendCodePoint(fill);
        sb.append(s);
        for (int i = left; i < marg; i++) sb.appendCodePoint(fill);
        return sb.toString();
    }

    private static String zfill(String s, long width) {
        int len = cpLen(s);
        if (width <= len) return s;
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder((int) width);
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        for (int i = 0; i < fill; i++) sb.append('0');
        sb.append(s, start, s.length());
        return sb.toString();
    }

    private static Object partition(String s, Object sepObj, boolean right) {
        if (!(sepObj instanceof String)) throw Errors.typeError("must be str, not " + Numbers.typeName(sepObj));
        String sep = (String) sepObj;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return right ? new PyTuple("", "", s) : new PyTuple(s, "", "");
        return new PyTuple(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    private static Object expandtabs(Object[] a, String[] kw) {
        String s = (String) a[0];
        int npos = a.length - 1 - (kw == null ? 0 : kw.length);
        if (npos > 1) throw Errors.typeError("expandtabs() takes at most 1 argument (" + npos + " given)");
        Object ts = npos == 1 ? a[1] : (Object) 8L;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (!kw[i].equals("tabsize")) throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for expandtabs()");
                ts = a[1 + npos + i];
            }
        }
        long tab = Numbers.clampIndex(ts);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tab > 0) {
                    long spaces = tab - (col % tab);
                    for (long k = 0; k < spaces; k++) sb.append(' ');
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(c);
                col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return sb.toString();
    }
}
