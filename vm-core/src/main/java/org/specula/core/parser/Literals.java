package org.specula.core.parser;

import java.math.BigInteger;

/** Decoding of number and string literal token text into runtime values. */
final class Literals {
    private Literals() {}

    /** The value of a NUMBER token (already validated by the tokenizer): Long, BigInteger or Double. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = (char) (s.charAt(1) | 0x20);
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) return integer(s.substring(2), radix);
        }
        boolean isFloat = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                break;
            }
        }
        if (isFloat) return Double.parseDouble(s);
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int maxDigits = radix == 16 ? 15 : radix == 10 ? 18 : radix == 8 ? 20 : 62;
        if (digits.length() <= maxDigits) return Long.parseLong(digits, radix);
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Length of the prefix (letters before the first quote) of a string token. */
    static int prefixLength(String text) {
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') i++;
        return i;
    }

    /** Thrown by {@link #decodeEscapes} for a malformed escape; index is the code-unit index of the backslash. */
    static final class BadEscape extends Exception {
        final String msg;
        BadEscape(String msg) {
            super(msg, null, false, false);
            this.msg = msg;
        }
    }

    /** Decodes backslash escapes as Python's unicode-escape codec (invalid escapes are kept). */
    static String decodeEscapes(String s) throws BadEscape {
        int bs = s.indexOf('\\');
        if (bs < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                sb.append('\\');
                break;
            }
            char d = s.charAt(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int len = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < len; k++) {
                        int h = i + k < n ? Character.digit(s.charAt(i + k), 16) : -1;
                        if (h < 0) {
                            throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                    + start + "-" + (i + k - 1) + ": truncated \\" + (d == 'x' ? "xXX" : d == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                        }
                        v = v * 16 + h;
                    }
                    i += len;
                    if (v > 0x10FFFF) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (i - 1) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(s.substring(i + 1, close));
                        } catch (IllegalArgumentException e) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (close < 0 ? i - 1 : close) + ": "
                                + (close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"));
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.append('\\');
                    sb.append(d);
                }
            }
        }
        return sb.toString();
    }
}
