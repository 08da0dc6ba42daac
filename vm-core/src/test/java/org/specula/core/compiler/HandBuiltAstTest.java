package org.specula.core.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.specula.core.ast.Ast;
import org.specula.core.ast.Ast.*;
import org.specula.core.code.CodeObject;
import org.specula.core.code.Opcode;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyTuple;

/**
 * Compiler tests on ASTs built by hand: need neither Specula's parser nor python3. Expected
 * listings were taken from CPython 3.11 (dis, minus RESUME/PRECALL/CACHE) except where noted.
 */
class HandBuiltAstTest {
    static Pos p(int line, int col, int endCol) {
        return new Pos(line, col, line, endCol);
    }

    static Name load(String id, int line, int col) {
        return new Name(p(line, col, col + id.length()), id, ExprContext.LOAD);
    }

    static Name store(String id, int line, int col) {
        return new Name(p(line, col, col + id.length()), id, ExprContext.STORE);
    }

    static Arguments args(String... names) {
        List<Arg> as = new java.util.ArrayList<>();
        for (String n : names) as.add(new Arg(Pos.NONE, n, null));
        return new Arguments(Pos.NONE, List.of(), as, null, List.of(), List.of(), null, List.of());
    }

    static String listing(CodeObject co) {
        StringBuilder sb = new StringBuilder();
        for (org.specula.core.dis.Dis.Instruction in : org.specula.core.dis.Dis.instructions(co)) {
            sb.append(in.opname());
            if (!in.argrepr().isEmpty()) sb.append(' ').append(in.argrepr());
            else if (in.hasArg()) sb.append(' ').append(in.arg());
            sb.append('\n');
        }
        return sb.toString();
    }

    static CodeObject fn(CodeObject module, int constIndex) {
        return (CodeObject) module.consts[constIndex];
    }

    @Test
    void assignmentAndCall() {
        // x = 1
        // print(x)
        Ast.Module m = new Ast.Module(Pos.NONE, List.of(
                new Assign(p(1, 0, 5), List.of(store("x", 1, 0)), new Constant(p(1, 4, 5), 1L)),
                new ExprStmt(p(2, 0, 8), new Call(p(2, 0, 8), load("print", 2, 0), List.of(load("x", 2, 6)),
                        List.of()))));
        CodeObject co = Compiler.compileModule(m, "t.py");
        assertEquals("LOAD_CONST 1\nSTORE_NAME x\nPUSH_NULL\nLOAD_NAME print\nLOAD_NAME x\nCALL 1\nPOP_TOP\n"
                + "LOAD_CONST None\nRETURN_VALUE\n", listing(co));
        assertEquals("<module>", co.name);
        assertEquals(2, co.lineOf(2));
        assertEquals(0, co.flags);
        assertTrue(co.stacksize >= 3);
    }

    @Test
    void functionLocalsGlobalsAndDocstring() {
        // def f(a):
        //     "doc"
        //     b = a + g
        //     return b
        FunctionDef f = new FunctionDef(new Pos(1, 0, 4, 12), "f", args("a"), List.of(
                new ExprStmt(p(2, 4, 9), new Constant(p(2, 4, 9), "doc")),
                new Assign(p(3, 4, 13), List.of(store("b", 3, 4)), new BinOp(p(3, 8, 13), load("a", 3, 8),
                        Operator.ADD, load("g", 3, 12))),
                new Return(p(4, 4, 12), load("b", 4, 11))), List.of(), null);
        CodeObject mod = Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(f)), "t.py");
        CodeObject co = fn(mod, 0);
        assertEquals("LOAD_FAST a\nLOAD_GLOBAL g\nBINARY_OP +\nSTORE_FAST b\nLOAD_FAST b\nRETURN_VALUE\n",
                listing(co));
        assertEquals("doc", co.consts[0], "docstring convention: consts[0]");
        assertArrayEquals(new String[] {"a", "b"}, co.varnames);
        assertEquals(1, co.argcount);
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS, co.flags);
        assertEquals(1, co.firstlineno);
    }

    @Test
    void functionWithoutDocstringHasNoneFirst() {
        FunctionDef f = new FunctionDef(p(1, 0, 17), "f", args(), List.of(new Return(p(1, 9, 17),
                new Constant(p(1, 16, 17), 5L))), List.of(), null);
        CodeObject co = fn(Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(f)), "t.py"), 0);
        assertEquals(Py.None, co.consts[0]);
        assertEquals("LOAD_CONST 5\nRETURN_VALUE\n", listing(co));
    }

    @Test
    void closuresUseCellsThenFrees() {
        // def outer(x):
        //     def inner():
        //         return x
        //     return inner
        FunctionDef inner = new FunctionDef(p(2, 4, 20), "inner", args(), List.of(
                new Return(p(3, 8, 16), load("x", 3, 15))), List.of(), null);
        FunctionDef outer = new FunctionDef(p(1, 0, 16), "outer", args("x"), List.of(inner,
                new Return(p(4, 4, 16), load("inner", 4, 11))), List.of(), null);
        CodeObject mod = Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(outer)), "t.py");
        CodeObject o = fn(mod, 0);
        assertArrayEquals(new String[] {"x"}, o.cellvars);
        assertArrayEquals(new int[] {0}, o.cell2arg, "cell x is initialised from parameter 0");
        assertTrue(listing(o).startsWith("LOAD_CLOSURE x\nBUILD_TUPLE 1\nLOAD_CONST <code object inner at "),
                listing(o));
        CodeObject i = (CodeObject) o.consts[1];
        assertArrayEquals(new String[] {"x"}, i.freevars);
        assertEquals("outer.<locals>.inner", i.qualname);
        assertEquals("LOAD_DEREF x\nRETURN_VALUE\n", listing(i));
        assertEquals(0, Opcode.argOf(i.instructions[0]), "free var index counts after the (no) cellvars");
        assertTrue((i.flags & CodeObject.CO_NESTED) != 0);
    }

    @Test
    void zeroArgSuperBecomesExplicit() {
        // class C(B):
        //     def m(self):
        //         return super().m()
        Expr superCall = new Call(p(3, 15, 22), load("super", 3, 15), List.of(), List.of());
        Expr call = new Call(p(3, 15, 26), new Attribute(p(3, 15, 24), superCall, "m", ExprContext.LOAD),
                List.of(), List.of());
        FunctionDef m = new FunctionDef(p(2, 4, 26), "m", args("self"), List.of(new Return(p(3, 8, 26), call)),
                List.of(), null);
        ClassDef c = new ClassDef(p(1, 0, 26), "C", List.of(load("B", 1, 8)), List.of(), List.of(m), List.of());
        CodeObject mod = Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(c)), "t.py");
        CodeObject body = fn(mod, 0);
        assertArrayEquals(new String[] {"__class__"}, body.cellvars);
        assertTrue(listing(body).endsWith("LOAD_CLOSURE __class__\nCOPY 1\nSTORE_NAME __classcell__\n"
                + "RETURN_VALUE\n"), listing(body));
        assertTrue(listing(body).startsWith("LOAD_NAME __name__\nSTORE_NAME __module__\nLOAD_CONST 'C'\n"
                + "STORE_NAME __qualname__\n"));
        CodeObject meth = (CodeObject) body.consts[1];
        assertEquals("C.m", meth.qualname);
        assertArrayEquals(new String[] {"__class__"}, meth.freevars);
        // Deliberate deviation from CPython (which emits `LOAD_GLOBAL super; CALL 0`).
        assertEquals("LOAD_GLOBAL NULL + super\nLOAD_DEREF __class__\nLOAD_FAST self\nCALL 2\nLOAD_METHOD m\n"
                + "CALL 0\nRETURN_VALUE\n", listing(meth));
        String modListing = listing(mod);
        assertTrue(modListing.startsWith("PUSH_NULL\nLOAD_BUILD_CLASS\nLOAD_CONST <code object C"), modListing);
        assertTrue(modListing.contains("MAKE_FUNCTION 0\nLOAD_CONST 'C'\nLOAD_NAME B\nCALL 3\nSTORE_NAME C\n"));
    }

    @Test
    void superAssignedLocallyIsAnOrdinaryCall() {
        // def m(self):
        //     super = f
        //     return super()
        FunctionDef m = new FunctionDef(p(1, 0, 12), "m", args("self"), List.of(
                new Assign(p(2, 4, 13), List.of(store("super", 2, 4)), load("f", 2, 12)),
                new Return(p(3, 4, 18), new Call(p(3, 11, 18), load("super", 3, 11), List.of(), List.of()))),
                List.of(), null);
        CodeObject co = fn(Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(m)), "t.py"), 0);
        assertTrue(listing(co).contains("PUSH_NULL\nLOAD_FAST super\nCALL 0\n"), listing(co));
    }

    @Test
    void keywordNamesAreATupleConstant() {
        // f(1, key=2)
        Expr call = new Call(p(1, 0, 11), load("f", 1, 0), List.of(new Constant(p(1, 2, 3), 1L)),
                List.of(new Keyword(p(1, 5, 10), "key", new Constant(p(1, 9, 10), 2L))));
        CodeObject co = Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(new ExprStmt(p(1, 0, 11), call))),
                "t.py");
        int kw = -1;
        for (int w : co.instructions) if (Opcode.opcodeOf(w) == Opcode.KW_NAMES) kw = Opcode.argOf(w);
        PyTuple names = (PyTuple) co.consts[kw];
        assertArrayEquals(new Object[] {"key"}, names.items);
    }

    @Test
    void tryExceptTableAndShape() {
        // try:
        //     f()
        // except E:
        //     pass
        Stmt body = new ExprStmt(p(2, 4, 7), new Call(p(2, 4, 7), load("f", 2, 4), List.of(), List.of()));
        Try t = new Try(new Pos(1, 0, 4, 8), List.of(body), List.of(new ExceptHandler(new Pos(3, 0, 4, 8),
                load("E", 3, 7), null, List.of(new Pass(p(4, 4, 8))))), List.of(), List.of());
        CodeObject co = Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(t)), "t.py");
        assertEquals("NOP\nPUSH_NULL\nLOAD_NAME f\nCALL 0\nPOP_TOP\nLOAD_CONST None\nRETURN_VALUE\nPUSH_EXC_INFO\n"
                + "LOAD_NAME E\nCHECK_EXC_MATCH\nPOP_JUMP_FORWARD_IF_FALSE to 30\nPOP_TOP\nPOP_EXCEPT\n"
                + "LOAD_CONST None\nRETURN_VALUE\nRERAISE 0\nCOPY 3\nPOP_EXCEPT\nRERAISE 1\n", listing(co));
        // as CPython 3.11: 4 to 22 -> 28 [0]; 28 to 36 -> 46 [1] lasti; 44 to 44 -> 46 [1] lasti
        assertEquals(3, co.exceptionTable.length);
        assertEquals(new org.specula.core.code.ExceptionTableEntry(1, 5, 7, 0, false), co.exceptionTable[0]);
        assertEquals(new org.specula.core.code.ExceptionTableEntry(7, 12, 16, 1, true), co.exceptionTable[1]);
        assertEquals(new org.specula.core.code.ExceptionTableEntry(15, 16, 16, 1, true), co.exceptionTable[2]);
    }

    @Test
    void compileExpressionReturnsValue() {
        Ast.Expression e = new Ast.Expression(Pos.NONE, new BinOp(p(1, 0, 5), load("a", 1, 0), Operator.MULT,
                new Constant(p(1, 4, 5), 2L)));
        CodeObject co = Compiler.compileExpression(e, "<string>");
        assertEquals("LOAD_NAME a\nLOAD_CONST 2\nBINARY_OP *\nRETURN_VALUE\n", listing(co));
    }

    @Test
    void constantFolding() {
        // x = -1; y = (1, 2, -3); z = 2 ** 10
        Ast.Module m = new Ast.Module(Pos.NONE, List.of(
                new Assign(p(1, 0, 6), List.of(store("x", 1, 0)), new UnaryOp(p(1, 4, 6), UnaryOperator.USUB,
                        new Constant(p(1, 5, 6), 1L))),
                new Assign(p(2, 0, 15), List.of(store("y", 2, 0)), new TupleExpr(p(2, 4, 15), List.of(
                        new Constant(p(2, 5, 6), 1L), new Constant(p(2, 8, 9), 2L), new UnaryOp(p(2, 11, 13),
                                UnaryOperator.USUB, new Constant(p(2, 12, 13), 3L))), ExprContext.LOAD)),
                new Assign(p(3, 0, 11), List.of(store("z", 3, 0)), new BinOp(p(3, 4, 11),
                        new Constant(p(3, 4, 5), 2L), Operator.POW, new Constant(p(3, 9, 11), 10L)))));
        CodeObject co = Compiler.compileModule(m, "t.py");
        assertEquals("LOAD_CONST -1\nSTORE_NAME x\nLOAD_CONST (1, 2, -3)\nSTORE_NAME y\nLOAD_CONST 1024\n"
                + "STORE_NAME z\nLOAD_CONST None\nRETURN_VALUE\n", listing(co));
    }

    @Test
    void generatorFlagAndNoReturnGenerator() {
        FunctionDef g = new FunctionDef(p(1, 0, 20), "g", args(), List.of(new ExprStmt(p(1, 9, 16),
                new Yield(p(1, 9, 16), new Constant(p(1, 15, 16), 1L)))), List.of(), null);
        CodeObject co = fn(Compiler.compileModule(new Ast.Module(Pos.NONE, List.of(g)), "t.py"), 0);
        assertNotEquals(0, co.flags & CodeObject.CO_GENERATOR);
        assertEquals("LOAD_CONST 1\nYIELD_VALUE\nPOP_TOP\nLOAD_CONST None\nRETURN_VALUE\n", listing(co));
    }

    @Test
    void errors() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Compiler.compileModule(
                new Ast.Module(Pos.NONE, List.of(new Return(p(3, 2, 8), null))), "t.py"));
        assertEquals("'return' outside function", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(3, e.offset);
        e = assertThrows(SyntaxErrorException.class, () -> Compiler.compileModule(new Ast.Module(Pos.NONE,
                List.of(new FunctionDef(p(1, 0, 10), "f", args(), List.of(new Nonlocal(p(2, 4, 14), List.of("q"))),
                        List.of(), null))), "t.py"));
        assertEquals("no binding for nonlocal 'q' found", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
    }
}
