package org.specula.core.runtime;

import java.math.BigInteger;

/** The format-spec mini-language (format(), str.format, f-strings) for built-in types. */
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    static final class Spec {
        int fill = ' ';
        boolean fillGiven;
        char align;
        char sign;
        boolean z, alt;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    static Spec parse(String s, String typeName) {
        return parse(s, typeName, (char) 0);
    }

    static Spec parse(String s, String typeName, char defaultType) {
        Spec sp = new Spec();
        int n = s.length(), i = 0;
        int c0 = n > 0 ? s.codePointAt(0) : -1;
        int c0len = c0 >= 0 ? Character.charCount(c0) : 0;
        if (n > c0len && isAlign(s.charAt(c0len))) {
            sp.fill = c0;
            sp.fillGiven = true;
            sp.align = s.charAt(c0len);
            i = c0len + 1;
        } else if (n > 0 && isAlign(s.charAt(0))) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') { sp.z = true; i++; }
        if (i < n && s.charAt(i) == '#') { sp.alt = true; i++; }
        if (i < n && s.charAt(i) == '0') {
            if (!sp.fillGiven) { sp.fill = '0'; }
            if (sp.align == 0) sp.align = '=';
            i++;
        }
        int start = i;
        long w = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            w = w * 10 + (s.charAt(i) - '0');
            if (w > Integer.MAX_VALUE) throw Errors.valueError("Too many decimal digits in format string");
            i++;
        }
        if (i > start) sp.width = (int) w;
        if (i < n && s.charAt(i) == ',') { sp.grouping = ','; i++; }
        if (i < n && s.charAt(i) == '_') {
            if (sp.grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            sp.grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',') {
            if (sp.grouping == '_') throw Errors.valueError("Cannot specify both ',' and '_'.");
            throw Errors.valueError("Cannot specify ',' with ','.");
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            long p = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                p = p * 10 + (s.charAt(i) - '0');
                if (p > Integer.MAX_VALUE) throw Errors.valueError("Too many decimal digits in format string");
                i++;
            }
            if (i == start) throw Errors.valueError("Format specifier missing precision");
            sp.precision = (int) p;
        }
        if (n - i > 1 || (n - i == 1 && Character.isHighSurrogate(s.charAt(i)))) {
            throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (i < n) sp.type = s.charAt(i);
        if (sp.grouping != 0) {
            switch (sp.type == 0 ? defaultType : sp.type) {
                case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (sp.grouping == '_') break;
                    // fall through
                default:
                    throw Errors.valueError("Cannot specify '" + sp.grouping + "' with '" + (sp.type == 0 ? defaultType : sp.type) + "'.");
            }
        }
        return sp;
    }

    /** format(value, spec) for int, float, bool, str and other built-in values. */
    public static String format(Object value, String spec) {
        return format(value, spec, null);
    }

    /**
     * format(value, spec) where errors name the type shownType (the subclass of int, float or str
     * whose built-in value is being formatted), or value's own type when shownType is null.
     */
    static String format(Object value, String spec, String shownType) {
        if (value instanceof String) return formatStr((String) value, spec, shownType == null ? "str" : shownType);
        if (value instanceof Boolean) {
            if (spec.isEmpty()) return ((Boolean) value) ? "True" : "False";
            return formatInt(Numbers.unbool(value), spec, "bool");
        }
        if (value instanceof Long || value instanceof BigInteger) {
            if (spec.isEmpty()) return Numbers.repr(value);
            return formatInt(value, spec, shownType == null ? "int" : shownType);
        }
        if (value instanceof Double) {
            if (spec.isEmpty()) return FloatRepr.repr((Double) value);
            return formatFloat((Double) value, spec, shownType == null ? "float" : shownType);
        }
        if (spec.isEmpty()) return Ops.str(value);
        throw Errors.typeError("unsupported format string passed to " + Numbers.typeName(value) + ".__format__");
    }

    // ------------------------------------------------------------------------------------ str

    public static String formatStr(String v, String spec) {
        return formatStr(v, spec, "str");
    }

    private static String formatStr(String v, String spec, String typeName) {
        if (spec.isEmpty()) return v;
        Spec sp = parse(spec, typeName, 's');
        if (sp.type != 0 && sp.type != 's')
            throw Errors.valueError("Unknown format code '" + codeText(sp.type) + "' for object of type '" + typeName + "'");
        if (sp.sign == ' ') throw Errors.valueError("Space not allowed in string format specifier");
        if (sp.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (sp.z) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (sp.alt) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (sp.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        String s = v;
        int len = s.codePointCount(0, s.length());
        if (sp.precision >= 0 && len > sp.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
            len = sp.precision;
        }
        return pad(s, len, sp, '<');
    }

    /** Pads s (len code points) to the spec's width. */
    private static String pad(String s, int len, Spec sp, char defaultAlign) {
        if (sp.width <= len) return s;
        int total = sp.width - len;
        char align = sp.align == 0 ? defaultAlign : sp.align;
        int left;
        if (align == '>') left = total;
        else if (align == '^') left = total / 2;
        else left = 0;
        StringBuilder sb = new StringBuilder(s.length() + total);
        appendFill(sb, sp.fill, left);
        sb.append(s);
        appendFill(sb, sp.fill, total - left);
        return sb.toString();
    }

    private static void appendFill(StringBuilder sb, int fill, int n) {
        for (int i = 0; i < n; i++) sb.appendCodePoint(fill);
    }

    // ------------------------------------------------------------------------------------ numbers

    public static String formatInt(Object value, String spec, String typeName) {
        Spec sp = parse(spec, typeName);
        char t = sp.type == 0 ? 'd' : sp.type;
        switch (t) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloatSpec(Numbers.intToDouble(value), sp);
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            default:
                throw Errors.valueError("Unknown format code '" + codeText(t) + "' for object of type '" + typeName + "'");
        }
        if (sp.precision >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (sp.z) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        BigInteger bv = null;
        long lv = 0;
        boolean isLong = value instanceof Long;
        if (isLong) lv = (Long) value; else bv = (BigInteger) value;
        boolean neg = isLong ? lv < 0 : bv.signum() < 0;
        if (t == 'c') {
            if (sp.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (sp.alt) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!isLong) throw Errors.overflowError("Python int too large to convert to C long");
            if (lv < 0 || lv > 0x10FFFF) throw Errors.of(Errors.OverflowError, "%c arg not in range(0x110000)");
            String s = new String(Character.toChars((int) lv));
            return padNumber("", "", s, sp);
        }
        String digits;
        String prefix = "";
        int radix = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
        if (isLong) {
            digits = lv == Long.MIN_VALUE ? BigInteger.valueOf(lv).negate().toString(radix) : Long.toString(Math.abs(lv), radix);
        } else {
            digits = radix == 10 ? Numbers.bigToString(bv.abs()) : bv.abs().toString(radix);
        }
        if (t == 'X') digits = digits.toUpperCase();
        if (sp.alt && radix != 10) prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        int groupSize = radix == 10 ? 3 : 4;
        return assemble(sign, prefix, digits, "", sp, groupSize);
    }

    /** Combines sign, prefix, integer digits (to group) and the rest, then pads. */
    private static String assemble(String sign, String prefix, String intDigits, String rest, Spec sp, int groupSize) {
        boolean zeroPad = sp.fill == '0' && sp.align == '=' && sp.width > 0;
        String body;
        if (sp.grouping != 0) {
            int minLen = zeroPad ? sp.width - sign.length() - prefix.length() - rest.length() : 0;
            body = group(intDigits, sp.grouping, groupSize, minLen);
        } else if (zeroPad) {
            int minLen = sp.width - sign.length() - prefix.length() - rest.length();
            StringBuilder sb = new StringBuilder();
            for (int i = intDigits.length(); i < minLen; i++) sb.append('0');
            body = sb.append(intDigits).toString();
        } else {
            body = intDigits;
        }
        return padNumber(sign, prefix, body + rest, sp);
    }

    private static String padNumber(String sign, String prefix, String body, Spec sp) {
        int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        if (sp.width <= len) return sign + prefix + body;
        char align = sp.align == 0 ? '>' : sp.align;
        if (align == '=') {
            StringBuilder sb = new StringBuilder(sp.width + 2);
            sb.append(sign).append(prefix);
            appendFill(sb, sp.fill, sp.width - len);
            return sb.append(body).toString();
        }
        Spec p = sp;
        if (align != sp.align) {
            p = new Spec();
            p.fill = sp.fill;
            p.width = sp.width;
            p.align = align;
        }
        return pad(sign + prefix + body, len, p, '>');
    }

    /** Inserts separators every size digits from the right, zero-padding to at least minLen chars. */
    static String group(String digits, char sep, int size, int minLen) {
        int k = digits.length();
        while (k + (k - 1) / size < minLen) k++;
        StringBuilder sb = new StringBuilder(k + k / size);
        int pad = k - digits.length();
        for (int i = 0; i < k; i++) {
            if (i > 0 && (k - i) % size == 0) sb.append(sep);
            sb.append(i < pad ? '0' : digits.charAt(i - pad));
        }
        return sb.toString();
    }

    public static String formatFloat(double v, String spec, String typeName) {
        Spec sp = parse(spec, typeName);
        switch (sp.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
                break;
            default:
                throw Errors.valueError("Unknown format code '" + codeText(sp.type) + "' for object of type '" + typeName + "'");
        }
        return formatFloatSpec(v, sp);
    }

    private static String formatFloatSpec(double v, Spec sp) {
        char t = sp.type;
        int precision = sp.precision;
        boolean addDot0 = false;
        if (t == 0) {
            addDot0 = true;
            t = precision < 0 ? 'r' : 'g';
        } else if (t == 'n') {
            t = 'g';
        }
        if (precision < 0) precision = 6;
        String rest = "";
        double x = v;
        if (t == '%') {
            x = v * 100;
            t = 'f';
            rest = "%";
        }
        boolean neg = (Double.doubleToRawLongBits(x) < 0) && x == x;
        String body = FloatRepr.formatAbs(x, t, precision, sp.alt, addDot0);
        if (sp.z && neg && isAllZero(body)) neg = false;
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        // split the integer part (to group) from the rest
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
        if (end == 0) { // inf / nan: never grouped
            if (sp.grouping != 0) {
                Spec p = copy(sp);
                p.grouping = 0;
                return assemble(sign, "", "", body + rest, p, 3);
            }
            return assemble(sign, "", "", body + rest, sp, 3);
        }
        return assemble(sign, "", body.substring(0, end), body.substring(end) + rest, sp, 3);
    }

    private static Spec copy(Spec s) {
        Spec p = new Spec();
        p.fill = s.fill; p.fillGiven = s.fillGiven; p.align = s.align; p.sign = s.sign; p.z = s.z; p.alt = s.alt;
        p.width = s.width; p.grouping = s.grouping; p.precision = s.precision; p.type = s.type;
        return p;
    }

    private static boolean isAllZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
            if (c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;
        }
        return true;
    }

    /** As CPython's unknown_presentation_type: printable ASCII as itself, anything else as \xNN. */
    private static String codeText(int c) {
        return c > 32 && c < 128 ? String.valueOf((char) c) : "\\x" + Integer.toHexString(c);
    }
}
