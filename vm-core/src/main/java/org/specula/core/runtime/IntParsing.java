package org.specula.core.runtime;

import java.math.BigInteger;

/** int(str, base) and float(str) parsing with CPython's accepted syntax and error messages. */
public final class IntParsing {
    private IntParsing() {}

    /** Python's str.isspace() for one code point. */
    static boolean isSpace(int c) {
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0B: case '\f': case '\r':
            case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x85: case 0xA0:
                return true;
            default:
                if (c < 0x1680) return false;
                return Character.isSpaceChar(c) && c != 0x200B || c == 0x2028 || c == 0x2029;
        }
    }

    static String stripSpace(String s) {
        int i = 0, j = s.length();
        while (i < j && isSpace(s.charAt(i))) i++;
        while (j > i && isSpace(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    /**
     * Decimal digits outside the BMP (e.g. MATHEMATICAL DOUBLE-STRUCK DIGIT ONE) become ASCII digits and other
     * supplementary characters become '?', as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII does; the
     * BMP characters are handled by the parsers themselves. Error messages still quote the original string.
     */
    static String supplementaryDigits(String s) {
        int n = s.length(), k = 0;
        while (k < n && !Character.isSurrogate(s.charAt(k))) k++;
        if (k == n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, k);
        while (k < n) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (c < 0x10000) sb.append((char) c);
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) sb.append((char) ('0' + Character.digit(c, 10)));
            else sb.append('?');
        }
        return sb.toString();
    }

    static PyException invalidInt(String s, int base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + StrMethods.repr(s));
    }

    /** int(s, base), base 0 or 2..36. */
    public static Object parseInt(String s, int base) {
        String t = stripSpace(supplementaryDigits(s));
        int i = 0, n = t.length();
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                // an underscore may follow the prefix
                if (i < n && t.charAt(i) == '_') i++;
                if (i >= n) throw invalidInt(s, base);
            }
        }
        boolean base0Decimal = false;
        if (b == 0) {
            b = 10;
            base0Decimal = true;
        }
        // validate digits and underscores
        int start = i;
        if (start >= n) throw invalidInt(s, base);
        StringBuilder digits = null;
        int count = 0;
        boolean allZero = true;
        for (int k = start; k < n; k++) {
            char c = t.charAt(k);
            if (c == '_') {
                if (k == start || k + 1 >= n || t.charAt(k + 1) == '_') throw invalidInt(s, base);
                if (digits == null) digits = new StringBuilder(t.substring(start, k));
                continue;
            }
            int d = digitValue(c, b);
            if (d < 0) throw invalidInt(s, base);
            if (d != 0) allZero = false;
            count++;
            if (digits != null) digits.append(c);
        }
        if (base0Decimal && !allZero && t.charAt(start) == '0') throw invalidInt(s, base);
        String ds = digits != null ? digits.toString() : t.substring(start);
        if ((b & (b - 1)) != 0 && count > Numbers.MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (" + Numbers.MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                    + count + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (count <= 18 && b == 10 || count <= 12) {
            long v = 0;
            for (int k = 0; k < ds.length(); k++) v = v * b + digitValue(ds.charAt(k), b);
            return neg ? -v : v;
        }
        BigInteger v = new BigInteger(normalizeDigits(ds, b), b);
        return Numbers.normalize(neg ? v.negate() : v);
    }

    /** A digit in base b: ASCII digits and letters, or any Unicode decimal digit (Nd) as Python accepts. */
    static int digitValue(char c, int b) {
        if (c < 128) return Character.digit(c, b);
        if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) return -1;
        int d = Character.digit(c, 10);
        return d < b ? d : -1;
    }

    /** Maps non-ASCII Unicode digits to ASCII for BigInteger. */
    private static String normalizeDigits(String ds, int b) {
        for (int k = 0; k < ds.length(); k++) {
            if (ds.charAt(k) >= 128) {
                StringBuilder sb = new StringBuilder(ds.length());
                for (int j = 0; j < ds.length(); j++) sb.append(Character.forDigit(digitValue(ds.charAt(j), b), b));
                return sb.toString();
            }
        }
        return ds;
    }

    /** float(s) with CPython's syntax: decimal literals with underscores, inf, infinity, nan. */
    public static double parseFloat(String s) {
        String t = stripSpace(supplementaryDigits(s));
        int n = t.length();
        int i = 0;
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity"))
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equalsIgnoreCase("nan")) return neg ? -Double.NaN : Double.NaN;
        StringBuilder sb = new StringBuilder(n + 1);
        if (neg) sb.append('-');
        int k = i;
        int intDigits = scanDigits(t, k, sb);
        if (intDigits < 0) throw badFloat(s);
        k += intDigits;
        int fracDigits = 0;
        if (k < n && t.charAt(k) == '.') {
            sb.append('.');
            k++;
            fracDigits = scanDigits(t, k, sb);
            if (fracDigits < 0) throw badFloat(s);
            k += fracDigits;
        }
        if (countDigits(sb) == 0) throw badFloat(s);
        if (k < n && (t.charAt(k) == 'e' || t.charAt(k) == 'E')) {
            sb.append('e');
            k++;
            if (k < n && (t.charAt(k) == '+' || t.charAt(k) == '-')) sb.append(t.charAt(k++));
            int e = scanDigits(t, k, sb);
            if (e <= 0) throw badFloat(s);
            k += e;
        }
        if (k != n) throw badFloat(s);
        return Double.parseDouble(sb.toString());
    }

    private static int countDigits(StringBuilder sb) {
        int c = 0;
        for (int i = 0; i < sb.length(); i++) if (sb.charAt(i) >= '0' && sb.charAt(i) <= '9') c++;
        return c;
    }

    /** Scans digits with single underscores between them, appending ASCII digits; returns chars consumed or -1. */
    private static int scanDigits(String t, int k, StringBuilder out) {
        int start = k, n = t.length();
        while (k < n) {
            char c = t.charAt(k);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                out.append((char) ('0' + d));
                k++;
            } else if (c == '_') {
                if (k == start || k + 1 >= n || Character.digit(t.charAt(k + 1), 10) < 0) return -1;
                k++;
            } else {
                break;
            }
        }
        return k - start;
    }

    static PyException badFloat(String s) {
        return Errors.valueError("could not convert string to float: " + StrMethods.repr(s));
    }
}
