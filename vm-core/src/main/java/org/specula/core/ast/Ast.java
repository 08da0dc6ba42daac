package org.specula.core.ast;

import java.util.List;

/**
 * The abstract syntax tree, mirroring CPython 3.11's {@code ast} module node for node: same node
 * names, same field names (camelCased), same meaning. Where CPython has a field Specula does not
 * use yet (type comments, type params) it is left out.
 *
 * <p>Every node carries a {@link Pos}: 1-based line, 0-based column (in code points), as CPython's
 * {@code lineno/col_offset/end_lineno/end_col_offset}.
 *
 * <p>Optional children are {@code null} when absent (as {@code None} in Python's ast); lists are
 * never null (empty instead).
 */
public final class Ast {
    private Ast() {}

    /** Source position of a node: lines are 1-based, columns 0-based, end exclusive. */
    public record Pos(int line, int col, int endLine, int endCol) {
        public static final Pos NONE = new Pos(0, 0, 0, 0);
    }

    public sealed interface Node permits Mod, Stmt, Expr, ExceptHandler, Arguments, Arg, Keyword, Alias, Comprehension, WithItem {
        Pos pos();
    }

    // ----------------------------------------------------------------- modules

    public sealed interface Mod extends Node permits Module, Expression {}

    /** A file or {@code exec} source. */
    public record Module(Pos pos, List<Stmt> body) implements Mod {}

    /** An {@code eval} source: a single expression. */
    public record Expression(Pos pos, Expr body) implements Mod {}

    // -------------------------------------------------------------- statements

    public sealed interface Stmt extends Node permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
            AnnAssign, For, While, If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt,
            Pass, Break, Continue {}

    /** {@code def name(args): body}; {@code returns} is the annotation or null. */
    public record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                              Expr returns) implements Stmt {}

    public record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                           List<Expr> decoratorList) implements Stmt {}

    /** {@code return value}; value is null for a bare return. */
    public record Return(Pos pos, Expr value) implements Stmt {}

    public record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: several targets for chained assignment. */
    public record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    public record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation = value}; value may be null; simple is true for a plain name target. */
    public record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    public record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}

    /** {@code raise exc from cause}; both may be null. */
    public record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    public record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                      List<Stmt> finalbody) implements Stmt {}

    /** {@code assert test, msg}; msg may be null. */
    public record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    public record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** {@code from module import names}; module may be null for {@code from . import x}. */
    public record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    public record Global(Pos pos, List<String> names) implements Stmt {}

    public record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** An expression statement (Python's {@code ast.Expr}). */
    public record ExprStmt(Pos pos, Expr value) implements Stmt {}

    public record Pass(Pos pos) implements Stmt {}

    public record Break(Pos pos) implements Stmt {}

    public record Continue(Pos pos) implements Stmt {}

    // ------------------------------------------------------------- expressions

    public sealed interface Expr extends Node permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict,
            SetExpr, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
            FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name, ListExpr, TupleExpr,
            Slice {}

    /** {@code a and b and c}: values has two or more elements. */
    public record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}

    /** {@code target := value}. */
    public record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

    public record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    public record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    public record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    public record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a null key marks a {@code **mapping} entry whose mapping is the value. */
    public record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    /** A set display {@code {a, b}} (Python's {@code ast.Set}). */
    public record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    public record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    public record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    public record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    public record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    public record Await(Pos pos, Expr value) implements Expr {}

    /** {@code yield value}; value may be null. */
    public record Yield(Pos pos, Expr value) implements Expr {}

    public record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code left op1 c1 op2 c2 ...}: chained comparison. */
    public record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    public record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One {@code {value!conversion:format_spec}} inside an f-string. conversion is -1 (none),
     * 's', 'r' or 'a'; formatSpec is null or a JoinedStr.
     */
    public record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: values are Constant(str) and FormattedValue parts. */
    public record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. value is the runtime value itself: Long (or java.math.BigInteger past 64 bits),
     * Double, Boolean, String, {@code Py.None} or {@code Py.Ellipsis}.
     */
    public record Constant(Pos pos, Object value) implements Expr {}

    public record Attribute(Pos pos, Expr value, String attr, ExprContext ctx) implements Expr {}

    /** {@code value[slice]}; slice is an Expr, a {@link Slice}, or a TupleExpr of them. */
    public record Subscript(Pos pos, Expr value, Expr slice, ExprContext ctx) implements Expr {}

    public record Starred(Pos pos, Expr value, ExprContext ctx) implements Expr {}

    public record Name(Pos pos, String id, ExprContext ctx) implements Expr {}

    /** A list display or target (Python's {@code ast.List}). */
    public record ListExpr(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    /** A tuple display or target (Python's {@code ast.Tuple}). */
    public record TupleExpr(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    public record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    // ------------------------------------------------------------ other nodes

    /** {@code except type as name: body}; type and name may be null. */
    public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}

    /**
     * A parameter list. kwDefaults has one entry per kwonlyArgs element, null where there is no
     * default; defaults apply to the last positional parameters (posonlyArgs then args).
     */
    public record Arguments(Pos pos, List<Arg> posonlyArgs, List<Arg> args, Arg vararg, List<Arg> kwonlyArgs,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {}

    /** One parameter; annotation may be null. */
    public record Arg(Pos pos, String arg, Expr annotation) implements Node {}

    /** {@code arg=value} at a call site or in a class header; arg is null for {@code **value}. */
    public record Keyword(Pos pos, String arg, Expr value) implements Node {}

    /** {@code name as asname} in an import; asname may be null. */
    public record Alias(Pos pos, String name, String asname) implements Node {}

    /** {@code for target in iter if ifs...} inside a comprehension. */
    public record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {}

    /** {@code context_expr as optional_vars} in a with statement; optionalVars may be null. */
    public record WithItem(Pos pos, Expr contextExpr, Expr optionalVars) implements Node {}

    // ------------------------------------------------------------ enumerations

    public enum ExprContext { LOAD, STORE, DEL }

    public enum BoolOperator { AND, OR }

    /** Binary operators, in the order of CPython's {@code ast.operator}. */
    public enum Operator { ADD, SUB, MULT, MAT_MULT, DIV, MOD, POW, LSHIFT, RSHIFT, BIT_OR, BIT_XOR, BIT_AND, FLOOR_DIV }

    public enum UnaryOperator { INVERT, NOT, UADD, USUB }

    public enum CmpOp { EQ, NOT_EQ, LT, LT_E, GT, GT_E, IS, IS_NOT, IN, NOT_IN }
}
