package org.specula.core.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.specula.core.ast.Ast;
import org.specula.core.ast.Ast.*;
import org.specula.core.parser.SyntaxErrorException;

/**
 * The symbol table pass, following CPython 3.11's {@code Python/symtable.c}: one {@link Scope} per
 * module, class, function, lambda and comprehension; every name gets a scope (local, global
 * explicit/implicit, free, cell) after {@link #analyze}.
 */
final class Symtable {
    // symbol flags
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 64,
            DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    // resolved scopes
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    enum BlockType { MODULE, CLASS, FUNCTION }

    /** One block (CPython's PySTEntryObject). */
    static final class Scope {
        final String name;
        final BlockType type;
        final Node node;
        final Scope parent;
        /** Insertion-ordered symbol flags. */
        final Map<String, Integer> symbols = new LinkedHashMap<>();
        final Map<String, Integer> scopes = new HashMap<>();
        final Map<String, Pos> directives = new HashMap<>();
        final List<String> varnames = new ArrayList<>();
        final List<Scope> children = new ArrayList<>();
        boolean nested, generator, comprehension, hasFree, childFree, needsClassClosure, varargs, varkeywords;
        /** For comprehensions: "list comprehension", "generator expression" ... (for error messages). */
        String compKind;
        boolean compIterExpr;

        Scope(String name, BlockType type, Node node, Scope parent) {
            this.name = name;
            this.type = type;
            this.node = node;
            this.parent = parent;
            this.nested = parent != null && (parent.nested || parent.type == BlockType.FUNCTION);
        }

        int flags(String name) {
            Integer f = symbols.get(name);
            return f == null ? 0 : f;
        }

        /** The resolved scope of a name (0 when unknown). */
        int scopeOf(String name) {
            Integer s = scopes.get(name);
            return s == null ? 0 : s;
        }
    }

    final String filename;
    final Map<Node, Scope> byNode = new IdentityHashMap<>();
    Scope top;
    private Scope cur;
    private String privateName;

    private Symtable(String filename) {
        this.filename = filename;
    }

    static Symtable build(Mod mod, String filename) {
        Symtable st = new Symtable(filename);
        st.top = st.enter("top", BlockType.MODULE, mod);
        if (mod instanceof Ast.Module m) {
            st.visitStmts(m.body());
        } else if (mod instanceof Expression e) {
            st.visitExpr(e.body());
        }
        st.cur = null;
        st.analyze();
        return st;
    }

    Scope scopeFor(Node n) {
        return byNode.get(n);
    }

    // --------------------------------------------------------------- building

    SyntaxErrorException error(String msg, Pos p) {
        SyntaxErrorException e = new SyntaxErrorException("SyntaxError", msg, filename, p.line(), p.col() + 1,
                p.endLine(), p.endCol() + 1, null);
        e.fromCompiler = true;
        return e;
    }

    private Scope enter(String name, BlockType type, Node node) {
        Scope s = new Scope(name, type, node, cur);
        if (cur != null) cur.children.add(s);
        byNode.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefIn(cur, name, flag, pos);
    }

    private void addDefIn(Scope s, String name, int flag, Pos pos) {
        String m = mangle(privateName, name);
        int old = s.flags(m);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            throw error("duplicate argument '" + m + "' in function definition", pos);
        }
        s.symbols.put(m, old | flag);
        if ((flag & DEF_PARAM) != 0) s.varnames.add(m);
        // as CPython's st_global: a global declaration anywhere marks the module's symbol too
        if ((flag & DEF_GLOBAL) != 0 && s != top) top.symbols.merge(m, DEF_GLOBAL, (a, b) -> a | b);
    }

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) if (e != null) visitExpr(e);
    }

    private void visitStmt(Stmt s) {
        if (s instanceof FunctionDef f) {
            addDef(f.name(), DEF_LOCAL, f.pos());
            visitDefaults(f.args());
            visitAnnotations(f.args(), f.returns());
            visitExprs(f.decoratorList());
            enter(f.name(), BlockType.FUNCTION, f);
            visitParams(f.args());
            visitStmts(f.body());
            exit();
        }
        else if (s instanceof ClassDef c) {
            addDef(c.name(), DEF_LOCAL, c.pos());
            visitExprs(c.bases());
            for (Keyword k : c.keywords()) visitExpr(k.value());
            visitExprs(c.decoratorList());
            enter(c.name(), BlockType.CLASS, c);
            String savedPrivate = privateName;
            privateName = c.name();
            visitStmts(c.body());
            privateName = savedPrivate;
            exit();
        }
        else if (s instanceof Return r) {
            if (r.value() != null) visitExpr(r.value());
        }
        else if (s instanceof Delete d) { visitExprs(d.targets()); }
        else if (s instanceof Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        }
        else if (s instanceof AnnAssign a) {
            if (a.target() instanceof Name n) {
                int cf = cur.flags(mangle(privateName, n.id()));
                if ((cf & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols.containsKey(n.id()) && a.simple()) {
                    String msg = (cf & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                            : "annotated name '%s' can't be nonlocal";
                    throw error(String.format(msg, n.id()), a.pos());
                }
                if (a.simple()) addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
                else if (a.value() != null) addDef(n.id(), DEF_LOCAL, n.pos());
            } else {
                visitExpr(a.target());
            }
            visitExpr(a.annotation());
            if (a.value() != null) visitExpr(a.value());
        }
        else if (s instanceof AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        }
        else if (s instanceof For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        }
        else if (s instanceof While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        }
        else if (s instanceof If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        }
        else if (s instanceof With w) {
            for (WithItem it : w.items()) {
                visitExpr(it.contextExpr());
                if (it.optionalVars() != null) visitExpr(it.optionalVars());
            }
            visitStmts(w.body());
        }
        else if (s instanceof Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
                if (r.cause() != null) visitExpr(r.cause());
            }
        }
        else if (s instanceof Try t) {
            visitStmts(t.body());
            visitStmts(t.orelse());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) visitExpr(h.type());
                if (h.name() != null) addDef(h.name(), DEF_LOCAL, h.pos());
                visitStmts(h.body());
            }
            visitStmts(t.finalbody());
        }
        else if (s instanceof Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) visitExpr(a.msg());
        }
        else if (s instanceof Import im) {
            for (Alias al : im.names()) visitAlias(al, im.pos());
        }
        else if (s instanceof ImportFrom im) {
            for (Alias al : im.names()) visitAlias(al, im.pos());
        }
        else if (s instanceof Global g) { declare(g.names(), DEF_GLOBAL, "global", g.pos()); }
        else if (s instanceof Nonlocal n) { declare(n.names(), DEF_NONLOCAL, "nonlocal", n.pos()); }
        else if (s instanceof ExprStmt e) { visitExpr(e.value()); }
        else if (s instanceof Pass p) { { } }
        else if (s instanceof Break b) { { } }
        else if (s instanceof Continue c) { { } }
    }

    private void declare(List<String> names, int flag, String what, Pos pos) {
        for (String name : names) {
            String m = mangle(privateName, name);
            int cf = cur.flags(m);
            if ((cf & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cf & DEF_PARAM) != 0) msg = "name '%s' is parameter and " + what;
                else if ((cf & USE) != 0) msg = "name '%s' is used prior to " + what + " declaration";
                else if ((cf & DEF_ANNOT) != 0) msg = "annotated name '%s' can't be " + what;
                else msg = "name '%s' is assigned to before " + what + " declaration";
                throw error(String.format(msg, name), pos);
            }
            addDef(name, flag, pos);
            cur.directives.putIfAbsent(m, pos);
        }
    }

    private void visitAlias(Alias a, Pos stmtPos) {
        String store = a.asname() != null ? a.asname() : a.name();
        int dot = store.indexOf('.');
        if (dot >= 0) store = store.substring(0, dot);
        if (store.equals("*")) {
            if (cur.type != BlockType.MODULE) throw error("import * only allowed at module level", a.pos());
            return;
        }
        addDef(store, DEF_IMPORT, a.pos());
    }

    private void visitDefaults(Arguments a) {
        visitExprs(a.defaults());
        visitExprs(a.kwDefaults());
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        for (Arg p : allArgs(a)) if (p.annotation() != null) visitExpr(p.annotation());
        if (returns != null) visitExpr(returns);
    }

    static List<Arg> allArgs(Arguments a) {
        List<Arg> r = new ArrayList<>(a.posonlyArgs());
        r.addAll(a.args());
        r.addAll(a.kwonlyArgs());
        if (a.vararg() != null) r.add(a.vararg());
        if (a.kwarg() != null) r.add(a.kwarg());
        return r;
    }

    private void visitParams(Arguments a) {
        for (Arg p : allArgs(a)) addDef(p.arg(), DEF_PARAM, p.pos());
        if (a.vararg() != null) cur.varargs = true;
        if (a.kwarg() != null) cur.varkeywords = true;
    }

    private void visitExpr(Expr e) {
        if (e instanceof BoolOp b) { visitExprs(b.values()); }
        else if (e instanceof NamedExpr n) {
            if (cur.compIterExpr) {
                throw error("assignment expression cannot be used in a comprehension iterable expression", n.pos());
            }
            visitExpr(n.value());
            if (cur.comprehension) extendNamedExprScope(n.target());
            else visitExpr(n.target());
        }
        else if (e instanceof BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        }
        else if (e instanceof UnaryOp u) { visitExpr(u.operand()); }
        else if (e instanceof Lambda l) {
            visitDefaults(l.args());
            enter("lambda", BlockType.FUNCTION, l);
            visitParams(l.args());
            visitExpr(l.body());
            exit();
        }
        else if (e instanceof IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        }
        else if (e instanceof Dict d) {
            visitExprs(d.keys());
            visitExprs(d.values());
        }
        else if (e instanceof SetExpr s) { visitExprs(s.elts()); }
        else if (e instanceof ListComp c) { comprehension(e, "listcomp", "list comprehension", c.generators(), c.elt(), null, false); }
        else if (e instanceof SetComp c) { comprehension(e, "setcomp", "set comprehension", c.generators(), c.elt(), null, false); }
        else if (e instanceof DictComp c) { comprehension(e, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value(), false); }
        else if (e instanceof GeneratorExp c) { comprehension(e, "genexpr", "generator expression", c.generators(), c.elt(), null, true); }
        else if (e instanceof Await a) { visitExpr(a.value()); }
        else if (e instanceof Yield y) {
            if (y.value() != null) visitExpr(y.value());
            markYield(y.pos());
        }
        else if (e instanceof YieldFrom y) {
            visitExpr(y.value());
            markYield(y.pos());
        }
        else if (e instanceof Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        }
        else if (e instanceof Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) visitExpr(k.value());
        }
        else if (e instanceof FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) visitExpr(f.formatSpec());
        }
        else if (e instanceof JoinedStr j) { visitExprs(j.values()); }
        else if (e instanceof Constant c) { { } }
        else if (e instanceof Attribute a) { visitExpr(a.value()); }
        else if (e instanceof Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        }
        else if (e instanceof Starred s) { visitExpr(s.value()); }
        else if (e instanceof Slice s) {
            if (s.lower() != null) visitExpr(s.lower());
            if (s.upper() != null) visitExpr(s.upper());
            if (s.step() != null) visitExpr(s.step());
        }
        else if (e instanceof Name n) {
            addDef(n.id(), n.ctx() == ExprContext.LOAD ? USE : DEF_LOCAL, n.pos());
            if (n.ctx() == ExprContext.LOAD && cur.type == BlockType.FUNCTION && n.id().equals("super")) {
                addDef("__class__", USE, n.pos());
            }
        }
        else if (e instanceof ListExpr l) { visitExprs(l.elts()); }
        else if (e instanceof TupleExpr t) { visitExprs(t.elts()); }
    }

    private void markYield(Pos pos) {
        if (cur.comprehension) {
            throw error("'yield' inside " + cur.compKind, pos);
        }
        cur.generator = true;
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id();
        // the target must not rebind an iteration variable of any enclosing comprehension
        for (Scope s = cur; s != null && s.comprehension; s = s.parent) {
            if ((s.flags(name) & DEF_COMP_ITER) != 0) {
                throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                        target.pos());
            }
        }
        for (Scope s = cur.parent; s != null; s = s.parent) {
            if (s.comprehension) {
                if ((s.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name
                            + "'", target.pos());
                }
                continue;
            }
            if (s.type == BlockType.FUNCTION) {
                addDefIn(s, name, DEF_LOCAL, target.pos());
                addDef(name, DEF_NONLOCAL, target.pos());
                cur.directives.putIfAbsent(name, target.pos());
                return;
            }
            if (s.type == BlockType.MODULE) {
                addDefIn(s, name, DEF_GLOBAL, target.pos());
                addDef(name, DEF_GLOBAL, target.pos());
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
        }
    }

    private boolean compIterTarget;

    private void comprehension(Expr e, String scopeName, String kind, List<Comprehension> gens, Expr elt, Expr value,
                               boolean isGenerator) {
        Comprehension outer = gens.get(0);
        boolean savedIter = cur.compIterExpr;
        cur.compIterExpr = true;
        visitExpr(outer.iter());
        cur.compIterExpr = savedIter;
        enter(scopeName, BlockType.FUNCTION, e);
        cur.comprehension = true;
        cur.compKind = kind;
        addDef(".0", DEF_PARAM, e.pos());
        visitCompTarget(outer.target());
        visitExprs(outer.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            visitCompTarget(g.target());
            cur.compIterExpr = true;
            visitExpr(g.iter());
            cur.compIterExpr = false;
            visitExprs(g.ifs());
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        cur.generator = isGenerator;
        exit();
    }

    private void visitCompTarget(Expr target) {
        visitExpr(target);
        markIter(target);
    }

    private void markIter(Expr target) {
        if (target instanceof Name n) { cur.symbols.merge(n.id(), DEF_COMP_ITER, (a, b) -> a | b); }
        else if (target instanceof TupleExpr t) { t.elts().forEach(this::markIter); }
        else if (target instanceof ListExpr l) { l.elts().forEach(this::markIter); }
        else if (target instanceof Starred s) { markIter(s.value()); }
        else { }
    }

    // --------------------------------------------------------------- analysis

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = ste.scopes;
        Set<String> newglobal = new HashSet<>(), newfree = new HashSet<>(), newbound = new HashSet<>();
        if (ste.type == BlockType.CLASS) {
            newglobal.addAll(global);
            if (bound != null) newbound.addAll(bound);
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.type == BlockType.FUNCTION) newbound.addAll(local);
            if (bound != null) newbound.addAll(bound);
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newfree);
            analyzeBlock(child, new HashSet<>(newbound), childFree, new HashSet<>(newglobal));
            allfree.addAll(childFree);
            if (child.hasFree || child.childFree) ste.childFree = true;
        }
        newfree.addAll(allfree);
        if (ste.type == BlockType.FUNCTION) {
            for (Map.Entry<String, Integer> en : scopes.entrySet()) {
                if (en.getValue() == LOCAL && newfree.contains(en.getKey())) {
                    en.setValue(CELL);
                    newfree.remove(en.getKey());
                }
            }
        } else if (ste.type == BlockType.CLASS) {
            if (newfree.remove("__class__")) ste.needsClassClosure = true;
        }
        // update symbols with names free in children
        for (String name : newfree) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (ste.type == BlockType.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, 0);
            scopes.put(name, FREE);
        }
        free.addAll(newfree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", directive(ste, name));
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", directive(ste, name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", directive(ste, name));
            }
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.hasFree = true;
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static Pos directive(Scope ste, String name) {
        Pos p = ste.directives.get(name);
        return p == null ? Pos.NONE : p;
    }
}
