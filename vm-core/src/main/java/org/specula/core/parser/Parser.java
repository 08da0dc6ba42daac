package org.specula.core.parser;

import org.specula.core.ast.Ast;
import org.specula.core.ast.Ast.*;
import org.specula.core.runtime.Py;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Python 3.11 source, producing {@link Ast} nodes.
 *
 * <p>Like CPython's PEG parser it works in two passes: the first pass parses normally; when it
 * fails, a second pass with extra checks for common mistakes (CPython's {@code invalid_*} rules)
 * produces a specific message, falling back to "invalid syntax" at the furthest token the first
 * pass reached. Tokenizer errors later in the file take precedence, as in CPython.
 */
public final class Parser {
    /** Generic parse failure (the error is produced by {@link #run}). */
    private static final class Fail extends RuntimeException {
        Fail() { super(null, null, false, false); }
    }

    private static final Fail FAIL = new Fail();

    private final List<Token> toks;
    private final String filename;
    private final String source;
    private String[] lines;
    /** True in the second pass: the extra error checks are active. */
    private boolean invalidRules;
    private int p;
    private int furthest;
    private int lastEndLine = 1, lastEndCol;
    /** True when parsing an f-string replacement field (errors get an "f-string: " prefix). */
    private final boolean fstringExpr;

    private Parser(List<Token> toks, String source, String filename, boolean invalidRules, boolean fstringExpr) {
        this.toks = toks;
        this.source = source;
        this.filename = filename;
        this.invalidRules = invalidRules;
        this.fstringExpr = fstringExpr;
    }

    /** Parses a whole file ("exec" mode). Throws SyntaxErrorException on bad input. */
    public static Ast.Module parseModule(String source, String filename) {
        String src = Tokenizer.normalizeNewlines(stripBom(source));
        return (Ast.Module) run(Tokenizer.tokenize(src, filename), src, filename, 0);
    }

    /** Parses a single expression ("eval" mode). */
    public static Ast.Expression parseExpression(String source, String filename) {
        String src = Tokenizer.normalizeNewlines(stripBom(source));
        return (Ast.Expression) run(Tokenizer.tokenize(src, filename), src, filename, 1);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** mode: 0 = module, 1 = eval, 2 = f-string replacement field (returns an Expression). */
    private static Mod run(List<Token> toks, String source, String filename, int mode) {
        try {
            return runPasses(toks, source, filename, mode);
        } catch (StackOverflowError e) {
            Token first = toks.get(0);
            throw new SyntaxErrorException("SyntaxError", "too many nested parentheses", filename, first.line,
                    first.col + 1, first.line, first.col + 1, null);
        }
    }

    private static Mod runPasses(List<Token> toks, String source, String filename, int mode) {
        Parser first = new Parser(toks, source, filename, false, mode == 2);
        SyntaxErrorException err;
        int furthest;
        try {
            return first.top(mode);
        } catch (Fail f) {
            Parser second = new Parser(toks, source, filename, true, mode == 2);
            try {
                second.top(mode);
                err = first.genericError(first.furthest);
            } catch (Fail f2) {
                err = first.genericError(first.furthest);
            } catch (SyntaxErrorException e) {
                err = e;
            }
            furthest = Math.max(first.furthest, second.furthest);
        } catch (SyntaxErrorException e) {
            err = e;
            furthest = first.furthest;
        }
        // CPython tokenizes the rest of the file after a parser error: a tokenizer error wins, and an
        // unclosed bracket wins when the parser got past the bracket's line.
        Token last = toks.get(toks.size() - 1);
        boolean generic = err.msg.equals("unexpected indent") || err.msg.equals("unexpected unindent");
        if (last.type == Token.ERROR && last.error != err && !generic) {
            Token reached = toks.get(Math.min(furthest, toks.size() - 1));
            if (last.overrides) err = last.error;
            else if (last.unclosed != null && reached.line > last.unclosed.lineno) err = last.unclosed;
        }
        if (err.tokLine == 0) err.tokLine = toks.get(Math.min(furthest, toks.size() - 1)).line;
        throw err;
    }

    private Mod top(int mode) {
        if (mode == 0) {
            List<Stmt> body = new ArrayList<>();
            while (peek().type != Token.ENDMARKER) statement(body);
            return new Ast.Module(Pos.NONE, body);
        }
        if (!startsExpression(peek(), mode == 2)) throw fail();
        Expr e = mode == 2 ? starExpressions() : expressions();
        while (peek().type == Token.NEWLINE) next();
        if (peek().type != Token.ENDMARKER) throw fail();
        return new Expression(Pos.NONE, e);
    }

    // ================================================================== token access

    private Token tok(int i) {
        if (i >= toks.size()) i = toks.size() - 1;
        if (i > furthest) furthest = i;
        Token t = toks.get(i);
        if (t.type == Token.ERROR) throw t.error;
        return t;
    }

    private Token peek() { return tok(p); }

    private Token next() {
        Token t = tok(p++);
        if (t.type != Token.NEWLINE && t.type != Token.INDENT && t.type != Token.DEDENT) {
            lastEndLine = t.endLine;
            lastEndCol = t.endCol;
        }
        return t;
    }

    private int mark() { return p; }

    private void reset(int m) {
        p = m;
        for (int i = m - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.type != Token.NEWLINE && t.type != Token.INDENT && t.type != Token.DEDENT) {
                lastEndLine = t.endLine;
                lastEndCol = t.endCol;
                return;
            }
        }
        lastEndLine = 1;
        lastEndCol = 0;
    }

    private boolean atOp(String s) { return peek().isOp(s); }

    private boolean atKw(String s) { return peek().isKeyword(s); }

    private boolean acceptOp(String s) {
        if (!atOp(s)) return false;
        next();
        return true;
    }

    private Token expectOp(String s) {
        if (!atOp(s)) throw fail();
        return next();
    }

    private Token expectKw(String s) {
        if (!atKw(s)) throw fail();
        return next();
    }

    private Pos pos(Token start) { return new Pos(start.line, start.col, lastEndLine, lastEndCol); }

    private Pos pos(Node start) { return new Pos(start.pos().line(), start.pos().col(), lastEndLine, lastEndCol); }

    private static Pos span(Node a, Node b) {
        return new Pos(a.pos().line(), a.pos().col(), b.pos().endLine(), b.pos().endCol());
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
            "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");

    static boolean isKeyword(String s) { return KEYWORDS.contains(s); }

    private static boolean isName(Token t) { return t.type == Token.NAME && !KEYWORDS.contains(t.text); }

    /** True when t can start an expression (star: also a starred one). */
    private static boolean startsExpression(Token t, boolean star) {
        switch (t.type) {
            case Token.NAME:
                if (!KEYWORDS.contains(t.text)) return true;
                return switch (t.text) {
                    case "True", "False", "None", "lambda", "not", "await" -> true;
                    default -> false;
                };
            case Token.NUMBER:
            case Token.STRING:
                return true;
            case Token.OP:
                return switch (t.text) {
                    case "(", "[", "{", "-", "+", "~", "..." -> true;
                    case "*" -> star;
                    default -> false;
                };
            default:
                return false;
        }
    }

    // ================================================================== errors

    private Fail fail() { return FAIL; }

    /** CPython's int_max_str_digits limit (default 4300) on decimal integer literals. */
    private void checkIntDigits(Token t) {
        String s = t.text;
        if (s.length() <= 4300) return;
        if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) return;
        long digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits++;
            else if (c != '_') return; // a float or imaginary literal
        }
        if (digits <= 4300) return;
        throw error("SyntaxError", "Exceeds the limit (4300 digits) for integer string conversion: value has " + digits
                + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge"
                + " integer literals to avoid decimal conversion limits.", t.line, 0, t.endLine, 0);
    }

    /** The text of an error's line as CPython's SyntaxError.text: with its newline, if it has one. */
    private String lineText(int line) {
        if (lines == null) lines = source.split("\n", -1);
        if (line < 1 || line > lines.length) return null;
        return line < lines.length ? lines[line - 1] + "\n" : lines[line - 1];
    }

    private String msg(String m) { return fstringExpr && !m.startsWith("f-string") ? "f-string: " + m : m; }

    private SyntaxErrorException error(String kind, String m, int line, int offset, int endLine, int endOffset) {
        return new SyntaxErrorException(kind, msg(m), filename, line, offset, endLine, endOffset, lineText(line));
    }

    /** An error spanning a node (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
    private SyntaxErrorException errorAt(Node n, String m) {
        Pos q = n.pos();
        return error("SyntaxError", m, q.line(), q.col() + 1, q.endLine(), q.endCol() + 1);
    }

    private SyntaxErrorException errorRange(Node a, Node b, String m) {
        return error("SyntaxError", m, a.pos().line(), a.pos().col() + 1, b.pos().endLine(), b.pos().endCol() + 1);
    }

    /** An error located at a token (CPython's RAISE_SYNTAX_ERROR with the last token). */
    private SyntaxErrorException errorAtToken(String kind, Token t, String m) {
        if (t.errOffset >= 0 || t.type == Token.INDENT || t.type == Token.DEDENT || t.type == Token.ENDMARKER) {
            SyntaxErrorException e = error(kind, m, t.line, Math.max(t.errOffset, 0), t.line, -1);
            e.eofLocated = t.eof;
            return e;
        }
        SyntaxErrorException e = error(kind, m, t.line, t.col + 1, t.endLine, t.endCol + 1);
        e.eofNewline = t.eof && t.type == Token.NEWLINE;
        return e;
    }

    /** An error at the furthest token fetched so far. */
    private SyntaxErrorException errorAtLast(String m) {
        return errorAtToken("SyntaxError", toks.get(Math.min(furthest, toks.size() - 1)), m);
    }

    private SyntaxErrorException genericError(int at) {
        Token t = toks.get(Math.min(at, toks.size() - 1));
        if (t.type == Token.INDENT) return errorAtToken("IndentationError", t, "unexpected indent");
        if (t.type == Token.DEDENT) return errorAtToken("IndentationError", t, "unexpected unindent");
        return errorAtToken("SyntaxError", t, "invalid syntax");
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof ListExpr) return "list";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield || e instanceof YieldFrom) return "yield expression";
        if (e instanceof Await) return "await expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof Dict) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Constant c) {
            Object v = c.value();
            if (v == Py.None) return "None";
            if (v == Boolean.TRUE) return "True";
            if (v == Boolean.FALSE) return "False";
            if (v == Py.Ellipsis) return "ellipsis";
            return "literal";
        }
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof NamedExpr) return "named expression";
        return "expression";
    }

    // ================================================================== statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type == Token.NAME) {
            switch (t.text) {
                case "def" -> { out.add(funcDef(List.of())); return; }
                case "class" -> { out.add(classDef(List.of())); return; }
                case "if" -> { out.add(ifStmt()); return; }
                case "while" -> { out.add(whileStmt()); return; }
                case "for" -> { out.add(forStmt()); return; }
                case "try" -> { out.add(tryStmt()); return; }
                case "with" -> { out.add(withStmt()); return; }
                case "async" -> throw errorAtToken("SyntaxError", t, "async statements are not supported by Specula yet");
                case "match" -> {
                    if (looksLikeMatch()) {
                        throw errorAtToken("SyntaxError", t, "match statements are not supported by Specula yet");
                    }
                }
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.type == Token.INDENT || t.type == Token.DEDENT) {
            throw fail();
        }
        simpleStmts(out);
    }

    /** "match" subject ':' NEWLINE INDENT "case" ... */
    private boolean looksLikeMatch() {
        Token n1 = tok(p + 1);
        if (n1.type == Token.NEWLINE || n1.isOp("=") || n1.isOp(".") || n1.isOp(",") || n1.isOp(")")) return false;
        int i = p + 1;
        while (i < toks.size() && toks.get(i).type != Token.NEWLINE && toks.get(i).type != Token.ERROR) i++;
        if (i + 2 >= toks.size() || !toks.get(i - 1).isOp(":")) return false;
        return toks.get(i + 1).type == Token.INDENT && toks.get(i + 2).isKeyword("case");
    }

    private void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (peek().type == Token.NEWLINE) break;
                continue;
            }
            break;
        }
        if (peek().type != Token.NEWLINE) throw fail();
        next();
    }

    private Stmt simpleStmt() {
        Token s = peek();
        if (s.type == Token.NAME) {
            switch (s.text) {
                case "pass": next(); return new Pass(pos(s));
                case "break": next(); return new Break(pos(s));
                case "continue": next(); return new Continue(pos(s));
                case "return": {
                    next();
                    Expr v = startsExpression(peek(), true) ? starExpressions() : null;
                    return new Return(pos(s), v);
                }
                case "raise": {
                    next();
                    Expr exc = null, cause = null;
                    if (startsExpression(peek(), false)) {
                        exc = expression();
                        if (atKw("from")) {
                            next();
                            cause = expression();
                        }
                    }
                    return new Raise(pos(s), exc, cause);
                }
                case "global":
                case "nonlocal": {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        Token n = peek();
                        if (!isName(n)) throw fail();
                        next();
                        names.add(n.text);
                    } while (acceptOp(","));
                    return s.text.equals("global") ? new Global(pos(s), names) : new Nonlocal(pos(s), names);
                }
                case "del": return delStmt();
                case "assert": {
                    next();
                    Expr test = expression();
                    Expr m = acceptOp(",") ? expression() : null;
                    return new Assert(pos(s), test, m);
                }
                case "import": return importStmt();
                case "from": return fromImport();
                default: break;
            }
        }
        return exprOrAssign();
    }

    private Stmt exprOrAssign() {
        Token s = peek();
        if (!startsExpression(s, true) && !s.isKeyword("yield")) throw fail();
        Expr first = atKw("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (invalidRules && t.isOp(":=")) invalidNamedElements(s);
        if (t.isOp("=")) {
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (acceptOp("=")) {
                if (!atKw("yield") && !startsExpression(peek(), true)) {
                    if (invalidRules) invalidAssignment(s, items);
                    throw fail();
                }
                items.add(atKw("yield") ? yieldExpr() : starExpressions());
            }
            Expr value = items.remove(items.size() - 1);
            boolean valid = true;
            for (Expr target : items) {
                if (target instanceof Yield || target instanceof YieldFrom
                        || invalidTarget(target, ExprContext.STORE) != null) {
                    valid = false;
                }
            }
            if (!valid) {
                if (!invalidRules) throw fail();
                invalidAssignment(s, items);
            }
            List<Expr> targets = new ArrayList<>(items.size());
            for (Expr target : items) targets.add(toTarget(target, ExprContext.STORE));
            return new Assign(pos(s), targets, value);
        }
        if (t.isOp(":")) {
            boolean validTarget = first instanceof Name || first instanceof Attribute || first instanceof Subscript;
            if (!validTarget && !invalidRules) throw fail();
            next();
            Expr ann = expression();
            if (!validTarget) {
                if (first instanceof TupleExpr) throw errorAt(first, "only single target (not tuple) can be annotated");
                if (first instanceof ListExpr) throw errorAt(first, "only single target (not list) can be annotated");
                throw errorAt(first, "illegal target for annotation");
            }
            Expr value = null;
            if (acceptOp("=")) value = atKw("yield") ? yieldExpr() : starExpressions();
            boolean simple = first instanceof Name && !s.isOp("(");
            return new AnnAssign(pos(s), toTarget(first, ExprContext.STORE), ann, value, simple);
        }
        Operator op = augOp(t);
        if (op != null) {
            boolean validTarget = first instanceof Name || first instanceof Attribute || first instanceof Subscript;
            if (!validTarget && !invalidRules) throw fail();
            next();
            Expr value = atKw("yield") ? yieldExpr() : starExpressions();
            if (!validTarget) {
                throw errorAt(first, "'" + exprName(first) + "' is an illegal expression for augmented assignment");
            }
            return new AugAssign(pos(s), toTarget(first, ExprContext.STORE), op, value);
        }
        return new ExprStmt(pos(s), first);
    }

    /**
     * CPython's invalid_named_expression (on the statement's first expression) and invalid_assignment
     * alternatives, for an assignment statement with an invalid target. Raises the error.
     */
    private void invalidAssignment(Token s, List<Expr> items) {
        int m = mark();
        reset(indexOf(s));
        // NAME '=' bitwise_or !('=' | ':=')
        if (isName(s) && tok(p + 1).isOp("=")) {
            Expr a = atom();
            next();
            Expr b = tryBitwiseOr();
            if (b != null && !atOp("=") && !atOp(":=")) {
                throw errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(indexOf(s));
        }
        // !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('=' | ':=')
        Expr a = tryBitwiseOr();
        if (a != null && !startsListTupleOrKeywordConst(s, a) && atOp("=")) {
            next();
            Expr b = tryBitwiseOr();
            if (b != null && !atOp("=") && !atOp(":=")) {
                throw errorAt(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        invalidNamedElements(s);
        reset(m);
        for (Expr target : items) {
            if (target instanceof Yield || target instanceof YieldFrom) {
                throw errorAt(target, "assignment to yield expression not possible");
            }
            toTarget(target, ExprContext.STORE);
        }
    }

    /**
     * invalid_assignment's {@code star_named_expression ',' star_named_expressions*} from the
     * statement start s: parsing the elements as named expressions runs invalid_named_expression on
     * each of them (e.g. {@code x, y = 1} at the second element, {@code a.b := 1}), which may raise.
     */
    private void invalidNamedElements(Token s) {
        int m = mark();
        reset(indexOf(s));
        try {
            starNamedExpression();
            while (acceptOp(",") && startsExpression(peek(), true)) starNamedExpression();
        } catch (Fail f) {
            // no error from these alternatives
        }
        reset(m);
    }

    private int indexOf(Token t) {
        for (int i = p; i >= 0; i--) if (toks.get(i) == t) return i;
        throw new IllegalStateException("token not found");
    }

    /** bitwise_or, or null (position restored) when it does not parse. */
    private Expr tryBitwiseOr() {
        int m = mark();
        try {
            return bitwiseOr();
        } catch (Fail f) {
            reset(m);
            return null;
        }
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof BoolOp || e instanceof Compare || e instanceof IfExp || e instanceof Lambda
                || e instanceof NamedExpr || e instanceof Starred || e instanceof Yield || e instanceof YieldFrom
                || e instanceof UnaryOp u && u.op() == UnaryOperator.NOT);
    }

    /**
     * CPython's !(list|tuple|genexp|'True'|'None'|'False') lookahead before a bitwise_or: true when
     * a list display, a tuple display or a generator expression parses at s (whatever follows it).
     */
    private boolean startsListTupleOrKeywordConst(Token s, Expr e) {
        if (s.isKeyword("True") || s.isKeyword("None") || s.isKeyword("False")) return true;
        if (e instanceof TupleExpr && !s.isOp("(") && e.pos().line() == s.line && e.pos().col() == s.col) {
            return true; // an unparenthesized tuple cannot be a bitwise_or; keep the caller's old behaviour
        }
        if (!s.isOp("[") && !s.isOp("(")) return false;
        int m = mark();
        boolean saved = invalidRules;
        invalidRules = false;
        try {
            reset(indexOf(s));
            Expr a = atom();
            return s.isOp("[") ? a instanceof ListExpr : a instanceof TupleExpr || a instanceof GeneratorExp;
        } catch (Fail f) {
            return false;
        } finally {
            invalidRules = saved;
            reset(m);
        }
    }

    private static Operator augOp(Token t) {
        if (t.type != Token.OP || t.text.length() < 2 || !t.text.endsWith("=")) return null;
        return switch (t.text) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MAT_MULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "**=" -> Operator.POW;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "|=" -> Operator.BIT_OR;
            case "^=" -> Operator.BIT_XOR;
            case "&=" -> Operator.BIT_AND;
            case "//=" -> Operator.FLOOR_DIV;
            default -> null;
        };
    }

    /** The first node that cannot be a target (CPython's _PyPegen_get_invalid_target), or null. */
    private static Expr invalidTarget(Expr e, ExprContext ctx) {
        return invalidTarget(e, ctx, false);
    }

    /** forTargets: CPython's FOR_TARGETS mode, where "x in y" stands for the target x. */
    private static Expr invalidTarget(Expr e, ExprContext ctx, boolean forTargets) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) return null;
        if (e instanceof TupleExpr t) return firstInvalid(t.elts(), ctx, forTargets);
        if (e instanceof ListExpr l) return firstInvalid(l.elts(), ctx, forTargets);
        if (e instanceof Starred s) {
            if (ctx == ExprContext.DEL) return e;
            return invalidTarget(s.value(), ctx, forTargets);
        }
        if (e instanceof Compare c && forTargets) {
            return c.ops().get(0) == CmpOp.IN ? invalidTarget(c.left(), ctx, true) : null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, ExprContext ctx, boolean forTargets) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, ctx, forTargets);
            if (bad != null) return bad;
        }
        return null;
    }

    /** Converts an expression to a Store/Del target, or raises "cannot assign to ..." errors. */
    private Expr toTarget(Expr e, ExprContext ctx) {
        Expr bad = invalidTarget(e, ctx);
        if (bad != null) {
            throw errorAt(bad, (ctx == ExprContext.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad));
        }
        return withCtx(e, ctx);
    }

    private static Expr withCtx(Expr e, ExprContext ctx) {
        if (e instanceof Name n) return new Name(n.pos(), n.id(), ctx);
        if (e instanceof Attribute a) return new Attribute(a.pos(), a.value(), a.attr(), ctx);
        if (e instanceof Subscript s) return new Subscript(s.pos(), s.value(), s.slice(), ctx);
        if (e instanceof Starred s) return new Starred(s.pos(), withCtx(s.value(), ctx), ctx);
        if (e instanceof TupleExpr t) return new TupleExpr(t.pos(), mapCtx(t.elts(), ctx), ctx);
        if (e instanceof ListExpr l) return new ListExpr(l.pos(), mapCtx(l.elts(), ctx), ctx);
        return e;
    }

    private static List<Expr> mapCtx(List<Expr> elts, ExprContext ctx) {
        List<Expr> r = new ArrayList<>(elts.size());
        for (Expr x : elts) r.add(withCtx(x, ctx));
        return r;
    }

    /** 'del' del_targets, or CPython's invalid_del_stmt in the second pass. */
    private Stmt delStmt() {
        Token s = next();
        int m = mark();
        List<Expr> targets = new ArrayList<>();
        boolean ok = true;
        try {
            do {
                if (!startsExpression(peek(), false)) {
                    if (targets.isEmpty()) ok = false;
                    break;
                }
                Expr e = primary();
                if (invalidTarget(e, ExprContext.DEL) != null) {
                    ok = false;
                    break;
                }
                targets.add(withCtx(e, ExprContext.DEL));
            } while (acceptOp(","));
            if (ok && peek().type != Token.NEWLINE && !atOp(";")) ok = false;
        } catch (Fail f) {
            if (!invalidRules) throw f;
            ok = false;
        }
        if (ok) return new Delete(pos(s), targets);
        if (!invalidRules) throw fail();
        reset(m);
        Expr e = starExpressions();
        Expr bad = invalidTarget(e, ExprContext.DEL);
        if (bad != null) throw errorAt(bad, "cannot delete " + exprName(bad));
        throw fail();
    }

    private Stmt importStmt() {
        Token s = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token a = peek();
            String name = dottedName();
            String as = null;
            if (atKw("as")) {
                next();
                Token n = peek();
                if (!isName(n)) throw fail();
                next();
                as = n.text;
            }
            names.add(new Alias(pos(a), name, as));
        } while (acceptOp(","));
        return new Import(pos(s), names);
    }

    private String dottedName() {
        Token n = peek();
        if (!isName(n)) throw fail();
        next();
        String name = n.text;
        if (!atOp(".")) return name;
        StringBuilder sb = new StringBuilder(name);
        while (acceptOp(".")) {
            Token m = peek();
            if (!isName(m)) throw fail();
            next();
            sb.append('.').append(m.text);
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token s = next();
        int level = 0;
        for (;;) {
            if (atOp(".")) { next(); level++; }
            else if (atOp("...")) { next(); level += 3; }
            else break;
        }
        String module = null;
        if (!atKw("import")) module = dottedName();
        else if (level == 0) throw fail();
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            names.add(new Alias(pos(star), "*", null));
        } else {
            boolean paren = acceptOp("(");
            for (;;) {
                Token a = peek();
                if (!isName(a)) throw fail();
                next();
                String as = null;
                if (atKw("as")) {
                    next();
                    Token n = peek();
                    if (!isName(n)) throw fail();
                    next();
                    as = n.text;
                }
                names.add(new Alias(pos(a), a.text, as));
                if (!atOp(",")) break;
                next();
                if (paren && atOp(")")) break;
                if (!paren && !isName(peek())) {
                    if (invalidRules && (peek().type == Token.NEWLINE)) {
                        throw errorAtLast("trailing comma not allowed without surrounding parentheses");
                    }
                    throw fail();
                }
            }
            if (paren) expectOp(")");
        }
        return new ImportFrom(pos(s), module, names, level);
    }

    // ------------------------------------------------------------------ compound statements

    private void expectColon(Token kw, boolean forced) {
        if (atOp(":")) {
            next();
            return;
        }
        // a forced token (&&':') reports at the current token; invalid_*_stmt rules at the last token read
        if (forced) throw errorAtToken("SyntaxError", peek(), "expected ':'");
        if (peek().type == Token.NEWLINE) throw errorAtLast("expected ':'");
        throw fail();
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts. */
    private List<Stmt> block(String what, int line) {
        List<Stmt> body = new ArrayList<>();
        if (peek().type == Token.NEWLINE) {
            next();
            Token t = peek();
            if (t.type != Token.INDENT) {
                throw errorAtToken("IndentationError", t, "expected an indented block after " + what + " on line " + line);
            }
            next();
            do {
                statement(body);
            } while (peek().type != Token.DEDENT && peek().type != Token.ENDMARKER);
            if (peek().type == Token.DEDENT) next();
            return body;
        }
        if (peek().type == Token.INDENT || peek().type == Token.DEDENT || peek().type == Token.ENDMARKER) throw fail();
        simpleStmts(body);
        return body;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (peek().type != Token.NEWLINE) throw fail();
            next();
        }
        if (atKw("def")) return funcDef(decorators);
        if (atKw("class")) return classDef(decorators);
        if (atKw("async")) throw errorAtToken("SyntaxError", peek(), "async statements are not supported by Specula yet");
        throw fail();
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token s = next();
        Token n = peek();
        if (!isName(n)) throw fail();
        next();
        if (!atOp("(")) throw errorAtToken("SyntaxError", peek(), "expected '('");
        next();
        Arguments args = parameters(false);
        expectOp(")");
        Expr returns = null;
        if (atOp("->")) {
            int m = mark();
            next();
            try {
                returns = expression();
            } catch (Fail f) {
                reset(m); // ['->' expression] is optional: the forced ':' then fails at '->'
            }
        }
        expectColon(s, true);
        List<Stmt> body = block("function definition", s.line);
        return new FunctionDef(pos(s), n.text, args, body, decorators, returns);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token s = next();
        Token n = peek();
        if (!isName(n)) throw fail();
        next();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (acceptOp("(")) {
            arguments(bases, keywords, null);
            expectOp(")");
        }
        expectColon(s, false);
        List<Stmt> body = block("class definition", s.line);
        return new ClassDef(pos(s), n.text, bases, keywords, body, decorators);
    }

    private Stmt ifStmt() {
        Token s = next();
        Expr test = namedExpression();
        expectColon(s, false);
        List<Stmt> body = block("'" + s.text + "' statement", s.line);
        List<Stmt> orelse = List.of();
        if (atKw("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKw("else")) {
            orelse = elseBlock();
        }
        return new If(pos(s), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token e = next();
        expectColon(e, true);
        return block("'else' statement", e.line);
    }

    private Stmt whileStmt() {
        Token s = next();
        Expr test = namedExpression();
        expectColon(s, false);
        List<Stmt> body = block("'while' statement", s.line);
        List<Stmt> orelse = atKw("else") ? elseBlock() : List.of();
        return new While(pos(s), test, body, orelse);
    }

    private Stmt forStmt() {
        Token s = next();
        Expr target = forTarget();
        next();
        Expr iter = starExpressions();
        expectColon(s, false);
        List<Stmt> body = block("'for' statement", s.line);
        List<Stmt> orelse = atKw("else") ? elseBlock() : List.of();
        return new For(pos(s), target, iter, body, orelse);
    }

    private Stmt tryStmt() {
        Token s = next();
        expectColon(s, true);
        List<Stmt> body = block("'try' statement", s.line);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKw("except")) {
            Token e = next();
            if (atOp("*")) throw errorAtToken("SyntaxError", peek(), "except* is not supported by Specula yet");
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                if (peek().type == Token.NEWLINE) throw errorAtLast("expected ':'");
                type = expression();
                if (atOp(",")) {
                    if (invalidRules) {
                        int m = mark();
                        next();
                        Expr more = starExpressions();
                        reset(m);
                        throw errorRange(type, more, "multiple exception types must be parenthesized");
                    }
                    throw fail();
                }
                if (atKw("as")) {
                    next();
                    Token n = peek();
                    if (!isName(n)) throw fail();
                    next();
                    name = n.text;
                }
            }
            expectColon(e, false);
            List<Stmt> hb = block("'except' statement", e.line);
            handlers.add(new ExceptHandler(pos(e), type, name, hb));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && atKw("else")) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token f = next();
            expectColon(f, true);
            finalbody = block("'finally' statement", f.line);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            if (invalidRules) throw errorAtLast("expected 'except' or 'finally' block");
            throw fail();
        }
        return new Try(pos(s), body, handlers, orelse, finalbody);
    }

    private Stmt withStmt() {
        Token s = next();
        List<WithItem> items = null;
        if (atOp("(")) {
            int m = mark();
            try {
                next();
                List<WithItem> its = new ArrayList<>();
                do {
                    if (atOp(")") && !its.isEmpty()) break;
                    its.add(withItem());
                } while (acceptOp(","));
                expectOp(")");
                if (!atOp(":")) throw fail();
                items = its;
            } catch (Fail f) {
                reset(m);
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        expectColon(s, false);
        List<Stmt> body = block("'with' statement", s.line);
        return new With(pos(s), items, body);
    }

    private WithItem withItem() {
        Token s = peek();
        Expr e = expression();
        Expr vars = null;
        if (atKw("as")) {
            next();
            int m = mark();
            Expr t = starTarget();
            Token after = peek();
            if (!(after.isOp(",") || after.isOp(")") || after.isOp(":") || after.type == Token.NEWLINE)) {
                if (invalidRules) {
                    // CPython's invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                    reset(m);
                    Expr a = expression();
                    if (atOp(",") || atOp(")") || atOp(":")) toTarget(a, ExprContext.STORE);
                }
                throw fail();
            }
            if (invalidTarget(t, ExprContext.STORE) != null && !invalidRules) throw fail();
            vars = toTarget(t, ExprContext.STORE);
        }
        return new WithItem(pos(s), e, vars);
    }

    // ------------------------------------------------------------------ parameters and arguments

    /** Parameters of a def (up to ')') or a lambda (up to ':'). */
    private Arguments parameters(boolean lambda) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        boolean star = false, slash = false;
        String end = lambda ? ":" : ")";
        while (!atOp(end)) {
            Token t = peek();
            if (kwarg != null) {
                if (invalidRules) throw errorAtLast("arguments cannot follow var-keyword argument");
                throw fail();
            }
            if (t.isOp("/")) {
                if (slash || star || args.isEmpty()) {
                    if (invalidRules) {
                        throw errorAtToken("SyntaxError", t, slash ? "/ may appear only once"
                                : star ? "/ must be ahead of *" : "at least one argument must precede /");
                    }
                    throw fail();
                }
                next();
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (star) {
                    if (invalidRules) throw errorAtToken("SyntaxError", t, "* argument may appear only once");
                    throw fail();
                }
                next();
                star = true;
                if (!atOp(",")) {
                    if (!isName(peek())) {
                        if (invalidRules && atOp(end)) throw bareStar(t, lambda);
                        throw fail();
                    }
                    vararg = param(lambda);
                    if (atOp("=")) {
                        if (invalidRules) {
                            throw errorAtToken("SyntaxError", peek(), "var-positional argument cannot have default value");
                        }
                        throw fail();
                    }
                } else if (invalidRules && (tok(p + 1).isOp(end) || tok(p + 1).isOp("**"))) {
                    tok(p + 1);
                    throw bareStar(t, lambda);
                }
            } else if (t.isOp("**")) {
                next();
                kwarg = param(lambda);
                if (atOp("=")) {
                    if (invalidRules) throw errorAtToken("SyntaxError", peek(), "var-keyword argument cannot have default value");
                    throw fail();
                }
            } else {
                Arg a = param(lambda);
                Expr def = null;
                if (atOp("=")) {
                    Token eq = next();
                    if (invalidRules && (atOp(")") || atOp(","))) {
                        throw errorAtToken("SyntaxError", eq, "expected default value expression");
                    }
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) defaults.add(def);
                    else if (!defaults.isEmpty()) {
                        if (invalidRules && (atOp(",") || atOp(end))) {
                            throw errorAt(a, "non-default argument follows default argument");
                        }
                        throw fail();
                    }
                    args.add(a);
                }
            }
            if (!acceptOp(",")) break;
        }
        if (star && vararg == null && kwonly.isEmpty()) {
            if (invalidRules) throw errorAtLast("named arguments must follow bare *");
            throw fail();
        }
        return new Arguments(Pos.NONE, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** "named arguments must follow bare *": at the '*' for def, at the last token for lambda (as CPython). */
    private SyntaxErrorException bareStar(Token star, boolean lambda) {
        return lambda ? errorAtLast("named arguments must follow bare *")
                : errorAtToken("SyntaxError", star, "named arguments must follow bare *");
    }

    private Arg param(boolean lambda) {
        Token n = peek();
        if (!isName(n)) throw fail();
        next();
        Expr ann = null;
        if (!lambda && acceptOp(":")) ann = expression();
        return new Arg(pos(n), n.text, ann);
    }

    /**
     * Call arguments up to (not including) ')'. When genStart is non-null a lone generator expression
     * argument is allowed and gets the position from genStart (the '(') to the ')'.
     */
    private void arguments(List<Expr> args, List<Keyword> keywords, Token genStart) {
        boolean sawKeyword = false, sawDoubleStar = false;
        String orderError = null;
        Token starAfterDoubleStar = null;
        while (!atOp(")")) {
            Token t = peek();
            if (t.isOp("*")) {
                if (sawDoubleStar && !invalidRules) throw fail();
                next();
                Expr v;
                if (invalidRules && !keywords.isEmpty()) {
                    // CPython's invalid_arguments: args ',' '*' where the '*' does not start an argument
                    int m = mark();
                    try {
                        v = expression();
                    } catch (Fail f) {
                        reset(m);
                        throw errorAtToken("SyntaxError", t, "iterable argument unpacking follows keyword argument unpacking");
                    }
                } else {
                    v = expression();
                }
                args.add(new Starred(pos(t), v, ExprContext.LOAD));
                if (sawDoubleStar && orderError == null && starAfterDoubleStar == null) starAfterDoubleStar = t;
            } else if (t.isOp("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(pos(t), null, v));
                sawDoubleStar = true;
            } else if ((isName(t) || invalidRules && (t.isKeyword("True") || t.isKeyword("False") || t.isKeyword("None")))
                    && tok(p + 1).isOp("=")) {
                if (!isName(t)) {
                    if (invalidRules) {
                        Expr k = atom();
                        throw errorAt(k, "cannot assign to " + exprName(k));
                    }
                    throw fail();
                }
                next();
                next();
                Expr v = expression();
                if (invalidRules && (atKw("for") || atKw("async"))) {
                    throw errorRange(new Name(pos(t), t.text, ExprContext.LOAD), v,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.add(new Keyword(pos(t), t.text, v));
                sawKeyword = true;
            } else {
                if (!startsExpression(t, false) || (sawKeyword || sawDoubleStar) && !invalidRules) throw fail();
                Expr e = isName(t) && tok(p + 1).isOp(":=") ? namedExpression() : expression();
                if (atKw("for") || atKw("async")) {
                    if (genStart == null) throw fail();
                    List<Comprehension> gens = comprehensionClauses();
                    boolean alone = args.isEmpty() && keywords.isEmpty() && atOp(")");
                    if (!alone) {
                        if (invalidRules) {
                            throw errorRange(e, gens.get(gens.size() - 1).iter() != null
                                    ? lastOf(gens) : e, "Generator expression must be parenthesized");
                        }
                        throw fail();
                    }
                    // the generator expression spans the call's parentheses; ')' is left for the caller
                    Token close = peek();
                    args.add(new GeneratorExp(new Pos(genStart.line, genStart.col, close.endLine, close.endCol), e, gens));
                    return;
                }
                if (atOp("=")) {
                    if (invalidRules) {
                        Token eq = peek();
                        throw errorRange(e, new Name(new Pos(eq.line, eq.col, eq.endLine, eq.endCol), "=",
                                ExprContext.LOAD), "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                    throw fail();
                }
                if ((sawKeyword || sawDoubleStar) && orderError == null) {
                    orderError = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!acceptOp(",")) break;
        }
        if (orderError != null && invalidRules && !atOp(")")) {
            peek();
            throw errorAtLast(orderError);
        }
        if (!atOp(")")) throw fail();
        if (starAfterDoubleStar != null) {
            throw errorAtToken("SyntaxError", starAfterDoubleStar,
                    "iterable argument unpacking follows keyword argument unpacking");
        }
        if (orderError != null) {
            peek();
            throw errorAtLast(orderError);
        }
    }

    private static Node lastOf(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    // ================================================================== expressions

    /** star_expressions: a tuple (without parentheses) when there is a comma. */
    private Expr starExpressions() {
        Token s = peek();
        Expr e = starExpression();
        if (!atOp(",")) return e;
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek(), true)) break;
            elts.add(starExpression());
        }
        return new TupleExpr(pos(s), elts, ExprContext.LOAD);
    }

    private Expr starExpression() {
        if (atOp("*")) return starredBitwiseOr();
        return expression();
    }

    private Expr starredBitwiseOr() {
        Token s = next();
        Expr v = bitwiseOr();
        return new Starred(pos(s), v, ExprContext.LOAD);
    }

    /** expressions: expression (',' expression)* [','] (eval input). */
    private Expr expressions() {
        Token s = peek();
        Expr e = expression();
        if (!atOp(",")) return e;
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek(), false)) break;
            elts.add(expression());
        }
        return new TupleExpr(pos(s), elts, ExprContext.LOAD);
    }

    private Expr starNamedExpression() {
        if (atOp("*")) return starredBitwiseOr();
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression !':='. */
    private Expr namedExpression() {
        Token s = peek();
        if (isName(s) && tok(p + 1).isOp(":=")) {
            next();
            next();
            Expr v = expression();
            return new NamedExpr(pos(s), new Name(new Pos(s.line, s.col, s.endLine, s.endCol), s.text,
                    ExprContext.STORE), v);
        }
        Expr e = expression();
        if (atOp(":=")) {
            if (invalidRules) throw errorAt(e, "cannot use assignment expressions with " + exprName(e));
            throw fail();
        }
        if (invalidRules && atOp("=") && isBitwiseOrLevel(e)) {
            int m = mark();
            next();
            boolean ok;
            Expr b = null;
            boolean saved = invalidRules;
            invalidRules = false;
            try {
                b = bitwiseOr();
                ok = !atOp("=") && !atOp(":=");
            } catch (Fail f) {
                ok = false;
            } finally {
                invalidRules = saved;
            }
            reset(m);
            if (ok) {
                if (e instanceof Name) {
                    throw errorRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                if (!startsListTupleOrKeywordConst(s, e)) {
                    throw errorAt(e, "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        return e;
    }

    private Expr expression() {
        Token s = peek();
        if (s.isKeyword("lambda")) return lambdef();
        Expr a = disjunction();
        if (atKw("if")) {
            int m = mark();
            next();
            Expr test = null;
            try {
                test = disjunction();
            } catch (Fail f) {
                reset(m); // as PEG: fall back to the plain disjunction
            }
            if (test != null) {
                if (atKw("else")) {
                    next();
                    Expr orelse = expression();
                    return new IfExp(pos(s), test, a, orelse);
                }
                if (invalidRules && !atOp(":")) throw errorRange(a, test, "expected 'else' after 'if' expression");
                reset(m);
            }
        }
        if (invalidRules && startsExpression(peek(), false)) invalidExpression(s, a);
        return a;
    }

    /** CPython's invalid_expression / invalid_legacy_expression (second pass only). */
    private void invalidExpression(Token s, Expr a) {
        boolean legacy = a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
        // !(NAME STRING | SOFT_KEYWORD) on the first token; CPython 3.11 matches soft keywords with
        // strncmp(keyword, name, len(name)), so any prefix of "match", "case" or "_" counts
        if (!legacy && s.type == Token.NAME) {
            if (toks.get(indexOf(s) + 1).type == Token.STRING) return;
            if ("match".startsWith(s.text) || "case".startsWith(s.text) || "_".startsWith(s.text)) return;
        }
        int m = mark();
        boolean saved = invalidRules;
        invalidRules = false;
        Expr b;
        try {
            b = legacy ? starExpressions() : expression();
        } catch (Fail f) {
            reset(m);
            return;
        } finally {
            invalidRules = saved;
        }
        Token lastTok = toks.get(p - 1);
        reset(m);
        if (legacy) {
            String id = ((Name) a).id();
            throw errorRange(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
        }
        if (lastTok.level == 0) return;
        throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr lambdef() {
        Token s = next();
        Arguments args = parameters(true);
        expectOp(":");
        Expr body = expression();
        return new Lambda(pos(s), args, body);
    }

    private Expr disjunction() {
        Token s = peek();
        Expr a = conjunction();
        if (!atKw("or")) return a;
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (atKw("or")) {
            next();
            values.add(conjunction());
        }
        return new BoolOp(pos(s), BoolOperator.OR, values);
    }

    private Expr conjunction() {
        Token s = peek();
        Expr a = inversion();
        if (!atKw("and")) return a;
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (atKw("and")) {
            next();
            values.add(inversion());
        }
        return new BoolOp(pos(s), BoolOperator.AND, values);
    }

    private Expr inversion() {
        Token s = peek();
        if (s.isKeyword("not")) {
            next();
            Expr v = inversion();
            return new UnaryOp(pos(s), UnaryOperator.NOT, v);
        }
        return comparison();
    }

    private CmpOp cmpOp() {
        Token t = peek();
        if (t.type == Token.OP) {
            return switch (t.text) {
                case "==" -> CmpOp.EQ;
                case "!=" -> CmpOp.NOT_EQ;
                case "<" -> CmpOp.LT;
                case "<=" -> CmpOp.LT_E;
                case ">" -> CmpOp.GT;
                case ">=" -> CmpOp.GT_E;
                default -> null;
            };
        }
        if (t.type == Token.NAME) {
            switch (t.text) {
                case "in": return CmpOp.IN;
                case "is": return tok(p + 1).isKeyword("not") ? CmpOp.IS_NOT : CmpOp.IS;
                case "not": return tok(p + 1).isKeyword("in") ? CmpOp.NOT_IN : null;
                default: return null;
            }
        }
        return null;
    }

    private Expr comparison() {
        Token s = peek();
        Expr a = bitwiseOr();
        CmpOp op = cmpOp();
        if (op == null) return a;
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            next();
            if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) next();
            ops.add(op);
            comparators.add(bitwiseOr());
            op = cmpOp();
        }
        return new Compare(pos(s), a, ops, comparators);
    }

    private Expr bitwiseOr() {
        Token s = peek();
        Expr a = bitwiseXor();
        while (atOp("|")) {
            next();
            Expr b = bitwiseXor();
            a = new BinOp(pos(s), a, Operator.BIT_OR, b);
        }
        return a;
    }

    private Expr bitwiseXor() {
        Token s = peek();
        Expr a = bitwiseAnd();
        while (atOp("^")) {
            next();
            Expr b = bitwiseAnd();
            a = new BinOp(pos(s), a, Operator.BIT_XOR, b);
        }
        return a;
    }

    private Expr bitwiseAnd() {
        Token s = peek();
        Expr a = shiftExpr();
        while (atOp("&")) {
            next();
            Expr b = shiftExpr();
            a = new BinOp(pos(s), a, Operator.BIT_AND, b);
        }
        return a;
    }

    private Expr shiftExpr() {
        Token s = peek();
        Expr a = sum();
        for (;;) {
            Operator op = atOp("<<") ? Operator.LSHIFT : atOp(">>") ? Operator.RSHIFT : null;
            if (op == null) return a;
            next();
            Expr b = sum();
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr sum() {
        Token s = peek();
        Expr a = term();
        for (;;) {
            Operator op = atOp("+") ? Operator.ADD : atOp("-") ? Operator.SUB : null;
            if (op == null) return a;
            next();
            Expr b = term();
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr term() {
        Token s = peek();
        Expr a = factor();
        for (;;) {
            Token t = peek();
            Operator op = null;
            if (t.type == Token.OP) {
                switch (t.text) {
                    case "*" -> op = Operator.MULT;
                    case "/" -> op = Operator.DIV;
                    case "//" -> op = Operator.FLOOR_DIV;
                    case "%" -> op = Operator.MOD;
                    case "@" -> op = Operator.MAT_MULT;
                    default -> { }
                }
            }
            if (op == null) return a;
            next();
            Expr b = factor();
            a = new BinOp(pos(s), a, op, b);
        }
    }

    private Expr factor() {
        Token s = peek();
        if (s.type == Token.OP) {
            UnaryOperator op = switch (s.text) {
                case "+" -> UnaryOperator.UADD;
                case "-" -> UnaryOperator.USUB;
                case "~" -> UnaryOperator.INVERT;
                default -> null;
            };
            if (op != null) {
                next();
                Expr v = factor();
                return new UnaryOp(pos(s), op, v);
            }
        }
        return power();
    }

    private Expr power() {
        Token s = peek();
        Expr a;
        if (s.isKeyword("await")) {
            next();
            Expr v = primary();
            a = new Await(pos(s), v);
        } else {
            a = primary();
        }
        if (atOp("**")) {
            next();
            Expr b = factor();
            return new BinOp(pos(s), a, Operator.POW, b);
        }
        return a;
    }

    private Expr primary() {
        Token s = peek();
        Expr a = atom();
        for (;;) {
            Token t = peek();
            if (t.type != Token.OP) return a;
            switch (t.text) {
                // as PEG, a trailer that does not parse leaves the shorter primary
                case "." -> {
                    Token n = tok(p + 1);
                    if (!isName(n)) return a;
                    next();
                    next();
                    a = new Attribute(pos(s), a, n.text, ExprContext.LOAD);
                }
                case "(" -> {
                    int m = mark();
                    try {
                        next();
                        List<Expr> args = new ArrayList<>();
                        List<Keyword> kws = new ArrayList<>();
                        arguments(args, kws, t);
                        expectOp(")");
                        a = new Call(pos(s), a, args, kws);
                    } catch (Fail f) {
                        reset(m);
                        return a;
                    }
                }
                case "[" -> {
                    int m = mark();
                    try {
                        next();
                        Expr slice = slices();
                        expectOp("]");
                        a = new Subscript(pos(s), a, slice, ExprContext.LOAD);
                    } catch (Fail f) {
                        reset(m);
                        return a;
                    }
                }
                default -> {
                    return a;
                }
            }
        }
    }

    private Expr slices() {
        Token s = peek();
        Expr first = slice();
        if (!atOp(",")) {
            return first instanceof Starred ? new TupleExpr(pos(s), List.of(first), ExprContext.LOAD) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(slice());
        }
        return new TupleExpr(pos(s), elts, ExprContext.LOAD);
    }

    private Expr slice() {
        Token s = peek();
        if (s.isOp("*")) return starredBitwiseOr();
        Expr lower = null;
        if (!s.isOp(":")) {
            Expr e = namedExpression();
            if (!atOp(":")) return e;
            if (e instanceof NamedExpr) throw fail();
            lower = e;
        }
        next();
        Expr upper = null, step = null;
        if (!atOp(":") && !atOp(",") && !atOp("]")) upper = expression();
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) step = expression();
        }
        return new Slice(pos(s), lower, upper, step);
    }

    private Expr yieldExpr() {
        Token s = next();
        if (atKw("from")) {
            next();
            Expr v = expression();
            return new YieldFrom(pos(s), v);
        }
        Expr v = startsExpression(peek(), true) ? starExpressions() : null;
        return new Yield(pos(s), v);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type) {
            case Token.NAME -> {
                switch (t.text) {
                    case "True": next(); return new Constant(pos(t), Boolean.TRUE);
                    case "False": next(); return new Constant(pos(t), Boolean.FALSE);
                    case "None": next(); return new Constant(pos(t), Py.None);
                    default:
                        if (KEYWORDS.contains(t.text)) throw fail();
                        next();
                        return new Name(pos(t), t.text, ExprContext.LOAD);
                }
            }
            case Token.NUMBER -> {
                next();
                checkIntDigits(t);
                return new Constant(pos(t), Literals.number(t.text));
            }
            case Token.STRING -> {
                return strings();
            }
            case Token.OP -> {
                switch (t.text) {
                    case "(": return parenAtom();
                    case "[": return listAtom();
                    case "{": return braceAtom();
                    case "...": next(); return new Constant(pos(t), Py.Ellipsis);
                    default: throw fail();
                }
            }
            default -> throw fail();
        }
    }

    private Expr parenAtom() {
        Token s = next();
        if (atOp(")")) {
            next();
            return new TupleExpr(pos(s), List.of(), ExprContext.LOAD);
        }
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) throw starredComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp(")");
            return new GeneratorExp(pos(s), first, gens);
        }
        if (atOp(")")) {
            if (first instanceof Starred) {
                if (invalidRules) throw errorAt(first, "cannot use starred expression here");
                throw fail();
            }
            next();
            return first;
        }
        if (!atOp(",")) throw fail();
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) break;
            elts.add(starNamedExpression());
        }
        expectOp(")");
        return new TupleExpr(pos(s), elts, ExprContext.LOAD);
    }

    private Expr listAtom() {
        Token s = next();
        if (acceptOp("]")) return new ListExpr(pos(s), List.of(), ExprContext.LOAD);
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) throw starredComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp("]");
            return new ListComp(pos(s), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(starNamedExpression());
        }
        unparenthesizedComprehensionTarget(elts);
        expectOp("]");
        return new ListExpr(pos(s), elts, ExprContext.LOAD);
    }

    private Expr braceAtom() {
        Token s = next();
        if (acceptOp("}")) return new Dict(pos(s), List.of(), List.of());
        if (atOp("**")) return dictRest(s, null, null);
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Starred)) {
            Token colon = next();
            if (invalidRules && (atOp("}") || atOp(","))) {
                throw errorAtToken("SyntaxError", colon, "expression expected after dictionary key and ':'");
            }
            if (invalidRules && atOp("*")) {
                Token star = peek();
                throw error("SyntaxError", "cannot use a starred expression in a dictionary value", star.line,
                        star.col + 1, star.endLine, -1);
            }
            Expr v = expression();
            if (atKw("for") || atKw("async")) {
                List<Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new DictComp(pos(s), first, v, gens);
            }
            return dictRest(s, first, v);
        }
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) throw starredComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp("}");
            return new SetComp(pos(s), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("}")) break;
            elts.add(starNamedExpression());
        }
        unparenthesizedComprehensionTarget(elts);
        expectOp("}");
        return new SetExpr(pos(s), elts);
    }

    private RuntimeException starredComprehension(Expr first) {
        if (!invalidRules) return fail();
        return errorAt(first, "iterable unpacking cannot be used in comprehension");
    }

    /** CPython's invalid_comprehension: [a, b for ...] (second pass only). */
    private void unparenthesizedComprehensionTarget(List<Expr> elts) {
        if (invalidRules && elts.size() >= 1 && (atKw("for") || atKw("async"))) {
            if (elts.size() == 1) {
                Token comma = toks.get(p - 1);
                throw error("SyntaxError", "did you forget parentheses around the comprehension target?",
                        elts.get(0).pos().line(), elts.get(0).pos().col() + 1, comma.endLine, comma.endCol + 1);
            }
            throw errorRange(elts.get(0), elts.get(elts.size() - 1),
                    "did you forget parentheses around the comprehension target?");
        }
    }

    /** The rest of a dict display; (k, v) is the first entry already parsed, or null. */
    private Expr dictRest(Token s, Expr k, Expr v) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (k != null) {
            keys.add(k);
            values.add(v);
            more = acceptOp(",");
        }
        while (more && !atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key;
                if (k != null || !keys.isEmpty()) {
                    boolean saved = invalidRules;
                    invalidRules = false;
                    try {
                        key = expression();
                    } finally {
                        invalidRules = saved;
                    }
                    if (invalidRules && !atOp(":")) {
                        Pos q = key.pos();
                        throw error("SyntaxError", "':' expected after dictionary key", q.line(), q.endCol(),
                                q.endLine(), 0);
                    }
                } else {
                    key = expression();
                }
                keys.add(key);
                if (!atOp(":")) {
                    if (invalidRules && (atOp("}") || atOp(","))) throw errorAt(key, "':' expected after dictionary key");
                    throw fail();
                }
                Token colon = next();
                if (invalidRules && (atOp("}") || atOp(","))) {
                    throw errorAtToken("SyntaxError", colon, "expression expected after dictionary key and ':'");
                }
                if (invalidRules && atOp("*")) {
                    Token star = peek();
                    throw error("SyntaxError", "cannot use a starred expression in a dictionary value", star.line,
                            star.col + 1, star.endLine, -1);
                }
                values.add(expression());
            }
            more = acceptOp(",");
        }
        expectOp("}");
        return new Dict(pos(s), keys, values);
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || atKw("async")) {
            Token s = peek();
            if (s.isKeyword("async")) {
                throw errorAtToken("SyntaxError", s, "asynchronous comprehensions are not supported by Specula yet");
            }
            next();
            Expr target = forTarget();
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(pos(s), target, iter, ifs, false));
        }
        return gens;
    }

    /** The target after 'for', up to (not including) 'in'; with CPython's invalid_for_target check. */
    private Expr forTarget() {
        int m = mark();
        Expr target = null;
        try {
            target = targetList();
        } catch (Fail f) {
            if (!invalidRules) throw f;
        }
        if (target != null && atKw("in")) return target;
        if (!invalidRules) throw fail();
        reset(m);
        Expr e = starExpressions();
        Expr bad = invalidTarget(e, ExprContext.STORE, true);
        if (bad != null) throw errorAt(bad, "cannot assign to " + exprName(bad));
        throw fail();
    }

    /** star_target: ['*'] a primary (atom with trailers), not yet converted to Store context. */
    private Expr starTarget() {
        Token s = peek();
        if (s.isOp("*")) {
            next();
            Expr v = starTarget();
            return new Starred(pos(s), v, ExprContext.LOAD);
        }
        return primary();
    }

    /** star_targets as in 'for' loops and comprehensions: converted to Store context. */
    private Expr targetList() {
        Token s = peek();
        Expr e = starTarget();
        if (!atOp(",")) {
            if (!invalidRules && invalidTarget(e, ExprContext.STORE) != null) throw fail();
            return toTarget(e, ExprContext.STORE);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek(), true)) break;
            elts.add(starTarget());
        }
        Expr t = new TupleExpr(pos(s), elts, ExprContext.LOAD);
        if (!invalidRules && invalidTarget(t, ExprContext.STORE) != null) throw fail();
        return toTarget(t, ExprContext.STORE);
    }

    // ================================================================== strings and f-strings

    /** One or more adjacent string tokens: a Constant, or a JoinedStr when any is an f-string. */
    private Expr strings() {
        Token first = peek();
        int startIndex = p;
        boolean anyF = false;
        while (peek().type == Token.STRING) {
            Token t = next();
            int pl = Literals.prefixLength(t.text);
            for (int i = 0; i < pl; i++) if ((t.text.charAt(i) | 0x20) == 'f') anyF = true;
        }
        int endIndex = p;
        Pos whole = pos(first);
        StringBuilder lit = new StringBuilder();
        List<Expr> parts = anyF ? new ArrayList<>() : null;
        for (int i = startIndex; i < endIndex; i++) {
            Token t = toks.get(i);
            String text = t.text;
            int pl = Literals.prefixLength(text);
            boolean raw = false, f = false;
            for (int k = 0; k < pl; k++) {
                char c = (char) (text.charAt(k) | 0x20);
                if (c == 'r') raw = true;
                if (c == 'f') f = true;
            }
            int q = text.length() - pl >= 6 && text.charAt(pl) == text.charAt(pl + 1)
                    && text.charAt(pl) == text.charAt(pl + 2) ? 3 : 1;
            String body = text.substring(pl + q, text.length() - q);
            if (!f) {
                lit.append(raw ? body : decode(body));
            } else {
                FString fs = new FString(t, raw, whole);
                int[] cps = text.codePoints().toArray();
                int bodyStart = text.codePointCount(0, pl + q);
                int bodyEnd = cps.length - q;
                fs.parse(cps, bodyStart, bodyEnd, 0, parts, lit);
            }
        }
        if (!anyF) return new Constant(whole, lit.toString());
        flush(lit, parts, whole);
        return new JoinedStr(whole, parts);
    }

    private String decode(String body) {
        try {
            return Literals.decodeEscapes(body);
        } catch (Literals.BadEscape e) {
            peek();
            throw errorAtLast(e.msg);
        }
    }

    private static void flush(StringBuilder lit, List<Expr> parts, Pos whole) {
        if (lit.length() > 0) {
            parts.add(new Constant(whole, lit.toString()));
            lit.setLength(0);
        }
    }

    /** Parser for the contents of one f-string token (CPython 3.11's fstring_find_literal/expr). */
    private final class FString {
        private final Token tok;
        private final boolean raw;
        private final Pos whole;
        private int[] lineOf, colOf;

        FString(Token tok, boolean raw, Pos whole) {
            this.tok = tok;
            this.raw = raw;
            this.whole = whole;
        }

        private SyntaxErrorException err(String m) {
            peek();
            return errorAtLast(m);
        }

        /** Computes the real (line, col) of every code point of the token text. */
        private void positions(int[] s) {
            if (lineOf != null) return;
            lineOf = new int[s.length + 1];
            colOf = new int[s.length + 1];
            int l = tok.line, c = tok.col;
            for (int i = 0; i <= s.length; i++) {
                lineOf[i] = l;
                colOf[i] = c;
                if (i < s.length && s[i] == '\n') {
                    l++;
                    c = 0;
                } else {
                    c++;
                }
            }
        }

        /** Parses s[i..end); in a format spec (recurse > 0) stops at an unmatched '}' and returns its index. */
        int parse(int[] s, int i, int end, int recurse, List<Expr> parts, StringBuilder lit) {
            while (i < end) {
                int j = i;
                while (j < end) {
                    int c = s[j];
                    if (c == '\\' && !raw && j + 1 < end) {
                        int d = s[j + 1];
                        if (d == '{' || d == '}') {
                            j++;
                            continue;
                        }
                        if (d == 'N' && j + 2 < end && s[j + 2] == '{') {
                            int k = j + 3;
                            while (k < end && s[k] != '}') k++;
                            j = Math.min(k + 1, end);
                            continue;
                        }
                        j += 2;
                        continue;
                    }
                    if (c == '{' || c == '}') break;
                    j++;
                }
                if (j > i) {
                    String chunk = new String(s, i, j - i);
                    lit.append(raw ? chunk : decode(chunk));
                }
                if (j >= end) return end;
                int c = s[j];
                if (recurse == 0 && j + 1 < end && s[j + 1] == c) {
                    lit.appendCodePoint(c);
                    i = j + 2;
                    continue;
                }
                if (c == '}') {
                    if (recurse == 0) throw err("f-string: single '}' is not allowed");
                    return j;
                }
                i = field(s, j + 1, end, recurse, parts, lit);
            }
            return i;
        }

        /** One replacement field; i is just after the '{'. Returns the index after the closing '}'. */
        private int field(int[] s, int i, int end, int recurse, List<Expr> parts, StringBuilder lit) {
            if (recurse >= 2) throw err("f-string: expressions nested too deeply");
            int exprStart = i;
            int quote = 0;
            boolean tripleQuote = false;
            int depth = 0;
            char[] stack = new char[200];
            while (i < end) {
                int ch = s[i];
                if (ch == '\\') throw err("f-string expression part cannot include a backslash");
                if (quote != 0) {
                    if (ch == quote) {
                        if (tripleQuote) {
                            if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
                                i += 3;
                                quote = 0;
                                continue;
                            }
                        } else {
                            quote = 0;
                        }
                    }
                    i++;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
                        tripleQuote = true;
                        i += 3;
                    } else {
                        tripleQuote = false;
                        i++;
                    }
                    quote = ch;
                    continue;
                }
                if (ch == '[' || ch == '(' || ch == '{') {
                    if (depth >= 200) throw err("f-string: too many nested parenthesis");
                    stack[depth++] = (char) ch;
                    i++;
                    continue;
                }
                if (ch == '#') throw err("f-string expression part cannot include '#'");
                if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                    if (i + 1 < end && s[i + 1] == '=' && ch != ':' && ch != '}') {
                        i += 2;
                        continue;
                    }
                    if (ch == '>' || ch == '<') {
                        i++;
                        continue;
                    }
                    break;
                }
                if (ch == ']' || ch == ')' || ch == '}') {
                    if (depth == 0) throw err("f-string: unmatched '" + (char) ch + "'");
                    char open = stack[--depth];
                    if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                        throw err("f-string: closing parenthesis '" + (char) ch
                                + "' does not match opening parenthesis '" + open + "'");
                    }
                }
                i++;
            }
            if (quote != 0) throw err("f-string: unterminated string");
            if (depth > 0) throw err("f-string: unmatched '" + stack[depth - 1] + "'");
            if (i >= end) throw err("f-string: expecting '}'");
            int exprEnd = i;
            boolean blank = true;
            for (int k = exprStart; k < exprEnd; k++) {
                if (!(s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f' || s[k] == '\r')) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                throw err(s[i] == '}' ? "f-string: empty expression not allowed"
                        : "f-string: expression required before '" + (char) s[i] + "'");
            }
            Expr value = compileExpr(s, exprStart, exprEnd);
            String debugText = null;
            if (s[i] == '=') {
                i++;
                while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r')) i++;
                debugText = new String(s, exprStart, i - exprStart);
            }
            if (i >= end) throw err("f-string: expecting '}'");
            int conversion = -1;
            if (s[i] == '!') {
                i++;
                if (i >= end) throw err("f-string: expecting '}'");
                conversion = s[i];
                i++;
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            if (i >= end) throw err("f-string: expecting '}'");
            Expr spec = null;
            if (s[i] == ':') {
                i++;
                List<Expr> specParts = new ArrayList<>();
                StringBuilder specLit = new StringBuilder();
                i = parse(s, i, end, recurse + 1, specParts, specLit);
                // as CPython 3.11: the spec's trailing literal gets the token's position, other parts the whole string's
                Pos tokPos = new Pos(tok.line, tok.col, tok.endLine, tok.endCol);
                flush(specLit, specParts, tokPos);
                spec = new JoinedStr(tokPos, specParts);
            }
            if (i >= end || s[i] != '}') throw err("f-string: expecting '}'");
            i++;
            if (debugText != null) {
                lit.append(debugText);
                if (conversion == -1 && spec == null) conversion = 'r';
            }
            flush(lit, parts, whole);
            parts.add(new FormattedValue(whole, value, conversion, spec));
            return i;
        }

        private Expr compileExpr(int[] s, int start, int end) {
            positions(s);
            String text = "(" + new String(s, start, end - start) + ")";
            int braceLine = lineOf[start - 1], braceCol = colOf[start - 1];
            List<Token> sub = Tokenizer.tokenize(text, filename, braceLine - 1, braceCol);
            Mod m;
            try {
                m = run(sub, source, filename, 2);
            } catch (SyntaxErrorException e) {
                // CPython 3.11 reports columns relative to the "(expression)" string it parses
                int off = e.lineno == braceLine && e.offset > 0 ? e.offset - braceCol : e.offset;
                int endOff = e.endLineno == braceLine && e.endOffset > 0 ? e.endOffset - braceCol : e.endOffset;
                String m2 = e.msg.startsWith("f-string") ? e.msg : "f-string: " + e.msg;
                // ... and its text is the line of that string (CPython parses it as a separate source)
                String[] exprLines = text.split("\n", -1);
                int k = e.lineno - braceLine;
                String errText = k >= 0 && k < exprLines.length ? exprLines[k] + "\n" : e.text;
                throw new SyntaxErrorException(e.kind, m2, e.filename, e.lineno, off,
                        e.endLineno, endOff, errText);
            }
            return ((Expression) m).body();
        }
    }
}
