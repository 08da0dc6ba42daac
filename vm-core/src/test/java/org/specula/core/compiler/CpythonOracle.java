package org.specula.core.compiler;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.specula.core.ast.Ast;
import org.specula.core.code.CodeObject;
import org.specula.core.code.ExceptionTableEntry;
import org.specula.core.code.Opcode;
import org.specula.core.runtime.Py;

/**
 * Test helper: runs CPython 3.11 ({@code python3}) once on a batch of snippets and gives back, per
 * snippet, CPython's AST converted to Specula's {@link Ast} records (so the compiler can be tested
 * without Specula's parser), CPython's normalised instruction listings, or its SyntaxError.
 */
final class CpythonOracle {
    private CpythonOracle() {}

    /** What CPython said about one snippet. */
    static final class Result {
        String source;
        Ast.Module ast;
        String parseError;
        /** [msg, lineno, offset, end_lineno, end_offset] when compile() raised SyntaxError. */
        List<Object> error;
        /** One entry per code object, in dis's recursive order. */
        List<Map<String, Object>> codes;
        /** CPython's dis.dis text, normalised (see cpython_oracle.py). */
        String dis;
    }

    static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; assert sys.version_info[:2] == (3, 11)")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Result> run(List<String> sources) throws Exception {
        Path script = Files.createTempFile("oracle", ".py");
        try (InputStream in = CpythonOracle.class.getResourceAsStream("cpython_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("python3", script.toString()).start();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) json.append(',');
            json.append(Json.quote(sources.get(i)));
        }
        json.append(']');
        try (OutputStream os = p.getOutputStream()) {
            os.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (Exception ignored) {
                // ignore
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        t.join();
        Files.deleteIfExists(script);
        if (p.exitValue() != 0) throw new IllegalStateException("oracle failed: " + err);
        List<Object> all = (List<Object>) Json.parse(out);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> m = (Map<String, Object>) all.get(i);
            Result r = new Result();
            r.source = sources.get(i);
            if (m.get("ast") != null) {
                try {
                    r.ast = (Ast.Module) toNode(m.get("ast"), Ast.Module.class);
                } catch (ClassNotFoundException e) {
                    r.parseError = "node type not in Specula's AST: " + e.getMessage();
                }
            }
            r.parseError = (String) m.get("parseError");
            r.error = (List<Object>) m.get("error");
            r.codes = (List<Map<String, Object>>) m.get("codes");
            r.dis = (String) m.get("dis");
            results.add(r);
        }
        return results;
    }

    // ------------------------------------------------------------------ JSON -> Ast

    @SuppressWarnings("unchecked")
    static Object toNode(Object json, Type type) throws Exception {
        if (json == null) return null;
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw == List.class) {
            Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object o : (List<Object>) json) out.add(toNode(o, elem));
            return out;
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<Enum>) raw, (String) json);
        }
        if (raw == String.class) return json;
        if (raw == int.class) return ((Long) json).intValue();
        if (raw == boolean.class) return json instanceof Long l ? l != 0 : json;
        Map<String, Object> m = (Map<String, Object>) json;
        Class<?> cls = Class.forName("org.specula.core.ast.Ast$" + m.get("t"));
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent rc = comps[i];
            types[i] = rc.getType();
            if (rc.getName().equals("pos")) {
                List<Object> p = (List<Object>) m.get("pos");
                args[i] = p == null ? Ast.Pos.NONE
                        : new Ast.Pos(((Long) p.get(0)).intValue(), ((Long) p.get(1)).intValue(),
                        ((Long) p.get(2)).intValue(), ((Long) p.get(3)).intValue());
            } else if (cls == Ast.Constant.class && rc.getName().equals("value")) {
                args[i] = constant((Map<String, Object>) m.get("value"));
            } else if (cls == Ast.FormattedValue.class && rc.getName().equals("conversion")) {
                args[i] = ((Long) m.get("conversion")).intValue();
            } else {
                args[i] = toNode(m.get(rc.getName()), rc.getGenericType());
            }
        }
        Constructor<?> ctor = cls.getDeclaredConstructor(types);
        try {
            return ctor.newInstance(args);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(cls.getSimpleName() + " " + java.util.Arrays.toString(args), e);
        }
    }

    private static Object constant(Map<String, Object> c) {
        String kind = (String) c.get("c");
        return switch (kind) {
            case "None" -> Py.None;
            case "Ellipsis" -> Py.Ellipsis;
            case "bool" -> c.get("v");
            case "int" -> {
                BigInteger b = new BigInteger((String) c.get("v"));
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float" -> Double.parseDouble(((String) c.get("v")).replace("inf", "Infinity"));
            default -> c.get("v");
        };
    }

    // ------------------------------------------------------------------ normalised listings

    static final java.util.Set<String> NUMARG = java.util.Set.of("CALL", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET",
            "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "UNPACK_SEQUENCE", "UNPACK_EX", "COPY", "SWAP",
            "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE",
            "RAISE_VARARGS", "RERAISE", "IS_OP", "CONTAINS_OP", "CALL_FUNCTION_EX", "MAKE_FUNCTION",
            "FORMAT_VALUE", "BUILD_SLICE");

    /** Our listing in the oracle's normalised form: "OPNAME arg argrepr" lines. */
    static List<String> listing(CodeObject co) {
        List<org.specula.core.dis.Dis.Instruction> kept = new ArrayList<>();
        for (org.specula.core.dis.Dis.Instruction in : org.specula.core.dis.Dis.instructions(co)) {
            if (in.opcode() != Opcode.NOP) kept.add(in);
        }
        List<String> out = new ArrayList<>();
        for (org.specula.core.dis.Dis.Instruction in : kept) {
            String rep = in.argrepr();
            if (Opcode.isJump(in.opcode())) rep = "to " + keptIndex(kept, in.arg() * 2);
            else if (in.opcode() == Opcode.LOAD_CONST && co.consts[in.arg()] instanceof CodeObject c) {
                rep = "<code " + c.name + ">";
            }
            String arg = NUMARG.contains(in.opname()) ? Integer.toString(in.arg()) : "";
            out.add(line(in.opname(), arg, rep));
        }
        return out;
    }

    /** Index of the first kept instruction at or after offset (as the oracle script does). */
    static int keptIndex(List<org.specula.core.dis.Dis.Instruction> kept, int offset) {
        for (int k = 0; k < kept.size(); k++) if (kept.get(k).offset() >= offset) return k;
        return kept.size();
    }

    static String line(String op, String arg, String rep) {
        return (op + " " + arg + " " + rep).trim();
    }

    /** Our positions (line, end line, col, end col) per non-NOP instruction. */
    static List<String> positions(CodeObject co) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < co.instructions.length; i++) {
            if (Opcode.opcodeOf(co.instructions[i]) == Opcode.NOP) continue;
            out.add(Opcode.name(Opcode.opcodeOf(co.instructions[i])) + " " + co.positions[4 * i] + ","
                    + co.positions[4 * i + 1] + "," + co.positions[4 * i + 2] + "," + co.positions[4 * i + 3]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> expectedPositions(Map<String, Object> code) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) code.get("instrs")) {
            List<Object> l = (List<Object>) o;
            List<Object> p = (List<Object>) l.get(3);
            out.add(l.get(0) + " " + p.get(0) + "," + p.get(1) + "," + p.get(2) + "," + p.get(3));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> expectedListing(Map<String, Object> code) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) code.get("instrs")) {
            List<Object> l = (List<Object>) o;
            out.add(line((String) l.get(0), (String) l.get(1), (String) l.get(2)));
        }
        return out;
    }

    static List<String> table(CodeObject co) {
        List<org.specula.core.dis.Dis.Instruction> kept = new ArrayList<>();
        for (org.specula.core.dis.Dis.Instruction in : org.specula.core.dis.Dis.instructions(co)) {
            if (in.opcode() != Opcode.NOP) kept.add(in);
        }
        List<String> out = new ArrayList<>();
        for (ExceptionTableEntry e : co.exceptionTable) {
            out.add(keptIndex(kept, e.start() * 2) + " " + keptIndex(kept, e.end() * 2) + " -> "
                    + keptIndex(kept, e.target() * 2) + " [" + e.depth() + "]" + (e.lasti() ? " lasti" : ""));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> expectedTable(Map<String, Object> code) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) code.get("table")) {
            List<Object> l = (List<Object>) o;
            out.add(l.get(0) + " " + l.get(1) + " -> " + l.get(2) + " [" + l.get(3) + "]"
                    + (Boolean.TRUE.equals(l.get(4)) ? " lasti" : ""));
        }
        return out;
    }

    /** All code objects in dis's recursive order. */
    static List<CodeObject> allCodes(CodeObject co) {
        List<CodeObject> acc = new ArrayList<>();
        collect(co, acc);
        return acc;
    }

    private static void collect(CodeObject co, List<CodeObject> acc) {
        acc.add(co);
        for (Object c : co.consts) if (c instanceof CodeObject inner) collect(inner, acc);
    }

    // ------------------------------------------------------------------ a tiny JSON reader

    /** Minimal JSON reader/writer for the oracle's output. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            return v;
        }

        static String quote(String v) {
            StringBuilder sb = new StringBuilder("\"");
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            return sb.append('"').toString();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') return m;
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') return l;
                }
            }
            if (c == '"') return string();
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            String num = s.substring(st, i);
            if (num.contains(".") || num.contains("e") || num.contains("E")) return Double.parseDouble(num);
            return Long.parseLong(num);
        }

        private String string() {
            i++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
