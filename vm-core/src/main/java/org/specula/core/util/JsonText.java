package org.specula.core.util;

import java.util.Locale;

/**
 * JSON string literals, for the documents Specula writes itself (the statistics of
 * {@code -X stats-json}, the benchmark results): RFC 8259 escaping, non-ASCII kept as is (the
 * documents are UTF-8), lone surrogates escaped so the text stays valid.
 */
public final class JsonText {
    private JsonText() {}

    /** A JSON string literal (RFC 8259 escaping; non-ASCII kept as is, the document is UTF-8). */
    public static String quote(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** True when the surrogate at i is half of a well-formed pair (a lone one is escaped). */
    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
