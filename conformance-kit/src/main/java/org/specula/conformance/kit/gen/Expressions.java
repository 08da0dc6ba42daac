package org.specula.conformance.kit.gen;

import org.specula.conformance.kit.Choices;

import java.util.ArrayList;
import java.util.List;

/**
 * Random expressions and conditions over a function's variables, for the arithmetic functions.
 *
 * <p>Growth is bounded by construction: {@code *} only multiplies leaves drawn from the operand
 * parameters, small loop counters and small int literals (so a sequence is only ever repeated a
 * small number of times, or by a count of at least 2**63, which raises OverflowError at once),
 * {@code **} only squares a leaf, and the accumulator {@code acc} never appears inside an
 * expression (only in conditions), so it grows at most linearly per statement.
 */
final class Expressions {
    private static final String[] SMALL_INTS = {"1", "2", "3", "0", "-1", "5", "7", "10"};
    private static final String[] LITERALS = {"0.5", "'a'", "2.0", "-0.0", "2 ** 63 - 1", "2 ** 64", "-2 ** 63",
            "1e308", "float('inf')", "float('nan')", "True", "None", "10 ** 20", "float('-inf')", "-2 ** 63 - 1"};
    private static final String[] ARITH = {"+", "-", "/", "//", "%", "&", "|", "^"};
    private static final String[] COMPARE = {"<", "==", "!=", "<=", ">", ">="};
    private static final String[] UNARY = {"-", "abs", "str", "int", "float", "len", "bool", "not"};

    private final Choices c;
    /** Variables the expressions may read (operands and loop variables). */
    private final List<String> vars = new ArrayList<>();
    /** Variables that are small ints or function operands, allowed as factors of {@code *}. */
    private final List<String> factors = new ArrayList<>();
    private boolean accInConditions;

    Expressions(Choices c) {
        this.c = c;
    }

    /** Makes a variable readable; {@code factor}: it may be multiplied. */
    void add(String name, boolean factor) {
        vars.add(name);
        if (factor) factors.add(name);
    }

    void remove(String name) {
        vars.remove(name);
        factors.remove(name);
    }

    void accInConditions(boolean on) {
        accInConditions = on;
    }

    String var() {
        return vars.get(c.below(vars.size()));
    }

    String smallInt() {
        return SMALL_INTS[c.below(SMALL_INTS.length)];
    }

    private String factor() {
        int k = c.below(factors.size() + 1);
        return k < factors.size() ? factors.get(k) : smallInt();
    }

    /** An expression of nesting depth at most {@code depth}. */
    String expr(int depth) {
        int k = c.below(depth <= 0 ? 3 : 17);
        switch (k) {
            case 0: return var();
            case 1: return smallInt();
            case 2: return LITERALS[c.below(LITERALS.length)];
            case 3: return bin(expr(depth - 1), "+", expr(depth - 1));
            case 4: return bin(expr(depth - 1), "-", expr(depth - 1));
            case 5: return factor() + " * " + factor();
            case 6: return bin(expr(depth - 1), ARITH[c.below(ARITH.length)], expr(depth - 1));
            case 7: return factor() + " ** 2";
            case 8: {
                String op = UNARY[c.below(UNARY.length)];
                String e = expr(depth - 1);
                if (op.equals("-")) return "-" + (e.startsWith("-") || e.contains(" ") ? "(" + e + ")" : e);
                if (op.equals("not")) return "not " + paren(e);
                if (op.equals("len")) return "len(" + var() + ")";
                return op + "(" + e + ")";
            }
            case 9: return var() + "[" + new String[]{"0", "-1", "1", "5", "-4"}[c.below(5)] + "]";
            case 10: return cond(depth - 1);
            case 11: return paren(expr(depth - 1)) + " if " + paren(cond(depth - 1)) + " else " + paren(expr(depth - 1));
            case 12: return (c.below(2) == 0 ? "min(" : "max(") + expr(depth - 1) + ", " + expr(depth - 1) + ")";
            case 13: return "f\"{" + expr(0) + "}:{" + var() + "!r}\"";
            case 14: return var() + "[" + var() + "]";
            case 15: return bin(expr(depth - 1), new String[]{"/", "//", "%"}[c.below(3)], expr(depth - 1));
            default: return "[" + expr(depth - 1) + ", " + expr(depth - 1) + "][" + new String[]{"0", "-1", "2"}[c.below(3)] + "]";
        }
    }

    /** A condition of nesting depth at most {@code depth}. */
    String cond(int depth) {
        int k = c.below(depth <= 0 ? 3 : 8);
        switch (k) {
            case 0: return bin(expr(depth - 1), COMPARE[c.below(COMPARE.length)], expr(depth - 1));
            case 1: return var();
            case 2: {
                String v = var();
                return switch (c.below(7)) {
                    case 0 -> v + " in [1, 'a', 2.5]";
                    case 1 -> v + " not in 'abc'";
                    case 2 -> v + " in {1: 'x', 'a': 2}";
                    case 3 -> v + " not in (0, 2 ** 64)";
                    case 4 -> v + " in {1, 'a', 2.5, (0, 1)}";
                    case 5 -> v + " not in frozenset((0, 'b', 2 ** 64))";
                    default -> "'a' in " + var();
                };
            }
            case 3: return "isinstance(" + var() + ", " + new String[]{"int", "float", "str", "bool", "list"}[c.below(5)] + ")";
            case 4: return "not " + paren(cond(depth - 1));
            case 5: return paren(cond(depth - 1)) + (c.below(2) == 0 ? " and " : " or ") + paren(cond(depth - 1));
            case 6: return accInConditions ? bin("acc", COMPARE[c.below(COMPARE.length)], expr(depth - 1)) : var();
            default: return "len(" + var() + ") " + COMPARE[c.below(COMPARE.length)] + " " + smallInt();
        }
    }

    private static String bin(String a, String op, String b) {
        return paren(a) + " " + op + " " + paren(b);
    }

    /** Parenthesizes a compound expression (any with a space in it). */
    static String paren(String e) {
        return e.contains(" ") ? "(" + e + ")" : e;
    }
}
