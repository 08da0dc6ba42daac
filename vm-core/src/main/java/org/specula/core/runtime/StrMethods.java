package org.specula.core.runtime;

import java.math.BigInteger;
import java.util.Map;

/** str methods, str repr, and printf-style ({@code %}) formatting. */
public final class StrMethods {
    private StrMethods() {}

    // ------------------------------------------------------------------ repr / ascii

    /** Python's str.isprintable() for one code point. */
    static boolean isPrintable(int c) {
        if (c < 0x7F) return c >= 0x20;
        if (c < 0xA0) return false;
        switch (Character.getType(c)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** repr() of a str, with CPython's quote choice and escapes. */
    public static String repr(String s) {
        return repr(s, false);
    }

    /** ascii() of a str: repr with all non-ASCII escaped. */
    public static String ascii(String s) {
        return repr(s, true);
    }

    static String repr(String s, boolean asciiOnly) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) quote = '"';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c >= 0x20 && c < 0x7F) {
                sb.append((char) c);
            } else if (c < 0x20 || c == 0x7F) {
                hexEscape(sb, 'x', c, 2);
            } else if (!asciiOnly && isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c < 0x100) {
                hexEscape(sb, 'x', c, 2);
            } else if (c < 0x10000) {
                hexEscape(sb, 'u', c, 4);
            } else {
                hexEscape(sb, 'U', c, 8);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hexEscape(StringBuilder sb, char kind, int c, int width) {
        sb.append('\\').append(kind);
        String h = Integer.toHexString(c);
        for (int i = h.length(); i < width; i++) sb.append('0');
        sb.append(h);
    }

    /** repr() of any value: core values handled here, others through Ops. */
    static String reprOf(Object o) {
        if (o instanceof String) return repr((String) o);
        if (Numbers.isNumber(o)) return Numbers.repr(o);
        if (o == Py.None) return "None";
        return Ops.repr(o);
    }

    /** str() of any value. */
    static String strOf(Object o) {
        if (o instanceof String) return (String) o;
        if (Numbers.isNumber(o)) return Numbers.repr(o);
        if (o == Py.None) return "None";
        return Ops.str(o);
    }

    /** ascii() of any value. */
    static String asciiOf(Object o) {
        String r = reprOf(o);
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) sb = new StringBuilder(r.substring(0, i));
                if (c < 0x100) hexEscape(sb, 'x', c, 2); else if (c < 0x10000) hexEscape(sb, 'u', c, 4); else hexEscape(sb, 'U', c, 8);
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? r : sb.toString();
    }

    /** format(value, spec), core values handled here, others through Ops. */
    static String formatOf(Object v, String spec) {
        if (v instanceof String || Numbers.isNumber(v)) return Formatter.format(v, spec);
        return Ops.format(v, spec);
    }

    // ------------------------------------------------------------------ % formatting

    /** {@code format % args}. */
    public static String percentFormat(String format, Object args) {
        Object[] items;
        if (args instanceof PyInstance pi && pi.base instanceof PyTuple bt) args = bt;
        boolean tuple = args instanceof PyTuple;
        Object mapping = null;
        if (tuple) {
            items = ((PyTuple) args).items;
        } else {
            items = new Object[] {args};
            if (!(Ops.unwrap(args) instanceof String) && isMapping(args)) mapping = args;
        }
        int argi = 0;
        boolean usedMapping = false;
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int i = 0;
        while (i < n) {
            char ch = format.charAt(i);
            if (ch != '%') {
                int j = format.indexOf('%', i);
                if (j < 0) j = n;
                out.append(format, i, j);
                i = j;
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            Object value = null;
            boolean haveValue = false;
            if (format.charAt(i) == '(') {
                if (mapping == null) throw Errors.typeError("format requires a mapping");
                int depth = 1, k = i + 1;
                while (k < n && depth > 0) {
                    if (format.charAt(k) == '(') depth++;
                    else if (format.charAt(k) == ')') depth--;
                    k++;
                }
                if (depth > 0) throw Errors.valueError("incomplete format key");
                String key = format.substring(i + 1, k - 1);
                value = Ops.getItem(mapping, key);
                haveValue = true;
                usedMapping = true;
                i = k;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = format.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1, prec = -1;
            if (i < n && format.charAt(i) == '*') {
                if (argi >= items.length) throw Errors.typeError("not enough arguments for format string");
                Object w = items[argi++];
                if (!Numbers.isInt(w)) throw Errors.typeError("* wants int");
                width = Numbers.asInt(w);
                if (width < 0) { left = true; width = -width; }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(format.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(format.substring(st, i));
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    if (argi >= items.length) throw Errors.typeError("not enough arguments for format string");
                    Object p = items[argi++];
                    if (!Numbers.isInt(p)) throw Errors.typeError("* wants int");
                    prec = Math.max(0, Numbers.asInt(p));
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(format.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(format.substring(st, i)) : 0;
                }
            }
            // length modifiers are accepted and ignored
            while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char conv = format.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (!haveValue) {
                if (argi >= items.length) throw Errors.typeError("not enough arguments for format string");
                value = items[argi++];
            }
            String body;
            String sign = "";
            String prefix = "";
            boolean numeric = false;
            switch (conv) {
                case 's': body = strOf(value); if (prec >= 0) body = truncate(body, prec); break;
                case 'r': body = reprOf(value); if (prec >= 0) body = truncate(body, prec); break;
                case 'a': body = asciiOf(value); if (prec >= 0) body = truncate(body, prec); break;
                case 'c': {
                    if (value instanceof String) {
                        String s = (String) value;
                        if (s.codePointCount(0, s.length()) != 1) throw Errors.typeError("%c requires int or char");
                        body = s;
                    } else if (Numbers.isInt(value)) {
                        Object iv = Numbers.unbool(value);
                        if (!(iv instanceof Long) || (Long) iv < 0 || (Long) iv > 0x10FFFF)
                            throw Errors.of(Errors.OverflowError, "%c arg not in range(0x110000)");
                        body = new String(Character.toChars((int) (long) (Long) iv));
                    } else {
                        throw Errors.typeError("%c requires int or char");
                    }
                    break;
                }
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                    numeric = true;
                    Object iv;
                    if (conv == 'd' || conv == 'i' || conv == 'u') {
                        if (Numbers.isNumber(value)) iv = Numbers.toInt(value);
                        else if (value instanceof String || value == Py.None || Numbers.lookupSpecial(value, "__int__") == null
                                && Numbers.lookupSpecial(value, "__index__") == null)
                            throw Errors.typeError("%" + conv + " format: a real number is required, not " + Numbers.typeName(value));
                        else iv = Numbers.toInt(value);
                    } else {
                        if (value instanceof Double || value instanceof String || value == Py.None
                                || !Numbers.isInt(value) && Numbers.lookupSpecial(value, "__index__") == null)
                            throw Errors.typeError("%" + conv + " format: an integer is required, not " + Numbers.typeName(value));
                        iv = Numbers.index(value);
                    }
                    BigInteger b = Numbers.big(iv);
                    int radix = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
                    String digits = radix == 10 ? (iv instanceof Long ? Long.toString(Math.abs((Long) iv)).replace("-", "")
                            : Numbers.bigToString(b.abs())) : b.abs().toString(radix);
                    if (iv instanceof Long && (Long) iv == Long.MIN_VALUE) digits = b.abs().toString(radix);
                    if (conv == 'X') digits = digits.toUpperCase();
                    if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
                    if (alt && radix != 10) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o";
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = digits;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    numeric = true;
                    double d;
                    if (value instanceof Double) d = (Double) value;
                    else if (Numbers.isInt(value)) d = Numbers.intToDouble(value);
                    else if (value instanceof String || value == Py.None || Numbers.lookupSpecial(value, "__float__") == null)
                        throw Errors.typeError("must be real number, not " + Numbers.typeName(value));
                    else d = (Double) Numbers.toFloat(value);
                    if (prec < 0) prec = 6;
                    body = FloatRepr.formatAbs(d, conv, prec, alt, false);
                    boolean neg = Double.doubleToRawLongBits(d) < 0 && d == d;
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    break;
                }
                default:
                    throw Errors.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                            + ") at index " + (i - 1));
            }
            int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padn = width - len;
                if (left) {
                    out.append(sign).append(prefix).append(body);
                    for (int k = 0; k < padn; k++) out.append(' ');
                } else if (zero && numeric) {
                    out.append(sign).append(prefix);
                    for (int k = 0; k < padn; k++) out.append('0');
                    out.append(body);
                } else {
                    for (int k = 0; k < padn; k++) out.append(' ');
                    out.append(sign).append(prefix).append(body);
                }
            } else {
                out.append(sign).append(prefix).append(body);
            }
        }
        if (argi < items.length && !usedMapping && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static boolean isMapping(Object o) {
        // as CPython's PyMapping_Check: anything with __getitem__ (lists too) except tuple and str
        if (o instanceof PyDict || o instanceof PyList) return true;
        if (o instanceof PyTuple || Numbers.isNumber(o) || o == Py.None) return false;
        return Ops.type(o).lookup("__getitem__") != null;
    }

    private static String truncate(String s, int prec) {
        if (s.codePointCount(0, s.length()) <= prec) return s;
        return s.substring(0, s.offsetByCodePoints(0, prec));
    }

    // ------------------------------------------------------------------ constructor

    /** str(object='') (args without the type). */
    public static Object strNew(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 3) throw Errors.typeError("str() takes at most 3 arguments (" + args.length + " given)");
        String[] names = {"object", "encoding", "errors"};
        Object[] v = new Object[3];
        System.arraycopy(args, 0, v, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int idx = java.util.Arrays.asList(names).indexOf(kwnames[i]);
            if (idx < 0) throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for str()");
            if (idx < npos) throw Errors.typeError("argument for str() given by name ('" + kwnames[i] + "') and position (" + (idx + 1) + ")");
            v[idx] = args[npos + i];
        }
        if (v[1] == null && v[2] == null) return v[0] == null ? "" : strOf(v[0]);
        for (int i = 1; i < 3; i++) {
            if (v[i] != null && !(v[i] instanceof String) && !Ops.type(v[i]).isSubtypeOf(Types.STR))
                throw Errors.typeError("str() argument '" + names[i] + "' must be str, not " + (v[i] == Py.None ? "None" : Ops.typeName(v[i])));
        }
        if (v[0] == null) return "";
        if (v[0] instanceof String || Ops.type(v[0]).isSubtypeOf(Types.STR)) throw Errors.typeError("decoding str is not supported");
        throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(v[0]) + " found");
    }

    // ------------------------------------------------------------------ methods

    private static volatile boolean installed;

    /** Installs the str methods (split, join, ...) into Types.STR. */
    public static synchronized void install() {
        if (installed) return;
        Types.STR.constructor = StrMethods::strNew;
        StrFunctions.install(Types.STR.dict);
        installDunders(Types.STR);
        installed = true;
    }

    private static final String[] CMP_DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private static String strSelf(String name, Object[] args) {
        if (args.length == 0) Args.checkSelf(name, Types.STR, args);
        if (!Ops.type(args[0]).isSubtypeOf(Types.STR))
            throw Errors.typeError("descriptor '" + name + "' requires a 'str' object but received a '" + Ops.type(args[0]).name + "'");
        return (String) Ops.unwrap(args[0]);
    }

    /** The special methods of str (str.__len__, str.__add__, ...) for explicit calls and super(). */
    private static void installDunders(PyType t) {
        Types.method(t, "__len__", (args, kw) -> {
            Args.count("__len__", args, kw, 1, 0, 0);
            return Ops.len(strSelf("__len__", args));
        });
        Types.method(t, "__getitem__", (args, kw) -> {
            Args.count("__getitem__", args, kw, 1, 1, 1);
            return Ops.getItem(strSelf("__getitem__", args), args[1]);
        });
        Types.method(t, "__contains__", (args, kw) -> {
            Args.count("__contains__", args, kw, 1, 1, 1);
            return Ops.contains(strSelf("__contains__", args), args[1]);
        });
        Types.method(t, "__iter__", (args, kw) -> {
            Args.count("__iter__", args, kw, 1, 0, 0);
            return Ops.iter(strSelf("__iter__", args));
        });
        Types.method(t, "__add__", (args, kw) -> {
            Args.count("__add__", args, kw, 1, 1, 1);
            String a = strSelf("__add__", args);
            Object b = Ops.unwrap(args[1]);
            if (!(b instanceof String)) {
                throw Errors.typeError("can only concatenate str (not \"" + Ops.typeName(args[1]) + "\") to str");
            }
            return a.concat((String) b);
        });
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            Types.method(t, name, (args, kw) -> {
                Args.count(name, args, kw, 1, 1, 1);
                String a = strSelf(name, args);
                return Ops.binaryOp(Ops.NB_MUL, a, Ops.indexObject(args[1]));
            });
        }
        Types.method(t, "__rmod__", (args, kw) -> {
            Args.count("__rmod__", args, kw, 1, 1, 1);
            strSelf("__rmod__", args);
            Object v = Ops.unwrap(args[1]);
            if (!(v instanceof String s)) return Py.NotImplemented;
            return percentFormat(s, args[0]);
        });
        for (int i = 0; i < CMP_DUNDERS.length; i++) {
            int op = i;
            String name = CMP_DUNDERS[i];
            if (t.dict.containsKey(name)) continue;
            Types.method(t, name, (args, kw) -> {
                Args.count(name, args, kw, 1, 1, 1);
                String a = strSelf(name, args);
                Object b = Ops.unwrap(args[1]);
                if (!(b instanceof String)) return Py.NotImplemented;
                return Ops.compare(op, a, b);
            });
        }
    }

    static void putMethod(Map<String, Object> d, String name, PyBuiltinFunction.Impl impl) {
        boolean wrapper = name.startsWith("__") && !name.equals("__format__") && !name.equals("__getnewargs__")
                && !name.equals("__sizeof__");
        // format and % keep their arguments as given: a str subclass's __str__/__format__ must run
        boolean unwrapArgs = !name.equals("format") && !name.equals("format_map") && !name.equals("__mod__")
                && !name.equals("__rmod__");
        d.put(name, new PyBuiltinFunction(name, Types.STR, (a, k) -> {
            if (a.length > 0) {
                if (wrapper) strSelf(name, a);
                else Args.checkSelf(name, Types.STR, a);
                if (a[0] instanceof PyInstance) {
                    a = a.clone();
                    a[0] = Ops.unwrap(a[0]);
                }
                if (unwrapArgs) a = unwrapStrArgs(a);
            }
            return impl.call(a, k);
        }));
    }

    /** Instances of str subclasses are accepted wherever a str argument is. */
    private static Object[] unwrapStrArgs(Object[] a) {
        Object[] r = a;
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PyInstance pi && pi.base instanceof String str) {
                if (r == a) r = a.clone();
                r[i] = str;
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ str.format

    /** str.format(*args, **kwargs): args are the positional values, kw maps names to values. */
    public static String format(String fmt, Object[] args, Map<String, Object> kw) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int[] auto = {0}; // next auto index; -1 once manual numbering is used, -2 marks auto used
        boolean[] mode = new boolean[2]; // [0] auto used, [1] manual used
        renderFormat(fmt, args, kw, out, 2, auto, mode);
        return out.toString();
    }

    private static void renderFormat(String fmt, Object[] args, Map<String, Object> kw, StringBuilder out, int depth,
                                     int[] auto, boolean[] mode) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // find the matching '}' (nested braces allowed in the spec)
            int j = i + 1, level = 1;
            int fieldEnd = -1; // end of field name + conversion (':' position)
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '[' && fieldEnd < 0) {
                    // item keys may contain anything but ']'
                    int k = fmt.indexOf(']', j);
                    if (k < 0) break;
                    j = k + 1;
                    continue;
                }
                if (d == '{') level++;
                else if (d == '}') {
                    level--;
                    if (level == 0) break;
                } else if (d == ':' && level == 1 && fieldEnd < 0) fieldEnd = j;
                j++;
            }
            if (j >= n || level != 0) {
                if (level > 1 || fieldEnd >= 0 && j >= n) throw Errors.valueError("expected '}' before end of string");
                throw Errors.valueError(j >= n && i + 1 == n ? "Single '{' encountered in format string" : "expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, fieldEnd >= 0 ? fieldEnd : j);
            String spec = fieldEnd >= 0 ? fmt.substring(fieldEnd + 1, j) : "";
            char conv = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                int lb = field.indexOf('[');
                if (lb < 0 || bang < lb) {
                    String cs = field.substring(bang + 1);
                    field = field.substring(0, bang);
                    if (cs.isEmpty()) throw Errors.valueError("unmatched '{' in format spec");
                    if (cs.length() > 1) throw Errors.valueError("expected ':' after conversion specifier");
                    conv = cs.charAt(0);
                }
            }
            Object value = resolveField(field, args, kw, auto, mode);
            if (conv != 0) {
                switch (conv) {
                    case 'r': value = reprOf(value); break;
                    case 's': value = strOf(value); break;
                    case 'a': value = asciiOf(value); break;
                    default: throw Errors.valueError("Unknown conversion specifier " + conv);
                }
            }
            if (spec.indexOf('{') >= 0) {
                StringBuilder sb = new StringBuilder();
                renderFormat(spec, args, kw, sb, depth - 1, auto, mode);
                spec = sb.toString();
            }
            out.append(formatOf(value, spec));
            i = j + 1;
        }
    }

    private static Object resolveField(String field, Object[] args, Map<String, Object> kw, int[] auto, boolean[] mode) {
        int k = 0, n = field.length();
        while (k < n && field.charAt(k) != '.' && field.charAt(k) != '[') k++;
        String first = field.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (mode[1]) throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            mode[0] = true;
            int idx = auto[0]++;
            if (idx >= args.length) throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            value = args[idx];
        } else if (isDigits(first)) {
            if (mode[0]) throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            mode[1] = true;
            int idx;
            try {
                idx = Integer.parseInt(first);
            } catch (NumberFormatException e) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            if (idx >= args.length) throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            value = args[idx];
        } else {
            value = kw == null ? null : kw.get(first);
            if (value == null) throw Errors.of(Errors.KeyError, first);
        }
        while (k < n) {
            char c = field.charAt(k);
            if (c == '.') {
                int s = ++k;
                while (k < n && field.charAt(k) != '.' && field.charAt(k) != '[') k++;
                String attr = field.substring(s, k);
                if (attr.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                value = Ops.getAttr(value, attr);
            } else if (c == '[') {
                int e = field.indexOf(']', k);
                if (e < 0) throw Errors.valueError("Missing ']' in format string");
                String key = field.substring(k + 1, e);
                if (key.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                Object kv = isDigits(key) ? (Object) Long.parseLong(key) : key;
                value = Ops.getItem(value, kv);
                k = e + 1;
                if (k < n && field.charAt(k) != '.' && field.charAt(k) != '[')
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** Helper for callers holding kwargs as parallel arrays. */
    static Map<String, Object> kwMap(Object[] args, String[] kwnames) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (kwnames != null) {
            int base = args.length - kwnames.length;
            for (int i = 0; i < kwnames.length; i++) m.put(kwnames[i], args[base + i]);
        }
        return m;
    }
}
