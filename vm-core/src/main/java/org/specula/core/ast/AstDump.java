package org.specula.core.ast;

import org.specula.core.ast.Ast.*;
import org.specula.core.runtime.Py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders an AST exactly as CPython 3.11's {@code ast.dump(tree, include_attributes=True)} does
 * (for the nodes Specula has), so that trees can be compared with CPython's in tests.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {}

    /** The {@code ast.dump(node, include_attributes=True)} text of a node. */
    public static String dump(Node node) {
        AstDump d = new AstDump();
        d.node(node);
        return d.sb.toString();
    }

    // ------------------------------------------------------------------ building blocks

    private boolean first;

    private void open(String name) {
        sb.append(name).append('(');
        first = true;
    }

    private void key(String name) {
        if (!first) sb.append(", ");
        first = false;
        sb.append(name).append('=');
    }

    private void field(String name, Object value) {
        if (value == null) return; // optional fields that are None are left out
        key(name);
        boolean saved = first;
        value(value);
        first = saved;
    }

    private void list(String name, List<?> values) {
        key(name);
        boolean saved = first;
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(", ");
            Object v = values.get(i);
            if (v == null) sb.append("None");
            else value(v);
        }
        sb.append(']');
        first = saved;
    }

    private void raw(String name, String text) {
        key(name);
        sb.append(text);
    }

    private void close(Pos pos) {
        if (pos != null) {
            raw("lineno", Integer.toString(pos.line()));
            raw("col_offset", Integer.toString(pos.col()));
            raw("end_lineno", Integer.toString(pos.endLine()));
            raw("end_col_offset", Integer.toString(pos.endCol()));
        }
        sb.append(')');
        first = false;
    }

    private void value(Object v) {
        if (v instanceof Node n) node(n);
        else if (v instanceof String s) sb.append(repr(s));
        else if (v instanceof Enum<?> e) sb.append(enumName(e)).append("()");
        else sb.append(v);
    }

    private static String enumName(Enum<?> e) {
        if (e instanceof ExprContext c) return c == ExprContext.LOAD ? "Load" : c == ExprContext.STORE ? "Store" : "Del";
        if (e instanceof BoolOperator b) return b == BoolOperator.AND ? "And" : "Or";
        if (e instanceof Operator o) {
            return switch (o) {
                case ADD -> "Add";
                case SUB -> "Sub";
                case MULT -> "Mult";
                case MAT_MULT -> "MatMult";
                case DIV -> "Div";
                case MOD -> "Mod";
                case POW -> "Pow";
                case LSHIFT -> "LShift";
                case RSHIFT -> "RShift";
                case BIT_OR -> "BitOr";
                case BIT_XOR -> "BitXor";
                case BIT_AND -> "BitAnd";
                case FLOOR_DIV -> "FloorDiv";
            };
        }
        if (e instanceof UnaryOperator u) {
            return switch (u) {
                case INVERT -> "Invert";
                case NOT -> "Not";
                case UADD -> "UAdd";
                case USUB -> "USub";
            };
        }
        CmpOp c = (CmpOp) e;
        return switch (c) {
            case EQ -> "Eq";
            case NOT_EQ -> "NotEq";
            case LT -> "Lt";
            case LT_E -> "LtE";
            case GT -> "Gt";
            case GT_E -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        };
    }

    // ------------------------------------------------------------------ nodes

    private void node(Node n) {
        boolean saved = first;
        nodeBody(n);
        first = saved;
    }

    private void nodeBody(Node n) {
        if (n instanceof Ast.Module m) { open("Module"); list("body", m.body()); raw("type_ignores", "[]"); close(null);  return; }
        if (n instanceof Expression e) { open("Expression"); field("body", e.body()); close(null);  return; }
        if (n instanceof FunctionDef f) {
            open("FunctionDef"); field("name", f.name()); field("args", f.args()); list("body", f.body());
            list("decorator_list", f.decoratorList()); field("returns", f.returns()); close(f.pos());
            return;
        }
        if (n instanceof ClassDef c) {
            open("ClassDef"); field("name", c.name()); list("bases", c.bases()); list("keywords", c.keywords());
            list("body", c.body()); list("decorator_list", c.decoratorList()); close(c.pos());
            return;
        }
        if (n instanceof Return r) { open("Return"); field("value", r.value()); close(r.pos());  return; }
        if (n instanceof Delete d) { open("Delete"); list("targets", d.targets()); close(d.pos());  return; }
        if (n instanceof Assign a) { open("Assign"); list("targets", a.targets()); field("value", a.value()); close(a.pos());  return; }
        if (n instanceof AugAssign a) {
            open("AugAssign"); field("target", a.target()); field("op", a.op()); field("value", a.value()); close(a.pos());
            return;
        }
        if (n instanceof AnnAssign a) {
            open("AnnAssign"); field("target", a.target()); field("annotation", a.annotation());
            field("value", a.value()); raw("simple", a.simple() ? "1" : "0"); close(a.pos());
            return;
        }
        if (n instanceof For f) {
            open("For"); field("target", f.target()); field("iter", f.iter()); list("body", f.body());
            list("orelse", f.orelse()); close(f.pos());
            return;
        }
        if (n instanceof While w) { open("While"); field("test", w.test()); list("body", w.body()); list("orelse", w.orelse()); close(w.pos());  return; }
        if (n instanceof If i) { open("If"); field("test", i.test()); list("body", i.body()); list("orelse", i.orelse()); close(i.pos());  return; }
        if (n instanceof With w) { open("With"); list("items", w.items()); list("body", w.body()); close(w.pos());  return; }
        if (n instanceof Raise r) { open("Raise"); field("exc", r.exc()); field("cause", r.cause()); close(r.pos());  return; }
        if (n instanceof Try t) {
            open("Try"); list("body", t.body()); list("handlers", t.handlers()); list("orelse", t.orelse());
            list("finalbody", t.finalbody()); close(t.pos());
            return;
        }
        if (n instanceof Assert a) { open("Assert"); field("test", a.test()); field("msg", a.msg()); close(a.pos());  return; }
        if (n instanceof Import i) { open("Import"); list("names", i.names()); close(i.pos());  return; }
        if (n instanceof ImportFrom i) {
            open("ImportFrom"); field("module", i.module()); list("names", i.names());
            raw("level", Integer.toString(i.level())); close(i.pos());
            return;
        }
        if (n instanceof Global g) { open("Global"); list("names", g.names()); close(g.pos());  return; }
        if (n instanceof Nonlocal g) { open("Nonlocal"); list("names", g.names()); close(g.pos());  return; }
        if (n instanceof ExprStmt e) { open("Expr"); field("value", e.value()); close(e.pos());  return; }
        if (n instanceof Pass s) { open("Pass"); close(s.pos());  return; }
        if (n instanceof Break s) { open("Break"); close(s.pos());  return; }
        if (n instanceof Continue s) { open("Continue"); close(s.pos());  return; }
        if (n instanceof BoolOp b) { open("BoolOp"); field("op", b.op()); list("values", b.values()); close(b.pos());  return; }
        if (n instanceof NamedExpr e) { open("NamedExpr"); field("target", e.target()); field("value", e.value()); close(e.pos());  return; }
        if (n instanceof BinOp b) { open("BinOp"); field("left", b.left()); field("op", b.op()); field("right", b.right()); close(b.pos());  return; }
        if (n instanceof UnaryOp u) { open("UnaryOp"); field("op", u.op()); field("operand", u.operand()); close(u.pos());  return; }
        if (n instanceof Lambda l) { open("Lambda"); field("args", l.args()); field("body", l.body()); close(l.pos());  return; }
        if (n instanceof IfExp e) { open("IfExp"); field("test", e.test()); field("body", e.body()); field("orelse", e.orelse()); close(e.pos());  return; }
        if (n instanceof Dict d) { open("Dict"); list("keys", d.keys()); list("values", d.values()); close(d.pos());  return; }
        if (n instanceof SetExpr s) { open("Set"); list("elts", s.elts()); close(s.pos());  return; }
        if (n instanceof ListComp c) { open("ListComp"); field("elt", c.elt()); list("generators", c.generators()); close(c.pos());  return; }
        if (n instanceof SetComp c) { open("SetComp"); field("elt", c.elt()); list("generators", c.generators()); close(c.pos());  return; }
        if (n instanceof DictComp c) {
            open("DictComp"); field("key", c.key()); field("value", c.value()); list("generators", c.generators()); close(c.pos());
            return;
        }
        if (n instanceof GeneratorExp c) { open("GeneratorExp"); field("elt", c.elt()); list("generators", c.generators()); close(c.pos());  return; }
        if (n instanceof Await a) { open("Await"); field("value", a.value()); close(a.pos());  return; }
        if (n instanceof Yield y) { open("Yield"); field("value", y.value()); close(y.pos());  return; }
        if (n instanceof YieldFrom y) { open("YieldFrom"); field("value", y.value()); close(y.pos());  return; }
        if (n instanceof Compare c) {
            open("Compare"); field("left", c.left()); list("ops", c.ops()); list("comparators", c.comparators()); close(c.pos());
            return;
        }
        if (n instanceof Call c) { open("Call"); field("func", c.func()); list("args", c.args()); list("keywords", c.keywords()); close(c.pos());  return; }
        if (n instanceof FormattedValue f) {
            open("FormattedValue"); field("value", f.value()); raw("conversion", Integer.toString(f.conversion()));
            field("format_spec", f.formatSpec()); close(f.pos());
            return;
        }
        if (n instanceof JoinedStr j) { open("JoinedStr"); list("values", j.values()); close(j.pos());  return; }
        if (n instanceof Constant c) { open("Constant"); raw("value", constantRepr(c.value())); close(c.pos());  return; }
        if (n instanceof Attribute a) {
            open("Attribute"); field("value", a.value()); field("attr", a.attr()); field("ctx", a.ctx()); close(a.pos());
            return;
        }
        if (n instanceof Subscript s) {
            open("Subscript"); field("value", s.value()); field("slice", s.slice()); field("ctx", s.ctx()); close(s.pos());
            return;
        }
        if (n instanceof Starred s) { open("Starred"); field("value", s.value()); field("ctx", s.ctx()); close(s.pos());  return; }
        if (n instanceof Name nm) { open("Name"); field("id", nm.id()); field("ctx", nm.ctx()); close(nm.pos());  return; }
        if (n instanceof ListExpr l) { open("List"); list("elts", l.elts()); field("ctx", l.ctx()); close(l.pos());  return; }
        if (n instanceof TupleExpr t) { open("Tuple"); list("elts", t.elts()); field("ctx", t.ctx()); close(t.pos());  return; }
        if (n instanceof Slice s) { open("Slice"); field("lower", s.lower()); field("upper", s.upper()); field("step", s.step()); close(s.pos());  return; }
        if (n instanceof ExceptHandler h) {
            open("ExceptHandler"); field("type", h.type()); field("name", h.name()); list("body", h.body()); close(h.pos());
            return;
        }
        if (n instanceof Arguments a) {
            open("arguments"); list("posonlyargs", a.posonlyArgs()); list("args", a.args()); field("vararg", a.vararg());
            list("kwonlyargs", a.kwonlyArgs()); list("kw_defaults", a.kwDefaults()); field("kwarg", a.kwarg());
            list("defaults", a.defaults()); close(null);
            return;
        }
        if (n instanceof Arg a) { open("arg"); field("arg", a.arg()); field("annotation", a.annotation()); close(a.pos());  return; }
        if (n instanceof Keyword k) { open("keyword"); field("arg", k.arg()); field("value", k.value()); close(k.pos());  return; }
        if (n instanceof Alias a) { open("alias"); field("name", a.name()); field("asname", a.asname()); close(a.pos());  return; }
        if (n instanceof Comprehension c) {
            open("comprehension"); field("target", c.target()); field("iter", c.iter()); list("ifs", c.ifs());
            raw("is_async", c.isAsync() ? "1" : "0"); close(null);
            return;
        }
        if (n instanceof WithItem w) {
            open("withitem"); field("context_expr", w.contextExpr()); field("optional_vars", w.optionalVars()); close(null);
            return;
        }
        throw new IllegalArgumentException("unknown node " + n);
    }

    // ------------------------------------------------------------------ Python repr of constants

    /** Python's repr of a constant value (int, float, str, bool, None, Ellipsis). */
    public static String constantRepr(Object v) {
        if (v == Py.None) return "None";
        if (v == Py.Ellipsis) return "Ellipsis";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof String s) return repr(s);
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) return v.toString();
        return String.valueOf(v);
    }

    /** Python's repr of a str. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f) b.append((char) c);
            else if (isPrintable(c)) b.appendCodePoint(c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's repr of a float (shortest round-trip digits, Python's exponent rules). */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - bd.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = bd.abs().toPlainString();
            if (plain.indexOf('.') < 0) plain += ".0";
            return sign + plain;
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        if (e.length() < 2) e = "0" + e;
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + e;
    }
}
