package org.specula.core.compiler;

import static org.specula.core.code.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.specula.core.ast.Ast;
import org.specula.core.ast.Ast.*;
import org.specula.core.code.CodeObject;
import org.specula.core.compiler.Instr.Label;
import org.specula.core.compiler.Symtable.BlockType;
import org.specula.core.compiler.Symtable.Scope;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyTuple;

/**
 * Compiles an AST into code objects (symbol table, code generation, exception table, assembly),
 * following CPython 3.11's {@code Python/compile.c}.
 *
 * <p>Conventions the interpreter relies on:
 * <ul>
 *   <li>A function's {@code consts[0]} is its docstring, or {@code Py.None} when it has none
 *       (lambdas always have None there).</li>
 *   <li>Generator code objects carry CO_GENERATOR; no RETURN_GENERATOR is emitted.</li>
 *   <li>MAKE_FUNCTION's annotations (flag 0x04) are a flat tuple (name, value, name, value...).</li>
 *   <li>Zero-argument {@code super()} in a function is compiled as
 *       {@code super(__class__, <first parameter>)} when {@code super} is not a local name.</li>
 *   <li>LOAD_CLOSURE/LOAD_DEREF/STORE_DEREF/DELETE_DEREF/LOAD_CLASSDEREF index the cells array
 *       (cellvars, then freevars); a closure tuple lists cells in the callee's freevars order.</li>
 *   <li>Comprehensions are called as {@code [function, iterator] CALL 0} (method-style, no NULL).</li>
 *   <li>A class body returns its {@code __class__} cell (also stored as {@code __classcell__}) or None.</li>
 *   <li>NOPs that carry a line number survive, as in CPython.</li>
 * </ul>
 */
public final class Compiler {
    /** Compiles a module; throws SyntaxErrorException for errors found at compile time. */
    public static CodeObject compileModule(Ast.Module module, String filename) {
        Compiler c = new Compiler(Symtable.build(module, filename), filename);
        c.enterScope("<module>", ScopeType.MODULE, module, 1);
        c.body(module.body());
        return c.finishUnit(true);
    }

    /** Compiles an expression for eval(): the code returns the value. */
    public static CodeObject compileExpression(Ast.Expression expr, String filename) {
        Compiler c = new Compiler(Symtable.build(expr, filename), filename);
        c.enterScope("<module>", ScopeType.MODULE, expr, 1);
        c.visitExpr(expr.body());
        c.emit(RETURN_VALUE);
        return c.finishUnit(false);
    }

    // ------------------------------------------------------------------ state

    enum ScopeType { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER }

    private record FBlock(FBlockType type, Label block, Label exit, Object datum) {}

    /** Per code object compilation state (CPython's compiler_unit). */
    private static final class Unit {
        Scope ste;
        String name;
        String qualname;
        ScopeType scopeType;
        Unit parent;
        final List<Instr> code = new ArrayList<>();
        final List<Object> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();
        final List<String> varnames = new ArrayList<>();
        final Map<String, Integer> varIndex = new HashMap<>();
        final List<String> cellvars = new ArrayList<>();
        final List<String> freevars = new ArrayList<>();
        final List<FBlock> fblocks = new ArrayList<>();
        int argcount, posonlyargcount, kwonlyargcount, firstlineno;
        String privateName;
        Pos loc;
    }

    private static final int STACK_USE_GUIDELINE = 30;

    private final Symtable symtable;
    private final String filename;
    private Unit u;

    private Compiler(Symtable symtable, String filename) {
        this.symtable = symtable;
        this.filename = filename;
    }

    private SyntaxErrorException error(String msg, Pos p) {
        if (p == null) p = Pos.NONE;
        SyntaxErrorException e = new SyntaxErrorException("SyntaxError", msg, filename, p.line(), p.col() + 1,
                p.endLine(), p.endCol() + 1, null);
        e.fromCompiler = true;
        return e;
    }

    // ------------------------------------------------------------------ units

    private void enterScope(String name, ScopeType type, Node key, int firstlineno) {
        Unit nu = new Unit();
        nu.ste = symtable.scopeFor(key);
        nu.name = name;
        nu.scopeType = type;
        nu.parent = u;
        nu.firstlineno = firstlineno;
        nu.privateName = u == null ? null : u.privateName;
        nu.varnames.addAll(nu.ste.varnames);
        for (int i = 0; i < nu.varnames.size(); i++) nu.varIndex.put(nu.varnames.get(i), i);
        if (nu.ste.needsClassClosure) nu.cellvars.add("__class__");
        TreeSet<String> cells = new TreeSet<>(), frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : nu.ste.scopes.entrySet()) {
            if (e.getValue() == Symtable.CELL) cells.add(e.getKey());
            if (e.getValue() == Symtable.FREE) frees.add(e.getKey());
        }
        for (Map.Entry<String, Integer> e : nu.ste.symbols.entrySet()) {
            if ((e.getValue() & Symtable.DEF_FREE_CLASS) != 0) frees.add(e.getKey());
        }
        for (String v : nu.ste.varnames) {
            if (cells.remove(v)) nu.cellvars.add(v); // parameters that are cells come first, in order
        }
        nu.cellvars.addAll(cells);
        nu.freevars.addAll(frees);
        nu.loc = new Pos(firstlineno, 0, firstlineno, 0);
        u = nu;
        if (type != ScopeType.MODULE) {
            setQualname();
            emit(Instr.RESUME_MARK);
        } else {
            u.qualname = name;
            u.loc = new Pos(0, 0, 1, 0); // CPython's module RESUME location (line 0)
            emit(Instr.RESUME_MARK);
        }
    }

    private void setQualname() {
        Unit parent = u.parent;
        boolean forceGlobal = false;
        if (parent.scopeType == ScopeType.MODULE) {
            u.qualname = u.name;
            return;
        }
        if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.CLASS) {
            String mangled = Symtable.mangle(parent.privateName, u.name);
            if (parent.ste.scopeOf(mangled) == Symtable.GLOBAL_EXPLICIT) forceGlobal = true;
        }
        if (forceGlobal) {
            u.qualname = u.name;
        } else if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.LAMBDA) {
            u.qualname = parent.qualname + ".<locals>." + u.name;
        } else {
            u.qualname = parent.qualname + "." + u.name;
        }
    }

    private CodeObject finishUnit(boolean addReturnNone) {
        if (addReturnNone && !endsWithReturn()) {
            u.loc = null;
            loadConst(Py.None);
            emit(RETURN_VALUE);
        }
        Unit unit = u;
        Assembler asm = new Assembler(unit.consts::get, this::addConstIndex, unit.firstlineno);
        Assembler.Result r = asm.assemble(unit.code);
        int flags = 0;
        if (unit.ste.type == BlockType.FUNCTION) {
            flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
            if (unit.ste.nested) flags |= CodeObject.CO_NESTED;
            if (unit.ste.generator) flags |= CodeObject.CO_GENERATOR;
            if (unit.ste.varargs) flags |= CodeObject.CO_VARARGS;
            if (unit.ste.varkeywords) flags |= CodeObject.CO_VARKEYWORDS;
        }
        int[] cell2arg = new int[unit.cellvars.size()];
        for (int i = 0; i < cell2arg.length; i++) {
            int idx = unit.ste.varnames.indexOf(unit.cellvars.get(i));
            cell2arg[i] = idx;
        }
        CodeObject co = new CodeObject(filename, unit.name, unit.qualname, flags, unit.argcount,
                unit.posonlyargcount, unit.kwonlyargcount, r.code, unit.consts.toArray(),
                unit.names.toArray(new String[0]), unit.varnames.toArray(new String[0]),
                unit.cellvars.toArray(new String[0]), unit.freevars.toArray(new String[0]), cell2arg, r.stacksize,
                unit.firstlineno, r.positions, r.exceptionTable);
        u = unit.parent;
        return co;
    }

    private boolean endsWithReturn() {
        List<Instr> code = u.code;
        return !code.isEmpty() && code.get(code.size() - 1).op == RETURN_VALUE;
    }

    // ------------------------------------------------------------------ emission

    private Instr emit(int op) {
        return emit(op, 0);
    }

    private Instr emit(int op, int arg) {
        Instr in = new Instr(op, arg, null, u.loc);
        u.code.add(in);
        return in;
    }

    private void emitJump(int op, Label target) {
        u.code.add(new Instr(op, 0, target, u.loc));
    }

    private void bind(Label l) {
        u.code.add(new Instr(Instr.LABEL, 0, l, null));
    }

    private static Object constKey(Object v) {
        if (v instanceof PyTuple t) {
            List<Object> l = new ArrayList<>();
            l.add(PyTuple.class);
            for (Object o : t.items) l.add(constKey(o));
            return l;
        }
        if (v instanceof CodeObject) return v;
        return List.of(v.getClass(), v);
    }

    private int addConstIndex(Object v) {
        Object key = constKey(v);
        Integer i = u.constIndex.get(key);
        if (i != null) return i;
        u.consts.add(v);
        u.constIndex.put(key, u.consts.size() - 1);
        return u.consts.size() - 1;
    }

    private void loadConst(Object v) {
        emit(LOAD_CONST, addConstIndex(v));
    }

    private int nameIndex(String name) {
        Integer i = u.nameIndex.get(name);
        if (i != null) return i;
        u.names.add(name);
        u.nameIndex.put(name, u.names.size() - 1);
        return u.names.size() - 1;
    }

    private int varIndex(String name) {
        Integer i = u.varIndex.get(name);
        if (i != null) return i;
        u.varnames.add(name);
        u.varIndex.put(name, u.varnames.size() - 1);
        return u.varnames.size() - 1;
    }

    private String mangle(String name) {
        return Symtable.mangle(u.privateName, name);
    }

    // ------------------------------------------------------------------ names

    // ------------------------------------------------------------------ SyntaxWarnings

    /**
     * CPython's compiler_warn: a SyntaxWarning at the current line, shown as the warnings module
     * does by default ({@code file:line: SyntaxWarning: msg} and the source line) on stderr.
     */
    private void warn(String msg) {
        org.specula.core.runtime.PyRuntime rt;
        try {
            rt = org.specula.core.runtime.PyRuntime.current();
        } catch (IllegalStateException noRuntime) {
            return;
        }
        int line = u.loc != null ? u.loc.line() : 0;
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(line).append(": SyntaxWarning: ").append(msg).append('\n');
        if (!(filename.startsWith("<") && filename.endsWith(">")) && line > 0) {
            try {
                List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(filename),
                        java.nio.charset.StandardCharsets.UTF_8);
                if (line <= lines.size()) {
                    String text = lines.get(line - 1).strip();
                    if (text.startsWith("\uFEFF")) text = text.substring(1).strip();
                    sb.append("  ").append(text).append('\n');
                }
            } catch (java.io.IOException | RuntimeException e) {
                // no source line
            }
        }
        rt.stderr.print(sb);
        rt.stderr.flush();
    }

    /** The expression as CPython's compiler sees it after AST optimisation (constants folded). */
    private static Expr folded(Expr e) {
        e = prefold(e);
        Object v;
        try {
            v = ConstFold.value(e);
        } catch (RuntimeException ex) {
            v = null;
        }
        return v != null && !(e instanceof Constant) ? new Constant(e.pos(), v) : e;
    }

    /** CPython's check_is_arg: None, True, False and ... may be compared with "is". */
    private static boolean isArgOk(Expr e) {
        if (!(e instanceof Constant c)) return true;
        Object v = c.value();
        return v == Py.None || v == Boolean.TRUE || v == Boolean.FALSE || v == Py.Ellipsis;
    }

    private void checkCompare(Compare c) {
        boolean left = isArgOk(folded(c.left()));
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            boolean right = isArgOk(folded(c.comparators().get(i)));
            if ((op == CmpOp.IS || op == CmpOp.IS_NOT) && (!right || !left)) {
                warn(op == CmpOp.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    /** CPython's infer_type, as a type name (null: unknown). */
    private static String inferType(Expr e) {
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof ListExpr || e instanceof ListComp) return "list";
        if (e instanceof Dict || e instanceof DictComp) return "dict";
        if (e instanceof SetExpr || e instanceof SetComp) return "set";
        if (e instanceof GeneratorExp) return "generator";
        if (e instanceof Lambda) return "function";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "str";
        if (e instanceof Constant c) return org.specula.core.runtime.Ops.type(c.value()).name;
        return null;
    }

    private void checkCaller(Expr f) {
        f = folded(f);
        if (f instanceof Constant || f instanceof TupleExpr || f instanceof ListExpr || f instanceof ListComp
                || f instanceof Dict || f instanceof DictComp || f instanceof SetExpr || f instanceof SetComp
                || f instanceof GeneratorExp || f instanceof JoinedStr || f instanceof FormattedValue) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    private void checkSubscripter(Expr e) {
        e = folded(e);
        if (e instanceof Constant c) {
            Object v = c.value();
            if (!(v == Py.None || v == Py.Ellipsis || v instanceof Long || v instanceof java.math.BigInteger
                    || v instanceof Double || v instanceof Boolean
                    || org.specula.core.runtime.Ops.type(v).name.equals("complex")
                    || org.specula.core.runtime.Ops.type(v).name.equals("frozenset"))) {
                return;
            }
        } else if (!(e instanceof SetExpr || e instanceof SetComp || e instanceof GeneratorExp || e instanceof Lambda)) {
            return;
        }
        warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    private void checkIndex(Expr e, Expr s) {
        e = folded(e);
        String indexType = inferType(folded(s));
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || s instanceof Slice) return;
        if (e instanceof Constant c) {
            Object v = c.value();
            if (!(v instanceof String || v instanceof PyTuple
                    || org.specula.core.runtime.Ops.type(v).name.equals("bytes"))) {
                return;
            }
        } else if (!(e instanceof TupleExpr || e instanceof ListExpr || e instanceof ListComp
                || e instanceof JoinedStr || e instanceof FormattedValue)) {
            return;
        }
        warn(inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }

    /** CPython's forbidden_name: __debug__ cannot be bound or deleted (error at the current location). */
    private void forbiddenName(String name, ExprContext ctx) {
        if (ctx != ExprContext.LOAD && name.equals("__debug__")) {
            throw error(ctx == ExprContext.STORE ? "cannot assign to __debug__" : "cannot delete __debug__", u.loc);
        }
    }

    /** CPython's compiler_check_debug_args. */
    private void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyArgs()) forbiddenName(a.arg(), ExprContext.STORE);
        for (Arg a : args.args()) forbiddenName(a.arg(), ExprContext.STORE);
        if (args.vararg() != null) forbiddenName(args.vararg().arg(), ExprContext.STORE);
        for (Arg a : args.kwonlyArgs()) forbiddenName(a.arg(), ExprContext.STORE);
        if (args.kwarg() != null) forbiddenName(args.kwarg().arg(), ExprContext.STORE);
    }

    private void nameOp(String name, ExprContext ctx) {
        forbiddenName(name, ctx);
        String mangled = mangle(name);
        int scope = u.ste.scopeOf(mangled);
        boolean fn = u.ste.type == BlockType.FUNCTION;
        if (scope == Symtable.FREE || scope == Symtable.CELL) {
            int idx = scope == Symtable.CELL ? u.cellvars.indexOf(mangled)
                    : u.cellvars.size() + u.freevars.indexOf(mangled);
            int op = switch (ctx) {
                case LOAD -> u.ste.type == BlockType.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case STORE -> STORE_DEREF;
                case DEL -> DELETE_DEREF;
            };
            emit(op, idx);
        } else if (scope == Symtable.LOCAL && fn) {
            emit(ctx == ExprContext.LOAD ? LOAD_FAST : ctx == ExprContext.STORE ? STORE_FAST : DELETE_FAST,
                    varIndex(mangled));
        } else if ((scope == Symtable.GLOBAL_IMPLICIT && fn) || scope == Symtable.GLOBAL_EXPLICIT) {
            int idx = nameIndex(mangled);
            if (ctx == ExprContext.LOAD) emit(LOAD_GLOBAL, idx << 1);
            else emit(ctx == ExprContext.STORE ? STORE_GLOBAL : DELETE_GLOBAL, idx);
        } else {
            emit(ctx == ExprContext.LOAD ? LOAD_NAME : ctx == ExprContext.STORE ? STORE_NAME : DELETE_NAME,
                    nameIndex(mangled));
        }
    }

    // ------------------------------------------------------------------ bodies

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Module and class bodies (compiler_body). */
    private void body(List<Stmt> stmts) {
        if (!stmts.isEmpty() && u.scopeType == ScopeType.MODULE) u.loc = stmts.get(0).pos();
        if (findAnn(stmts)) emit(SETUP_ANNOTATIONS);
        int i = 0;
        String doc = docstring(stmts);
        if (doc != null) {
            i = 1;
            u.loc = stmts.get(0).pos();
            visitExpr(((ExprStmt) stmts.get(0)).value());
            nameOp("__doc__", ExprContext.STORE);
        }
        for (; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    private static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof AnnAssign) return true;
            if (s instanceof For f && (findAnn(f.body()) || findAnn(f.orelse()))) return true;
            if (s instanceof While w && (findAnn(w.body()) || findAnn(w.orelse()))) return true;
            if (s instanceof If i && (findAnn(i.body()) || findAnn(i.orelse()))) return true;
            if (s instanceof With w && findAnn(w.body())) return true;
            if (s instanceof Try t) {
                if (findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())) return true;
                for (ExceptHandler h : t.handlers()) if (findAnn(h.body())) return true;
            }
        }
        return false;
    }

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) visitStmt(s);
    }

    // ------------------------------------------------------------------ statements

    private void visitStmt(Stmt s) {
        u.loc = s.pos();
        if (s instanceof FunctionDef f) {
            functionDef(f);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            returnStmt(r);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) visitExpr(t);
        } else if (s instanceof Assign a) {
            visitExpr(a.value());
            int n = a.targets().size();
            for (int i = 0; i < n; i++) {
                if (i < n - 1) emit(COPY, 1);
                visitExpr(a.targets().get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            annAssign(a);
        } else if (s instanceof For f) {
            forStmt(f);
        } else if (s instanceof While w) {
            whileStmt(w);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof With w) {
            withStmt(w, 0);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc() != null) {
                visitExpr(r.exc());
                n++;
                if (r.cause() != null) {
                    visitExpr(r.cause());
                    n++;
                }
            }
            emit(RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (!t.finalbody().isEmpty()) tryFinally(t);
            else tryExcept(t);
        } else if (s instanceof Assert a) {
            assertStmt(a);
        } else if (s instanceof Import im) {
            importStmt(im);
        } else if (s instanceof ImportFrom im) {
            importFrom(im);
        } else if (s instanceof ExprStmt e) {
            if (e.value() instanceof Constant) {
                emit(NOP);
            } else {
                visitExpr(e.value());
                u.loc = null;
                emit(POP_TOP);
            }
        } else if (s instanceof Pass) {
            emit(NOP);
        } else if (s instanceof Break) {
            breakStmt(s);
        } else if (s instanceof Continue) {
            continueStmt(s);
        }
        // Global / Nonlocal: nothing to emit
    }

    private void returnStmt(Return r) {
        if (u.ste.type != BlockType.FUNCTION) throw error("'return' outside function", r.pos());
        Object constant = r.value() == null ? null : ConstFold.value(r.value());
        boolean preserveTos = r.value() != null && constant == null;
        if (preserveTos) {
            visitExpr(r.value());
        } else if (r.value() != null) {
            u.loc = r.value().pos();
            emit(NOP); // carries the line of the returned constant
        }
        if (r.value() == null || r.value().pos().line() != r.pos().line()) {
            u.loc = r.pos();
            emit(NOP);
        }
        unwindFblockStack(preserveTos, false);
        if (r.value() == null) loadConst(Py.None);
        else if (!preserveTos) loadConst(constant);
        emit(RETURN_VALUE);
    }

    private void breakStmt(Stmt s) {
        emit(NOP); // carries the statement's line
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) throw error("'break' outside loop", s.pos());
        unwindFblock(loop, false);
        emitJump(Instr.JUMP, loop.exit());
    }

    private void continueStmt(Stmt s) {
        emit(NOP);
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) throw error("'continue' not properly in loop", s.pos());
        emitJump(Instr.JUMP, loop.block());
    }

    /** Unwinds the frame blocks; when toLoop, stops at (and returns) the innermost loop. */
    private FBlock unwindFblockStack(boolean preserveTos, boolean toLoop) {
        List<FBlock> fb = u.fblocks;
        if (fb.isEmpty()) return null;
        FBlock top = fb.get(fb.size() - 1);
        if (toLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) return top;
        fb.remove(fb.size() - 1);
        unwindFblock(top, preserveTos);
        FBlock r = unwindFblockStack(preserveTos, toLoop);
        fb.add(top);
        return r;
    }

    @SuppressWarnings("unchecked")
    private void unwindFblock(FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) emit(SWAP, 2);
                emit(POP_TOP);
            }
            case TRY_EXCEPT -> emit(Instr.POP_BLOCK);
            case FINALLY_TRY -> {
                emit(Instr.POP_BLOCK);
                if (preserveTos) pushFblock(FBlockType.POP_VALUE, null, null, null);
                visitStmts((List<Stmt>) info.datum());
                if (preserveTos) popFblock();
                u.loc = null;
            }
            case FINALLY_END -> {
                if (preserveTos) emit(SWAP, 2);
                emit(POP_TOP);
                if (preserveTos) emit(SWAP, 2);
                emit(Instr.POP_BLOCK);
                emit(POP_EXCEPT);
            }
            case WITH -> {
                u.loc = ((With) info.datum()).pos();
                emit(Instr.POP_BLOCK);
                if (preserveTos) emit(SWAP, 2);
                callExitWithNones();
                emit(POP_TOP);
                u.loc = null;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) emit(Instr.POP_BLOCK);
                if (preserveTos) emit(SWAP, 2);
                emit(Instr.POP_BLOCK);
                emit(POP_EXCEPT);
                if (info.datum() != null) {
                    loadConst(Py.None);
                    nameOp((String) info.datum(), ExprContext.STORE);
                    nameOp((String) info.datum(), ExprContext.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) emit(SWAP, 2);
                emit(POP_TOP);
            }
        }
    }

    private void pushFblock(FBlockType t, Label block, Label exit, Object datum) {
        u.fblocks.add(new FBlock(t, block, exit, datum));
    }

    private void popFblock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    private void callExitWithNones() {
        loadConst(Py.None);
        loadConst(Py.None);
        loadConst(Py.None);
        emit(CALL, 2);
    }

    private void augAssign(AugAssign a) {
        Expr e = a.target();
        Pos old = u.loc;
        u.loc = e.pos();
        if (e instanceof Attribute at) {
            visitExpr(at.value());
            emit(COPY, 1);
            emit(LOAD_ATTR, nameIndex(mangle(at.attr())));
        } else if (e instanceof Subscript sub) {
            visitExpr(sub.value());
            visitExpr(sub.slice());
            emit(COPY, 2);
            emit(COPY, 2);
            emit(BINARY_SUBSCR);
        } else if (e instanceof Name n) {
            nameOp(n.id(), ExprContext.LOAD);
        } else {
            throw error("'" + describe(e) + "' is an illegal expression for augmented assignment", e.pos());
        }
        u.loc = old;
        visitExpr(a.value());
        emit(BINARY_OP, binop(a.op()) + NB_INPLACE_ADD);
        u.loc = e.pos();
        if (e instanceof Attribute at) {
            emit(SWAP, 2);
            emit(STORE_ATTR, nameIndex(mangle(at.attr())));
        } else if (e instanceof Subscript) {
            emit(SWAP, 3);
            emit(SWAP, 2);
            emit(STORE_SUBSCR);
        } else {
            nameOp(((Name) e).id(), ExprContext.STORE);
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Call) return "function call";
        if (e instanceof Constant) return "literal";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof ListExpr) return "list";
        return "expression";
    }

    private void annAssign(AnnAssign a) {
        Expr targ = a.target();
        if (a.value() != null) {
            visitExpr(a.value());
            visitExpr(targ);
        }
        boolean moduleOrClass = u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS;
        if (targ instanceof Name n) {
            if (a.simple() && moduleOrClass) {
                visitExpr(a.annotation());
                emit(LOAD_NAME, nameIndex("__annotations__"));
                loadConst(mangle(n.id()));
                emit(STORE_SUBSCR);
            }
        } else if (targ instanceof Attribute at) {
            if (a.value() == null) {
                visitExpr(at.value());
                emit(POP_TOP);
            }
        } else if (targ instanceof Subscript sub) {
            if (a.value() == null) {
                visitExpr(sub.value());
                emit(POP_TOP);
                annSubscr(sub.slice());
            }
        }
        if (!a.simple() && moduleOrClass) {
            visitExpr(a.annotation());
            emit(POP_TOP);
        }
    }

    private void annSubscr(Expr e) {
        if (e instanceof Slice sl) {
            if (sl.lower() != null) annSubscr(sl.lower());
            if (sl.upper() != null) annSubscr(sl.upper());
            if (sl.step() != null) annSubscr(sl.step());
        } else if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) annSubscr(x);
        } else {
            visitExpr(e);
            emit(POP_TOP);
        }
    }

    private void forStmt(For f) {
        Label start = new Label(), body = new Label(), cleanup = new Label(), end = new Label();
        visitExpr(f.iter());
        emit(GET_ITER);
        bind(start);
        pushFblock(FBlockType.FOR_LOOP, start, end, null);
        emitJump(FOR_ITER, cleanup);
        bind(body);
        visitExpr(f.target());
        visitStmts(f.body());
        u.loc = null;
        emitJump(Instr.JUMP, start);
        bind(cleanup);
        popFblock();
        visitStmts(f.orelse());
        bind(end);
    }

    private void whileStmt(While w) {
        Label loop = new Label(), body = new Label(), anchor = new Label(), end = new Label();
        bind(loop);
        pushFblock(FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(w.test(), anchor, false);
        bind(body);
        visitStmts(w.body());
        u.loc = w.pos();
        jumpIf(w.test(), body, true);
        popFblock();
        bind(anchor);
        visitStmts(w.orelse());
        bind(end);
    }

    private void ifStmt(If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            u.loc = null;
            emitJump(Instr.JUMP, end);
            bind(next);
            visitStmts(s.orelse());
        }
        bind(end);
    }

    private void withStmt(With s, int pos) {
        WithItem item = s.items().get(pos);
        Label block = new Label(), fin = new Label(), exit = new Label(), cleanup = new Label();
        visitExpr(item.contextExpr());
        emit(BEFORE_WITH);
        emitJump(Instr.SETUP_WITH, fin);
        bind(block);
        pushFblock(FBlockType.WITH, block, fin, s);
        if (item.optionalVars() != null) visitExpr(item.optionalVars());
        else emit(POP_TOP);
        if (pos + 1 == s.items().size()) visitStmts(s.body());
        else withStmt(s, pos + 1);
        u.loc = null;
        emit(Instr.POP_BLOCK);
        popFblock();
        u.loc = s.pos();
        callExitWithNones();
        emit(POP_TOP);
        emitJump(Instr.JUMP, exit);
        bind(fin);
        emitJump(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO);
        emit(WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        bind(exit);
    }

    private void withExceptFinish(Label cleanup) {
        u.loc = null;
        Label exit = new Label();
        emitJump(Instr.POP_JUMP_IF_TRUE, exit);
        emit(RERAISE, 2);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
        emit(POP_TOP);
        emit(Instr.POP_BLOCK);
        emit(POP_EXCEPT);
        emit(POP_TOP);
        emit(POP_TOP);
    }

    private void popExceptAndReraise() {
        emit(COPY, 3);
        emit(POP_EXCEPT);
        emit(RERAISE, 1);
    }

    private void tryFinally(Try s) {
        Label body = new Label(), end = new Label(), exit = new Label(), cleanup = new Label();
        emitJump(Instr.SETUP_FINALLY, end);
        bind(body);
        pushFblock(FBlockType.FINALLY_TRY, body, end, s.finalbody());
        if (!s.handlers().isEmpty()) tryExcept(s);
        else visitStmts(s.body());
        u.loc = null;
        emit(Instr.POP_BLOCK);
        popFblock();
        visitStmts(s.finalbody());
        u.loc = null;
        emitJump(Instr.JUMP, exit);
        bind(end);
        u.loc = null;
        emitJump(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO);
        pushFblock(FBlockType.FINALLY_END, end, null, null);
        visitStmts(s.finalbody());
        popFblock();
        emit(RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    private void tryExcept(Try s) {
        Label body = new Label(), except = new Label(), end = new Label(), cleanup = new Label();
        emitJump(Instr.SETUP_FINALLY, except);
        bind(body);
        pushFblock(FBlockType.TRY_EXCEPT, body, null, null);
        visitStmts(s.body());
        popFblock();
        u.loc = null;
        emit(Instr.POP_BLOCK);
        visitStmts(s.orelse());
        u.loc = null;
        emitJump(Instr.JUMP, end);
        int n = s.handlers().size();
        bind(except);
        u.loc = null;
        emitJump(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO);
        pushFblock(FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            u.loc = h.pos();
            if (h.type() == null && i < n - 1) throw error("default 'except:' must be last", h.pos());
            except = new Label();
            if (h.type() != null) {
                visitExpr(h.type());
                emit(CHECK_EXC_MATCH);
                emitJump(Instr.POP_JUMP_IF_FALSE, except);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label(), cleanupBody = new Label();
                nameOp(h.name(), ExprContext.STORE);
                emitJump(Instr.SETUP_CLEANUP, cleanupEnd);
                bind(cleanupBody);
                pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
                visitStmts(h.body());
                popFblock();
                u.loc = null;
                emit(Instr.POP_BLOCK);
                emit(Instr.POP_BLOCK);
                emit(POP_EXCEPT);
                loadConst(Py.None);
                nameOp(h.name(), ExprContext.STORE);
                nameOp(h.name(), ExprContext.DEL);
                emitJump(Instr.JUMP, end);
                bind(cleanupEnd);
                u.loc = null;
                loadConst(Py.None);
                nameOp(h.name(), ExprContext.STORE);
                nameOp(h.name(), ExprContext.DEL);
                emit(RERAISE, 1);
            } else {
                Label cleanupBody = new Label();
                emit(POP_TOP);
                bind(cleanupBody);
                pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(h.body());
                popFblock();
                u.loc = null;
                emit(Instr.POP_BLOCK);
                emit(POP_EXCEPT);
                emitJump(Instr.JUMP, end);
            }
            bind(except);
        }
        u.loc = null;
        popFblock();
        emit(RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(end);
    }

    private void assertStmt(Assert a) {
        if (a.test() instanceof TupleExpr t && !t.elts().isEmpty()) {
            warn("assertion is always true, perhaps remove parentheses?");
        }
        Label end = new Label();
        jumpIf(a.test(), end, true);
        emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            visitExpr(a.msg());
            emit(CALL, 0);
        }
        emit(RAISE_VARARGS, 1);
        bind(end);
    }

    private void importStmt(Import im) {
        for (Alias al : im.names()) {
            loadConst(0L);
            loadConst(Py.None);
            emit(IMPORT_NAME, nameIndex(al.name()));
            if (al.asname() != null) {
                String name = al.name();
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                        emit(IMPORT_FROM, nameIndex(attr));
                        if (dot < 0) break;
                        emit(SWAP, 2);
                        emit(POP_TOP);
                    }
                    nameOp(al.asname(), ExprContext.STORE);
                    emit(POP_TOP);
                } else {
                    nameOp(al.asname(), ExprContext.STORE);
                }
            } else {
                String name = al.name();
                int dot = name.indexOf('.');
                nameOp(dot >= 0 ? name.substring(0, dot) : name, ExprContext.STORE);
            }
        }
    }

    private void importFrom(ImportFrom im) {
        loadConst((long) im.level());
        Object[] names = new Object[im.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = im.names().get(i).name();
        loadConst(new PyTuple(names));
        emit(IMPORT_NAME, nameIndex(im.module() == null ? "" : im.module()));
        for (int i = 0; i < names.length; i++) {
            Alias al = im.names().get(i);
            if (i == 0 && al.name().equals("*")) {
                emit(IMPORT_STAR);
                return;
            }
            emit(IMPORT_FROM, nameIndex(al.name()));
            nameOp(al.asname() != null ? al.asname() : al.name(), ExprContext.STORE);
        }
        emit(POP_TOP);
    }

    // ------------------------------------------------------------------ functions and classes

    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) visitExpr(d);
            emit(BUILD_TUPLE, args.defaults().size());
            flags |= MF_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyArgs().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d != null) {
                keys.add(mangle(args.kwonlyArgs().get(i).arg()));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new PyTuple(keys.toArray()));
            emit(BUILD_CONST_KEY_MAP, keys.size());
            flags |= MF_KWDEFAULTS;
        }
        return flags;
    }

    private int annotations(Arguments args, Expr returns) {
        int[] len = {0};
        for (Arg a : args.args()) argAnnotation(a.arg(), a.annotation(), len);
        for (Arg a : args.posonlyArgs()) argAnnotation(a.arg(), a.annotation(), len);
        if (args.vararg() != null) argAnnotation(args.vararg().arg(), args.vararg().annotation(), len);
        for (Arg a : args.kwonlyArgs()) argAnnotation(a.arg(), a.annotation(), len);
        if (args.kwarg() != null) argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), len);
        argAnnotation("return", returns, len);
        if (len[0] > 0) {
            emit(BUILD_TUPLE, len[0]);
            return MF_ANNOTATIONS;
        }
        return 0;
    }

    private void argAnnotation(String id, Expr ann, int[] len) {
        if (ann == null) return;
        loadConst(mangle(id));
        visitExpr(ann);
        len[0] += 2;
    }

    private void functionDef(FunctionDef f) {
        checkDebugArgs(f.args());
        for (Expr d : f.decoratorList()) visitExpr(d);
        int firstlineno = f.decoratorList().isEmpty() ? f.pos().line() : f.decoratorList().get(0).pos().line();
        int flags = defaultArguments(f.args());
        flags |= annotations(f.args(), f.returns());
        enterScope(f.name(), ScopeType.FUNCTION, f, firstlineno);
        String doc = docstring(f.body());
        addConstIndex(doc != null ? doc : Py.None);
        u.argcount = f.args().posonlyArgs().size() + f.args().args().size();
        u.posonlyargcount = f.args().posonlyArgs().size();
        u.kwonlyargcount = f.args().kwonlyArgs().size();
        for (int i = doc != null ? 1 : 0; i < f.body().size(); i++) visitStmt(f.body().get(i));
        String qualname = u.qualname;
        CodeObject co = finishUnit(true);
        makeClosure(co, flags);
        applyDecorators(f.decoratorList(), f.pos());
        nameOp(f.name(), ExprContext.STORE);
    }

    private void applyDecorators(List<Expr> decos, Pos stmtPos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            u.loc = decos.get(i).pos();
            emit(CALL, 0);
        }
        u.loc = stmtPos;
    }

    private void makeClosure(CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String name : co.freevars) {
                int idx = u.cellvars.indexOf(name);
                if (idx < 0) idx = u.cellvars.size() + u.freevars.indexOf(name);
                emit(LOAD_CLOSURE, idx);
            }
            flags |= MF_CLOSURE;
            emit(BUILD_TUPLE, co.freevars.length);
        }
        loadConst(co);
        emit(MAKE_FUNCTION, flags);
    }

    private void classDef(ClassDef s) {
        for (Expr d : s.decoratorList()) visitExpr(d);
        int firstlineno = s.decoratorList().isEmpty() ? s.pos().line() : s.decoratorList().get(0).pos().line();
        enterScope(s.name(), ScopeType.CLASS, s, firstlineno);
        u.privateName = s.name();
        nameOp("__name__", ExprContext.LOAD);
        nameOp("__module__", ExprContext.STORE);
        loadConst(u.qualname);
        nameOp("__qualname__", ExprContext.STORE);
        body(s.body());
        u.loc = null;
        if (u.ste.needsClassClosure) {
            emit(LOAD_CLOSURE, u.cellvars.indexOf("__class__"));
            emit(COPY, 1);
            nameOp("__classcell__", ExprContext.STORE);
        } else {
            loadConst(Py.None);
        }
        emit(RETURN_VALUE);
        CodeObject co = finishUnit(false);
        u.loc = s.pos();
        emit(PUSH_NULL);
        emit(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(s.name());
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList(), s.pos());
        nameOp(s.name(), ExprContext.STORE);
    }

    private void lambda(Lambda e) {
        checkDebugArgs(e.args());
        int flags = defaultArguments(e.args());
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.pos().line());
        addConstIndex(Py.None);
        u.argcount = e.args().posonlyArgs().size() + e.args().args().size();
        u.posonlyargcount = e.args().posonlyArgs().size();
        u.kwonlyargcount = e.args().kwonlyArgs().size();
        visitExpr(e.body());
        CodeObject co;
        if (u.ste.generator) {
            emit(POP_TOP);
            co = finishUnit(true);
        } else {
            emit(RETURN_VALUE);
            co = finishUnit(false);
        }
        makeClosure(co, flags);
    }

    // ------------------------------------------------------------------ expressions

    /**
     * The rewrites of CPython's AST optimiser that change code shape (constant folding is done
     * by {@link ConstFold} at visit time): {@code not a in b} to {@code a not in b} (also is),
     * and {@code 'fmt' % (args)} with only %s/%r/%a to an f-string.
     */
    static Expr prefold(Expr e) {
        if (e instanceof UnaryOp un && un.op() == UnaryOperator.NOT && un.operand() instanceof Compare c
                && c.ops().size() == 1) {
            CmpOp inv = switch (c.ops().get(0)) {
                case IS -> CmpOp.IS_NOT;
                case IS_NOT -> CmpOp.IS;
                case IN -> CmpOp.NOT_IN;
                case NOT_IN -> CmpOp.IN;
                default -> null;
            };
            if (inv != null) return new Compare(c.pos(), c.left(), List.of(inv), c.comparators());
        }
        if (e instanceof BinOp b && b.op() == Operator.MOD && b.left() instanceof Constant c
                && c.value() instanceof String fmt && b.right() instanceof TupleExpr t
                && t.ctx() == ExprContext.LOAD) {
            for (Expr x : t.elts()) if (x instanceof Starred) return e;
            if (ConstFold.tuple(t) != null) return e; // folded to a constant tuple first: no rewrite
            Expr js = PercentFormat.toJoinedStr(b.pos(), fmt, t.elts());
            if (js != null) return js;
        }
        return e;
    }

    private void visitExpr(Expr e) {
        e = prefold(e);
        Pos old = u.loc;
        u.loc = e.pos();
        visitExpr1(e);
        u.loc = old;
    }

    private void visitExpr1(Expr e) {
        if (e instanceof Constant c) {
            loadConst(c.value());
        } else if (e instanceof Name n) {
            nameOp(n.id(), n.ctx());
        } else if (e instanceof BinOp b) {
            Object folded = ConstFold.binop(b);
            if (folded != null) {
                loadConst(folded);
                return;
            }
            visitExpr(b.left());
            visitExpr(b.right());
            emit(BINARY_OP, binop(b.op()));
        } else if (e instanceof UnaryOp un) {
            Object folded = ConstFold.unary(un);
            if (folded != null) {
                loadConst(folded);
                return;
            }
            visitExpr(un.operand());
            emit(switch (un.op()) {
                case INVERT -> UNARY_INVERT;
                case NOT -> UNARY_NOT;
                case UADD -> UNARY_POSITIVE;
                case USUB -> UNARY_NEGATIVE;
            });
        } else if (e instanceof BoolOp b) {
            Label end = new Label();
            int op = b.op() == BoolOperator.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            int n = b.values().size() - 1;
            for (int i = 0; i < n; i++) {
                visitExpr(b.values().get(i));
                emitJump(op, end);
                bind(new Label());
            }
            visitExpr(b.values().get(n));
            bind(end);
        } else if (e instanceof NamedExpr ne) {
            visitExpr(ne.value());
            emit(COPY, 1);
            visitExpr(ne.target());
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof IfExp ie) {
            Label end = new Label(), next = new Label();
            jumpIf(ie.test(), next, false);
            visitExpr(ie.body());
            Pos p = u.loc;
            u.loc = null;
            emitJump(Instr.JUMP, end);
            u.loc = p;
            bind(next);
            visitExpr(ie.orelse());
            bind(end);
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Attribute a) {
            visitExpr(a.value());
            if (a.ctx() == ExprContext.STORE) forbiddenName(a.attr(), ExprContext.STORE);
            int idx = nameIndex(mangle(a.attr()));
            emit(a.ctx() == ExprContext.LOAD ? LOAD_ATTR : a.ctx() == ExprContext.STORE ? STORE_ATTR : DELETE_ATTR,
                    idx);
        } else if (e instanceof Subscript s) {
            if (s.ctx() == ExprContext.LOAD) {
                checkSubscripter(s.value());
                checkIndex(s.value(), s.slice());
            }
            visitExpr(s.value());
            visitExpr(s.slice());
            emit(s.ctx() == ExprContext.LOAD ? BINARY_SUBSCR
                    : s.ctx() == ExprContext.STORE ? STORE_SUBSCR : DELETE_SUBSCR);
        } else if (e instanceof Slice s) {
            int n = 2;
            if (s.lower() != null) visitExpr(s.lower());
            else loadConst(Py.None);
            if (s.upper() != null) visitExpr(s.upper());
            else loadConst(Py.None);
            if (s.step() != null) {
                n++;
                visitExpr(s.step());
            }
            emit(BUILD_SLICE, n);
        } else if (e instanceof TupleExpr t) {
            if (t.ctx() == ExprContext.STORE) {
                unpack(t.elts(), t.pos());
            } else if (t.ctx() == ExprContext.DEL) {
                for (Expr x : t.elts()) visitExpr(x);
            } else {
                Object folded = ConstFold.tuple(t);
                if (folded != null) loadConst(folded);
                else starUnpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            }
        } else if (e instanceof ListExpr l) {
            if (l.ctx() == ExprContext.STORE) {
                unpack(l.elts(), l.pos());
            } else if (l.ctx() == ExprContext.DEL) {
                for (Expr x : l.elts()) visitExpr(x);
            } else {
                starUnpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            }
        } else if (e instanceof SetExpr s) {
            starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof Dict d) {
            dict(d);
        } else if (e instanceof Starred s) {
            if (s.ctx() == ExprContext.STORE) {
                throw error("starred assignment target must be in a list or tuple", s.pos());
            }
            throw error("can't use starred expression here", s.pos());
        } else if (e instanceof ListComp c) {
            comprehension(e, "<listcomp>", 1, c.generators(), c.elt(), null);
        } else if (e instanceof SetComp c) {
            comprehension(e, "<setcomp>", 2, c.generators(), c.elt(), null);
        } else if (e instanceof DictComp c) {
            comprehension(e, "<dictcomp>", 3, c.generators(), c.key(), c.value());
        } else if (e instanceof GeneratorExp c) {
            comprehension(e, "<genexpr>", 0, c.generators(), c.elt(), null);
        } else if (e instanceof Yield y) {
            if (u.ste.type != BlockType.FUNCTION) throw error("'yield' outside function", y.pos());
            if (y.value() != null) visitExpr(y.value());
            else loadConst(Py.None);
            emit(YIELD_VALUE);
        } else if (e instanceof YieldFrom y) {
            if (u.ste.type != BlockType.FUNCTION) throw error("'yield' outside function", y.pos());
            visitExpr(y.value());
            emit(GET_YIELD_FROM_ITER);
            loadConst(Py.None);
            yieldFrom();
        } else if (e instanceof Await a) {
            if (u.ste.type != BlockType.FUNCTION) throw error("'await' outside function", a.pos());
            throw error("'await' outside async function", a.pos());
        } else if (e instanceof JoinedStr j) {
            if (j.values().size() > STACK_USE_GUIDELINE) {
                loadConst("");
                emit(LOAD_METHOD, nameIndex("join"));
                emit(BUILD_LIST, 0);
                for (Expr v : j.values()) {
                    visitExpr(v);
                    emit(LIST_APPEND, 1);
                }
                emit(CALL, 1);
            } else {
                for (Expr v : j.values()) visitExpr(v);
                if (j.values().size() != 1) emit(BUILD_STRING, j.values().size());
            }
        } else if (e instanceof FormattedValue f) {
            visitExpr(f.value());
            int oparg = switch (f.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            if (f.formatSpec() != null) {
                visitExpr(f.formatSpec());
                oparg |= 4;
            }
            emit(FORMAT_VALUE, oparg);
        }
    }

    private void yieldFrom() {
        Label start = new Label(), resume = new Label(), exit = new Label();
        bind(start);
        emitJump(SEND, exit);
        bind(resume);
        emit(YIELD_VALUE);
        emitJump(Instr.JUMP_NO_INTERRUPT, start);
        bind(exit);
    }

    static int binop(Operator op) {
        return switch (op) {
            case ADD -> NB_ADD;
            case SUB -> NB_SUBTRACT;
            case MULT -> NB_MULTIPLY;
            case MAT_MULT -> NB_MATRIX_MULTIPLY;
            case DIV -> NB_TRUE_DIVIDE;
            case MOD -> NB_REMAINDER;
            case POW -> NB_POWER;
            case LSHIFT -> NB_LSHIFT;
            case RSHIFT -> NB_RSHIFT;
            case BIT_OR -> NB_OR;
            case BIT_XOR -> NB_XOR;
            case BIT_AND -> NB_AND;
            case FLOOR_DIV -> NB_FLOOR_DIVIDE;
        };
    }

    private void compareOp(CmpOp op) {
        switch (op) {
            case EQ -> emit(COMPARE_OP, CMP_EQ);
            case NOT_EQ -> emit(COMPARE_OP, CMP_NE);
            case LT -> emit(COMPARE_OP, CMP_LT);
            case LT_E -> emit(COMPARE_OP, CMP_LE);
            case GT -> emit(COMPARE_OP, CMP_GT);
            case GT_E -> emit(COMPARE_OP, CMP_GE);
            case IS -> emit(IS_OP, 0);
            case IS_NOT -> emit(IS_OP, 1);
            case IN -> emit(CONTAINS_OP, 0);
            case NOT_IN -> emit(CONTAINS_OP, 1);
        }
    }

    /** A frozenset constant of the given constants, or null when the runtime cannot build one here. */
    private static Object frozenset(List<Expr> elts) {
        try {
            org.specula.core.runtime.PySet fs = new org.specula.core.runtime.PySet(true);
            for (Expr x : elts) fs.add(ConstFold.value(x));
            // CPython's constant merging (merge_consts_recursive) re-creates the frozenset from its own
            // iteration order, which can change the table layout and so the iteration order.
            org.specula.core.runtime.PySet merged = new org.specula.core.runtime.PySet(true);
            for (Object k : fs.toArray()) merged.add(k);
            return merged;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) if (!isConst(x)) return false;
        return true;
    }

    /** Visits a comparator, turning a constant list/set on the right of `in` into a tuple/frozenset (AST optimiser). */
    private void visitComparator(CmpOp op, Expr e) {
        if ((op == CmpOp.IN || op == CmpOp.NOT_IN) && e instanceof SetExpr se && allConstant(se.elts())) {
            Object fs = frozenset(se.elts());
            if (fs != null) {
                Pos old = u.loc;
                u.loc = e.pos();
                loadConst(fs);
                u.loc = old;
                return;
            }
        }
        if ((op == CmpOp.IN || op == CmpOp.NOT_IN) && e instanceof ListExpr l) {
            Object folded = ConstFold.tuple(new TupleExpr(l.pos(), l.elts(), ExprContext.LOAD));
            if (folded != null) {
                Pos old = u.loc;
                u.loc = e.pos();
                loadConst(folded);
                u.loc = old;
                return;
            }
            visitExpr(new TupleExpr(l.pos(), l.elts(), ExprContext.LOAD));
            return;
        }
        visitExpr(e);
    }

    private void compare(Compare c) {
        checkCompare(c);
        int n = c.ops().size() - 1;
        visitExpr(c.left());
        if (n == 0) {
            visitComparator(c.ops().get(0), c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        for (int i = 0; i < n; i++) {
            visitComparator(c.ops().get(i), c.comparators().get(i));
            emit(SWAP, 2);
            emit(COPY, 2);
            compareOp(c.ops().get(i));
            emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitComparator(c.ops().get(n), c.comparators().get(n));
        compareOp(c.ops().get(n));
        Pos p = u.loc;
        u.loc = null;
        emitJump(Instr.JUMP, end);
        u.loc = p;
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        bind(end);
    }

    /** compiler_jump_if: jumps to next when the truth of e equals cond. */
    private void jumpIf(Expr e, Label next, boolean cond) {
        e = prefold(e);
        // As CPython's compiler_jump_if: no location of its own; the jumps carry the enclosing
        // location, except after a comparison, whose location then stays current.
        {
            if (e instanceof UnaryOp un && un.op() == UnaryOperator.NOT) {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            if (e instanceof BoolOp b) {
                boolean cond2 = b.op() == BoolOperator.OR;
                Label next2 = next;
                if (cond2 != cond) next2 = new Label();
                int n = b.values().size() - 1;
                for (int i = 0; i < n; i++) jumpIf(b.values().get(i), next2, cond2);
                jumpIf(b.values().get(n), next, cond);
                if (next2 != next) bind(next2);
                return;
            }
            if (e instanceof IfExp ie) {
                Label end = new Label(), next2 = new Label();
                jumpIf(ie.test(), next2, false);
                jumpIf(ie.body(), next, cond);
                emitJumpNoLine(Instr.JUMP, end);
                bind(next2);
                jumpIf(ie.orelse(), next, cond);
                bind(end);
                return;
            }
            if (e instanceof Compare c && c.ops().size() > 1) {
                int n = c.ops().size() - 1;
                Label cleanup = new Label();
                u.loc = c.pos();
                checkCompare(c);
                visitExpr(c.left());
                for (int i = 0; i < n; i++) {
                    visitComparator(c.ops().get(i), c.comparators().get(i));
                    emit(SWAP, 2);
                    emit(COPY, 2);
                    compareOp(c.ops().get(i));
                    emitJump(Instr.POP_JUMP_IF_FALSE, cleanup);
                }
                visitComparator(c.ops().get(n), c.comparators().get(n));
                compareOp(c.ops().get(n));
                emitJump(cond ? Instr.POP_JUMP_IF_TRUE : Instr.POP_JUMP_IF_FALSE, next);
                Label end = new Label();
                emitJumpNoLine(Instr.JUMP, end);
                bind(cleanup);
                emit(POP_TOP);
                if (!cond) emitJumpNoLine(Instr.JUMP, next);
                bind(end);
                return;
            }
            visitExpr(e);
            if (e instanceof Compare) u.loc = e.pos();
            emitJump(cond ? Instr.POP_JUMP_IF_TRUE : Instr.POP_JUMP_IF_FALSE, next);
        }
    }

    /** ADDOP_JUMP_NOLINE: this jump has no location; the current location is unchanged. */
    private void emitJumpNoLine(int op, Label target) {
        u.code.add(new Instr(op, 0, target, null));
    }

    private static boolean isConst(Expr e) {
        return ConstFold.value(e) != null;
    }

    private void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && add == SET_ADD && allConstant(elts)) {
            Object fs = frozenset(elts);
            if (fs != null) {
                emit(build, pushed);
                loadConst(fs);
                emit(extend, 1);
                return;
            }
        }
        if (n > 2 && add != SET_ADD) {
            boolean allConst = true;
            for (Expr x : elts) if (!isConst(x)) allConst = false;
            if (allConst) {
                Object[] items = new Object[n];
                for (int i = 0; i < n; i++) items[i] = ConstFold.value(elts.get(i));
                if (tuple && pushed == 0) {
                    loadConst(new PyTuple(items));
                } else {
                    emit(build, pushed);
                    loadConst(new PyTuple(items));
                    emit(extend, 1);
                    if (tuple) emit(LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) if (x instanceof Starred) seenStar = true;
        if (!seenStar && !big) {
            for (Expr x : elts) visitExpr(x);
            emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Starred s) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                emit(extend, 1);
            } else {
                visitExpr(x);
                if (built) emit(add, 1);
            }
        }
        if (tuple) emit(LIST_TO_TUPLE);
    }

    private void unpack(List<Expr> elts, Pos pos) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Starred) {
                if (seenStar) throw error("multiple starred expressions in assignment", pos);
                if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
                    throw error("too many expressions in star-unpacking assignment", pos);
                }
                emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) emit(UNPACK_SEQUENCE, n);
        for (Expr x : elts) {
            visitExpr(x instanceof Starred s ? s.value() : x);
        }
    }

    private void dict(Dict d) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            boolean unpacking = d.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) emit(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                emit(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i + 1);
                    if (haveDict) emit(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) emit(DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) emit(BUILD_MAP, 0);
    }

    private void subdict(Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        boolean allConst = true;
        for (int i = begin; i < end; i++) if (!isConst(d.keys().get(i))) allConst = false;
        if (n > 1 && !big && allConst) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                visitExpr(d.values().get(i));
                keys[i - begin] = ConstFold.value(d.keys().get(i));
            }
            loadConst(new PyTuple(keys));
            emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) emit(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
            if (big) emit(MAP_ADD, 1);
        }
        if (!big) emit(BUILD_MAP, n);
    }

    // ------------------------------------------------------------------ calls

    private void call(Call e) {
        if (zeroArgSuper(e)) return;
        if (maybeMethodCall(e)) return;
        checkCaller(e.func());
        Pos old = u.loc;
        if (e.func() instanceof Name n && isGlobalLoad(n.id())) {
            u.loc = n.pos();
            emit(LOAD_GLOBAL, (nameIndex(mangle(n.id())) << 1) | 1);
        } else {
            u.loc = e.func().pos();
            emit(PUSH_NULL);
            u.loc = old;
            visitExpr(e.func());
        }
        u.loc = old;
        callHelper(0, e.args(), e.keywords());
    }

    private boolean isGlobalLoad(String id) {
        int scope = u.ste.scopeOf(mangle(id));
        return scope == Symtable.GLOBAL_EXPLICIT
                || (scope == Symtable.GLOBAL_IMPLICIT && u.ste.type == BlockType.FUNCTION);
    }

    private boolean zeroArgSuper(Call e) {
        if (!(e.func() instanceof Name n) || !n.id().equals("super") || !e.args().isEmpty()
                || !e.keywords().isEmpty() || u.ste.type != BlockType.FUNCTION) {
            return false;
        }
        int scope = u.ste.scopeOf("super");
        int cls = u.ste.scopeOf("__class__");
        if (scope != Symtable.GLOBAL_IMPLICIT || (cls != Symtable.FREE && cls != Symtable.CELL)) return false;
        if (u.argcount == 0 || u.ste.varnames.isEmpty()) return false;
        Pos old = u.loc;
        u.loc = n.pos();
        emit(LOAD_GLOBAL, (nameIndex("super") << 1) | 1);
        nameOp("__class__", ExprContext.LOAD);
        String first = u.ste.varnames.get(0);
        int fs = u.ste.scopeOf(first);
        if (fs == Symtable.CELL) emit(LOAD_DEREF, u.cellvars.indexOf(first));
        else emit(LOAD_FAST, varIndex(first));
        u.loc = old;
        emit(CALL, 2);
        return true;
    }

    private boolean maybeMethodCall(Call e) {
        if (!(e.func() instanceof Attribute meth) || meth.ctx() != ExprContext.LOAD) return false;
        // as 3.11: no LOAD_METHOD on a name bound by an import in this scope (e.g. sys.exit())
        if (meth.value() instanceof Name base && (symtable.top.flags(base.id()) & Symtable.DEF_IMPORT) != 0) {
            return false;
        }
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : e.args()) if (a instanceof Starred) return false;
        for (Keyword k : e.keywords()) if (k.arg() == null) return false;
        visitExpr(meth.value());
        Pos old = u.loc;
        Pos mp = meth.pos();
        u.loc = mp.line() == mp.endLine() ? mp
                : new Pos(mp.endLine(), mp.endCol() - meth.attr().length(), mp.endLine(), mp.endCol());
        emit(LOAD_METHOD, nameIndex(mangle(meth.attr())));
        for (Expr a : e.args()) visitExpr(a);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) visitExpr(k.value());
            kwNames(e.keywords());
        }
        u.loc = mp.line() == mp.endLine() ? old
                : new Pos(mp.endLine(), mp.endCol() - meth.attr().length(), old.endLine(), old.endCol());
        emit(CALL, argsl + kwdsl);
        u.loc = old;
        return true;
    }

    private void kwNames(List<Keyword> kws) {
        Object[] names = new Object[kws.size()];
        for (int i = 0; i < names.length; i++) names[i] = kws.get(i).arg();
        emit(KW_NAMES, addConstIndex(new PyTuple(names)));
    }

    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            String a = kws.get(i).arg();
            if (a == null) continue;
            forbiddenName(a, ExprContext.STORE);
            for (int j = i + 1; j < kws.size(); j++) {
                if (a.equals(kws.get(j).arg())) {
                    throw error("keyword argument repeated: " + a, kws.get(j).pos());
                }
            }
        }
    }

    private void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) if (a instanceof Starred) ex = true;
        for (Keyword k : keywords) if (k.arg() == null) ex = true;
        if (!ex) {
            for (Expr a : args) visitExpr(a);
            if (nkwelts > 0) {
                for (Keyword k : keywords) visitExpr(k.value());
                kwNames(keywords);
            }
            emit(CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) emit(DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    emit(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) emit(DICT_MERGE, 1);
            }
        }
        emit(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                visitExpr(kws.get(i).value());
                keys[i - begin] = kws.get(i).arg();
            }
            loadConst(new PyTuple(keys));
            emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) emit(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg());
            visitExpr(kws.get(i).value());
            if (big) emit(MAP_ADD, 1);
        }
        if (!big) emit(BUILD_MAP, n);
    }

    // ------------------------------------------------------------------ comprehensions

    private void comprehension(Expr e, String name, int type, List<Comprehension> gens, Expr elt, Expr val) {
        Comprehension outermost = gens.get(0);
        enterScope(name, ScopeType.COMPREHENSION, e, e.pos().line());
        u.loc = e.pos();
        if (type != 0) emit(type == 1 ? BUILD_LIST : type == 2 ? BUILD_SET : BUILD_MAP, 0);
        comprehensionGenerator(gens, 0, 0, elt, val, type);
        CodeObject co;
        if (type != 0) {
            emit(RETURN_VALUE);
            co = finishUnit(false);
        } else {
            co = finishUnit(true);
        }
        makeClosure(co, 0);
        visitExpr(outermost.iter());
        emit(GET_ITER);
        emit(CALL, 0);
    }

    private void comprehensionGenerator(List<Comprehension> gens, int genIndex, int depth, Expr elt, Expr val,
                                        int type) {
        Label start = new Label(), ifCleanup = new Label(), anchor = new Label();
        Comprehension gen = gens.get(genIndex);
        boolean loop = true;
        if (genIndex == 0) {
            u.argcount = 1;
            emit(LOAD_FAST, 0);
        } else {
            List<Expr> elts = gen.iter() instanceof ListExpr l ? l.elts()
                    : gen.iter() instanceof TupleExpr t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                visitExpr(elts.get(0));
                loop = false;
            } else {
                visitExpr(gen.iter());
                emit(GET_ITER);
            }
        }
        if (loop) {
            depth++;
            bind(start);
            emitJump(FOR_ITER, anchor);
        }
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        if (genIndex + 1 < gens.size()) {
            comprehensionGenerator(gens, genIndex + 1, depth, elt, val, type);
        } else {
            switch (type) {
                case 0 -> {
                    visitExpr(elt);
                    emit(YIELD_VALUE);
                    emit(POP_TOP);
                }
                case 1 -> {
                    visitExpr(elt);
                    emit(LIST_APPEND, depth + 1);
                }
                case 2 -> {
                    visitExpr(elt);
                    emit(SET_ADD, depth + 1);
                }
                default -> {
                    visitExpr(elt);
                    visitExpr(val);
                    emit(MAP_ADD, depth + 1);
                }
            }
        }
        bind(ifCleanup);
        if (loop) {
            emitJump(Instr.JUMP, start);
            bind(anchor);
        }
    }

    /** Constant folding done by CPython's AST optimiser (a safe subset). */
    static final class ConstFold {
        private ConstFold() {}

        static Object value(Expr e) {
            if (e instanceof Constant c) return c.value();
            if (e instanceof UnaryOp u) return unary(u);
            if (e instanceof BinOp b) return binop(b);
            if (e instanceof TupleExpr t && t.ctx() == ExprContext.LOAD) return tuple(t);
            return null;
        }

        static Object unary(UnaryOp u) {
            Object v = value(u.operand());
            if (v == null) return null;
            if (u.op() == UnaryOperator.USUB) {
                if (v instanceof Long l) return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : -l;
                if (v instanceof BigInteger b) return normalize(b.negate());
                if (v instanceof Double d) return -d;
            } else if (u.op() == UnaryOperator.UADD) {
                if (v instanceof Long || v instanceof BigInteger || v instanceof Double) return v;
            } else if (u.op() == UnaryOperator.INVERT) {
                if (v instanceof Long l) return ~l;
            }
            return null;
        }

        static Object normalize(BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }

        static Object binop(BinOp b) {
            Object l = value(b.left());
            if (l == null) return null;
            Object r = value(b.right());
            if (r == null) return null;
            if (isNum(l) && isNum(r) && (l instanceof Double || r instanceof Double || b.op() == Operator.DIV)) {
                double x = toDouble(l), y = toDouble(r);
                return switch (b.op()) {
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MULT -> x * y;
                    case DIV -> y != 0.0 ? (Object) (x / y) : null;
                    default -> null;
                };
            }
            if ((l instanceof Long || l instanceof BigInteger) && (r instanceof Long || r instanceof BigInteger)) {
                BigInteger x = big(l), y = big(r);
                BigInteger res = switch (b.op()) {
                    case ADD -> x.add(y);
                    case SUB -> x.subtract(y);
                    case MULT -> x.bitLength() + y.bitLength() <= 128 ? x.multiply(y) : null;
                    case BIT_AND -> x.and(y);
                    case BIT_OR -> x.or(y);
                    case BIT_XOR -> x.xor(y);
                    case POW -> y.signum() >= 0 && y.bitLength() < 32
                            && (long) x.bitLength() * y.intValue() <= 128 ? x.pow(y.intValue()) : null;
                    case LSHIFT -> y.signum() >= 0 && y.bitLength() < 32 && x.bitLength() + y.intValue() <= 128
                            ? x.shiftLeft(y.intValue()) : null;
                    case RSHIFT -> y.signum() >= 0 && y.bitLength() < 32 ? x.shiftRight(y.intValue()) : null;
                    case MOD -> y.signum() != 0 ? floorMod(x, y) : null;
                    case FLOOR_DIV -> y.signum() != 0 ? x.subtract(floorMod(x, y)).divide(y) : null;
                    default -> null;
                };
                return res == null ? null : normalize(res);
            }
            if (b.op() == Operator.MULT && (l instanceof String || r instanceof String)
                    && (l instanceof Long || r instanceof Long)) {
                String str = l instanceof String ls ? ls : (String) r;
                long n = l instanceof Long ln ? ln : (Long) r;
                if (n < 0) n = 0;
                if (str.isEmpty() || n <= 4096 / str.length()) return str.repeat((int) n);
                return null;
            }
            if (l instanceof String s1 && r instanceof String s2 && b.op() == Operator.ADD
                    && s1.length() + s2.length() <= 4096) {
                return s1 + s2;
            }
            return null;
        }

        private static BigInteger floorMod(BigInteger x, BigInteger y) {
            BigInteger m = x.mod(y.abs());
            if (y.signum() < 0 && m.signum() != 0) m = m.add(y);
            return m;
        }

        /** Numbers whose conversion to double is exact (so double arithmetic rounds as CPython's). */
        private static boolean isNum(Object o) {
            return o instanceof Double || (o instanceof Long l && l > -(1L << 53) && l < (1L << 53));
        }

        private static double toDouble(Object o) {
            return o instanceof Double d ? d : ((Number) o).doubleValue();
        }

        private static BigInteger big(Object o) {
            return o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
        }

        static Object tuple(TupleExpr t) {
            if (t.ctx() != ExprContext.LOAD) return null;
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                Expr x = t.elts().get(i);
                if (x instanceof Starred) return null;
                Object v = value(x);
                if (v == null) return null;
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }
}
