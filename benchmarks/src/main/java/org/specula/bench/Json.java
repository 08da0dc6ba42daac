package org.specula.bench;

import org.specula.core.util.JsonText;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for the results file: maps (keys in iteration order), collections,
 * strings, numbers (NaN and infinities as null), booleans and null, indented two spaces.
 */
public final class Json {
    private Json() {
    }

    /** The JSON text of value. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) sb.append("null");
            else if (d == Math.rint(d) && Math.abs(d) < 1e15) sb.append((long) d).append(".0");
            else sb.append(d);
        } else if (v instanceof Number n) {
            sb.append(n);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { sb.append("{}"); return; }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pad(sb, indent + 1);
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            if (c.isEmpty()) { sb.append("[]"); return; }
            boolean flat = c.stream().allMatch(x -> x == null || x instanceof Number || x instanceof Boolean);
            sb.append(flat ? "[" : "[\n");
            int i = 0;
            for (Object x : c) {
                if (!flat) pad(sb, indent + 1);
                write(sb, x, indent + 1);
                if (++i < c.size()) sb.append(flat ? ", " : ",\n");
            }
            if (!flat) { sb.append('\n'); pad(sb, indent); }
            sb.append(']');
        } else {
            quote(sb, v.toString());
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    /** Appends s as a JSON string literal. */
    static void quote(StringBuilder sb, String s) {
        sb.append(JsonText.quote(s));
    }
}
