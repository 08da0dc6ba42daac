package org.specula.core.dis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.specula.core.adaptive.Adaptive;
import org.specula.core.code.CodeObject;
import org.specula.core.code.ExceptionTableEntry;
import org.specula.core.code.Opcode;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyTuple;

/**
 * Disassembler producing CPython 3.11's {@code dis.dis} layout (Lib/dis.py): line column, jump
 * target marker, offset (2 per instruction), opname padded to 20, argument right-aligned in 5,
 * then the argument's meaning in parentheses; an {@code ExceptionTable:} section; nested code
 * objects disassembled recursively. Jump arguments are Specula's absolute instruction indices;
 * the "(to N)" text shows the target offset as CPython does.
 *
 * <p>By default the listing shows the instructions as the compiler emitted them, even after the
 * adaptive machinery rewrote some of them. With {@code adaptive} true it shows the current
 * instructions: a specialized site appears under its handler's name
 * ({@code BINARY_OP_MULTIPLY_FLOAT}), with the same argument as the base instruction. As in
 * CPython 3.11 a name longer than the 20-column opname field pushes the argument column right.
 */
public final class Dis {
    private Dis() {}

    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    /** One disassembled instruction, as CPython's {@code dis.Instruction} (the fields Specula has). */
    public record Instruction(int offset, int opcode, String opname, int arg, String argrepr, Integer startsLine,
                              int line, boolean isJumpTarget) {
        /** True when the instruction has an argument (dis prints it). */
        public boolean hasArg() {
            return Opcode.hasArg(opcode);
        }
    }

    /**
     * The listing of one code object, then (like dis.dis on a module or function) of every code
     * object in its constants, each preceded by "Disassembly of &lt;code object ...&gt;:".
     */
    public static String dis(CodeObject code) {
        return dis(code, false, -1);
    }

    /**
     * As {@link #dis(CodeObject)}, showing the current (possibly specialized) instructions when
     * {@code adaptive}, and descending at most {@code depth} levels into nested code objects
     * (negative: no limit), as CPython's {@code dis.dis(x, depth=..., adaptive=...)}.
     */
    public static String dis(CodeObject code, boolean adaptive, int depth) {
        StringBuilder sb = new StringBuilder();
        disRecursive(code, adaptive, depth, sb);
        return sb.toString();
    }

    private static void disRecursive(CodeObject code, boolean adaptive, int depth, StringBuilder sb) {
        disassemble(code, adaptive, sb);
        if (depth == 0) return;
        for (Object c : code.consts) {
            if (c instanceof CodeObject inner) {
                sb.append('\n');
                sb.append("Disassembly of ").append(codeRepr(inner)).append(":\n");
                disRecursive(inner, adaptive, depth < 0 ? depth : depth - 1, sb);
            }
        }
    }

    /** The listing of this code object only (dis.disassemble). */
    public static String disassemble(CodeObject code) {
        return disassemble(code, false);
    }

    /** The listing of this code object only, current instructions when {@code adaptive}. */
    public static String disassemble(CodeObject code, boolean adaptive) {
        StringBuilder sb = new StringBuilder();
        disassemble(code, adaptive, sb);
        return sb.toString();
    }

    private static void disassemble(CodeObject code, boolean adaptive, StringBuilder sb) {
        List<Instruction> instrs = instructions(code, adaptive);
        int maxLine = -1;
        boolean showLineno = false;
        for (Instruction in : instrs) {
            if (in.startsLine() != null) {
                showLineno = true;
                maxLine = Math.max(maxLine, in.startsLine());
            }
        }
        int linenoWidth = showLineno ? (maxLine >= 1000 ? Integer.toString(maxLine).length() : 3) : 0;
        int maxOffset = code.instructions.length * 2 - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        for (Instruction in : instrs) {
            if (showLineno && in.startsLine() != null && in.offset() > 0) sb.append('\n');
            sb.append(format(in, linenoWidth, offsetWidth)).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : code.exceptionTable) {
                sb.append("  ").append(e.start() * 2).append(" to ").append(e.end() * 2 - 2).append(" -> ")
                        .append(e.target() * 2).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String format(Instruction in, int linenoWidth, int offsetWidth) {
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            fields.add(in.startsLine() != null ? pad(Integer.toString(in.startsLine()), linenoWidth, true)
                    : " ".repeat(linenoWidth));
        }
        fields.add("   ");
        fields.add(in.isJumpTarget() ? ">>" : "  ");
        fields.add(pad(Integer.toString(in.offset()), offsetWidth, true));
        fields.add(pad(in.opname(), OPNAME_WIDTH, false));
        if (in.hasArg()) {
            fields.add(pad(Integer.toString(in.arg()), OPARG_WIDTH, true));
            if (!in.argrepr().isEmpty()) fields.add("(" + in.argrepr() + ")");
        }
        String s = String.join(" ", fields);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) return s;
        String sp = " ".repeat(width - s.length());
        return right ? sp + s : s + sp;
    }

    /** Structured instructions as the compiler emitted them (dis.get_instructions). */
    public static List<Instruction> instructions(CodeObject code) {
        return instructions(code, false);
    }

    /**
     * Structured instructions ({@code dis.get_instructions(x, adaptive=...)}). When
     * {@code adaptive}, a specialized instruction keeps its specialized opcode and is named after
     * its handler; otherwise every opcode is the one the compiler emitted.
     */
    public static List<Instruction> instructions(CodeObject code, boolean adaptive) {
        int[] ins = code.instructions.clone(); // one consistent view while other threads specialize
        Set<Integer> labels = new HashSet<>();
        for (int w : ins) {
            int op = Opcode.opcodeOf(w);
            if (Opcode.isJump(op)) labels.add(Opcode.argOf(w));
        }
        for (ExceptionTableEntry e : code.exceptionTable) labels.add(e.target());
        List<Instruction> out = new ArrayList<>(ins.length);
        int lastLine = Integer.MIN_VALUE;
        for (int i = 0; i < ins.length; i++) {
            int op = Opcode.opcodeOf(ins[i]);
            int arg = Opcode.argOf(ins[i]);
            String name;
            if (op < Opcode.FIRST_SPECIALIZED) {
                name = Opcode.name(op);
            } else if (adaptive) {
                String h = code.sites[i] == null ? null : Adaptive.specializedName(code.sites[i]);
                name = h != null ? h : Opcode.name(Opcode.deopt(op));
                // the fused compare-and-jump form, named as CPython 3.11 names it (COMPARE_OP_INT_JUMP)
                if (h != null && op == Opcode.COMPARE_OP_JUMP_SPECIALIZED && !h.endsWith("_JUMP")) name = h + "_JUMP";
            } else {
                op = Opcode.deopt(op);
                name = Opcode.name(op);
            }
            int line = code.lineOf(i);
            Integer starts = null;
            if (line >= 0 && line != lastLine) {
                starts = line;
                lastLine = line;
            }
            out.add(new Instruction(2 * i, op, name, Opcode.hasArg(op) ? arg : -1,
                    argrepr(code, Opcode.deopt(op), arg), starts, line, labels.contains(i)));
        }
        return out;
    }

    private static String argrepr(CodeObject code, int op, int arg) {
        switch (Opcode.argKind(op)) {
            case CONST:
                if (op == Opcode.KW_NAMES) return ""; // 3.11's dis shows no argrepr for KW_NAMES
                return arg < code.consts.length ? repr(code.consts[arg]) : "";
            case NAME:
                return arg < code.names.length ? code.names[arg] : "";
            case GLOBAL: {
                int idx = arg >> 1;
                String n = idx < code.names.length ? code.names[idx] : "";
                return (arg & 1) != 0 && !n.isEmpty() ? "NULL + " + n : n;
            }
            case LOCAL:
                return arg < code.varnames.length ? code.varnames[arg] : "";
            case FREE:
                if (arg < code.cellvars.length) return code.cellvars[arg];
                arg -= code.cellvars.length;
                return arg < code.freevars.length ? code.freevars[arg] : "";
            case JUMP:
                return "to " + (2 * arg);
            case COMPARE:
                return arg < Opcode.CMP_SYMBOLS.length ? Opcode.CMP_SYMBOLS[arg] : "";
            case BINOP:
                return arg < Opcode.NB_SYMBOLS.length ? Opcode.NB_SYMBOLS[arg] : "";
            case FORMAT: {
                String r = switch (arg & 3) {
                    case 1 -> "str";
                    case 2 -> "repr";
                    case 3 -> "ascii";
                    default -> "";
                };
                if ((arg & 4) != 0) r = r.isEmpty() ? "with format" : r + ", with format";
                return r;
            }
            default:
                if (op == Opcode.MAKE_FUNCTION) {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < 4; i++) if ((arg & (1 << i)) != 0) parts.add(MAKE_FUNCTION_FLAGS[i]);
                    return String.join(", ", parts);
                }
                return "";
        }
    }

    /** A stable fake address for a code object, as "0x7f..." in CPython's reprs. */
    public static String address(Object o) {
        long h = System.identityHashCode(o) & 0xffffffffL;
        return "0x" + Long.toHexString(0x7f0000000000L + h * 16);
    }

    /** CPython's repr of a code object. */
    public static String codeRepr(CodeObject c) {
        return "<code object " + c.name + " at " + address(c) + ", file \"" + c.filename + "\", line "
                + c.firstlineno + ">";
    }

    /** repr() of a constant; delegates to Ops.repr for values it does not know. */
    public static String repr(Object v) {
        if (v instanceof Long || v instanceof BigInteger) return v.toString();
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v == Py.None) return "None";
        if (v == Py.Ellipsis) return "Ellipsis";
        if (v instanceof String s) return strRepr(s);
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof CodeObject c) return codeRepr(c);
        if (v instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.items[i]));
            }
            if (t.items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        try {
            return Ops.repr(v);
        } catch (UnsupportedOperationException e) {
            return String.valueOf(v);
        }
    }

    /** Python's repr of a str (quote choice and escapes as CPython). */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c >= 0x80 && !isPrintable(c)) {
                if (c <= 0xff) sb.append(String.format("\\x%02x", c));
                else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
                else sb.append(String.format("\\U%08x", c));
            } else sb.appendCodePoint(c);
        }
        return sb.append(q).toString();
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    /** Python's repr of a float (shortest round-trip digits, CPython's exponent rules). */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1;
        if (exp >= -5 + 1 && exp < 16) {
            String plain = bd.toPlainString();
            if (plain.indexOf('.') < 0) plain += ".0";
            return sign + plain;
        }
        String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        String es = Integer.toString(Math.abs(exp));
        if (es.length() < 2) es = "0" + es;
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + es;
    }
}
