package org.specula.core.parser;

import org.junit.jupiter.api.Test;
import org.specula.core.ast.Ast;
import org.specula.core.ast.Ast.*;
import org.specula.core.ast.AstDump;
import org.specula.core.runtime.Py;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Parser checks that do not need CPython. */
class ParserBasicsTest {
    private static Expr expr(String src) {
        return Parser.parseExpression(src, "<test>").body();
    }

    private static Object constant(String src) {
        return ((Constant) expr(src)).value();
    }

    private static SyntaxErrorException error(String src) {
        return assertThrows(SyntaxErrorException.class, () -> Parser.parseModule(src, "f.py"));
    }

    @Test
    void numberLiteralsBecomeRuntimeValues() {
        assertEquals(42L, constant("42"));
        assertEquals(255L, constant("0xff"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(1000000L, constant("1_000_000"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffff", 16), constant("0xffffffffffffffffff"));
        assertEquals(1.0, constant("1."));
        assertEquals(0.5, constant(".5"));
        assertEquals(1e10, constant("1e10"));
        assertEquals(10.5e-3, constant("1_0.5e-3"));
        assertSame(Py.None, constant("None"));
        assertSame(Py.Ellipsis, constant("..."));
        assertEquals(Boolean.TRUE, constant("True"));
    }

    @Test
    void stringLiteralsAreDecoded() {
        assertEquals("a\nb\t\\'\"\u0007\b\f\u000b\r", constant("'a\\nb\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'"));
        assertEquals("AéA\u0000\u01ff", constant("'\\x41\\u00e9\\101\\0\\777'"));
        assertEquals(new String(Character.toChars(0x1F600)), constant("'\\U0001F600'"));
        assertEquals("\\d\\q", constant("r'\\d' '\\q'"));
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
        assertEquals("\u2022", constant("'\\N{BULLET}'"));
        assertEquals("ab", constant("'a\\\nb'"));
    }

    @Test
    void precedenceAndAssociativity() {
        // -2**2 == -(2**2)
        UnaryOp neg = (UnaryOp) expr("-2**2");
        assertEquals(UnaryOperator.USUB, neg.op());
        assertEquals(Operator.POW, ((BinOp) neg.operand()).op());
        // ** is right-associative
        BinOp pow = (BinOp) expr("a**b**c");
        assertInstanceOf(Name.class, pow.left());
        assertEquals(Operator.POW, ((BinOp) pow.right()).op());
        // - is left-associative
        BinOp sub = (BinOp) expr("a-b-c");
        assertInstanceOf(BinOp.class, sub.left());
        // chained comparison with two-word operators
        Compare cmp = (Compare) expr("a < b is not c not in d");
        assertEquals(List.of(CmpOp.LT, CmpOp.IS_NOT, CmpOp.NOT_IN), cmp.ops());
        // not binds looser than comparison, and looser than and
        BoolOp or = (BoolOp) expr("not a == b and c or d");
        assertEquals(BoolOperator.OR, or.op());
    }

    @Test
    void elifBecomesNestedIf() {
        Ast.Module m = Parser.parseModule("if a:\n    x\nelif b:\n    y\nelse:\n    z\n", "f.py");
        If top = (If) m.body().get(0);
        If nested = (If) top.orelse().get(0);
        assertEquals(new Pos(3, 0, 6, 5), nested.pos());
        assertInstanceOf(ExprStmt.class, nested.orelse().get(0));
    }

    @Test
    void fstringsBecomeJoinedStr() {
        JoinedStr j = (JoinedStr) expr("f'a{x!r:>{w}}b{y=}'");
        assertEquals(4, j.values().size());
        FormattedValue fv = (FormattedValue) j.values().get(1);
        assertEquals('r', fv.conversion());
        assertInstanceOf(JoinedStr.class, fv.formatSpec());
        assertEquals("by=", ((Constant) j.values().get(2)).value());
        assertEquals('r', ((FormattedValue) j.values().get(3)).conversion());
        assertEquals(new Pos(1, 4, 1, 5), ((FormattedValue) j.values().get(1)).value().pos());
    }

    @Test
    void errorsCarryCPythonFields() {
        SyntaxErrorException e = error("x = 1\nif x\n    pass\n");
        assertEquals("SyntaxError", e.kind);
        assertEquals("expected ':'", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("if x\n", e.text); // CPython's SyntaxError.text keeps the newline
        assertEquals("f.py", e.filename);

        e = error("if x:\npass\n");
        assertEquals("IndentationError", e.kind);
        assertEquals("expected an indented block after 'if' statement on line 1", e.msg);

        e = error("if x:\n\tif y:\n        pass\n");
        assertEquals("TabError", e.kind);

        e = error("x = (1,\n2]\n");
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", e.msg);
        assertEquals(2, e.lineno);
    }

    @Test
    void unsupportedFeaturesAreReported() {
        assertTrue(error("x = 5j\n").msg.contains("complex numbers are not supported by Specula yet"));
        assertTrue(error("x = b'abc'\n").msg.contains("bytes literals are not supported by Specula yet"));
        assertTrue(error("async def f():\n    pass\n").msg.contains("not supported by Specula yet"));
        assertTrue(error("match x:\n    case 1:\n        pass\n").msg.contains("not supported by Specula yet"));
        assertTrue(error("try:\n    pass\nexcept* E:\n    pass\n").msg.contains("not supported by Specula yet"));
        // "match" is still an ordinary name
        assertEquals(2, Parser.parseModule("match = 1\nmatch(x)\n", "f.py").body().size());
    }

    @Test
    void nestingLimits() {
        String ok = "(".repeat(200) + "1" + ")".repeat(200);
        assertEquals(1L, ((Constant) expr(ok)).value());
        SyntaxErrorException e = error("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n");
        assertEquals("too many nested parentheses", e.msg);
        assertEquals(205, e.offset);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 99; i++) deep.append(" ".repeat(i)).append("if x:\n");
        deep.append(" ".repeat(99)).append("pass\n");
        assertEquals(1, Parser.parseModule(deep.toString(), "f.py").body().size());
    }

    @Test
    void absurdNestingIsASyntaxErrorNotACrash() {
        String src = "x = " + "-".repeat(200_000) + "1\n";
        try {
            Parser.parseModule(src, "f.py");
        } catch (SyntaxErrorException e) {
            assertEquals("too many nested parentheses", e.msg);
        }
    }

    @Test
    void nonAsciiIdentifiersAreNormalizedAndColumnsAreCodePoints() {
        Ast.Module m = Parser.parseModule("\ufb01 = '\u00e9\u00e9'; \u00e9 = 1\n", "f.py");
        Assign a = (Assign) m.body().get(0);
        assertEquals("fi", ((Name) a.targets().get(0)).id());
        Assign b = (Assign) m.body().get(1);
        assertEquals(new Pos(1, 10, 1, 11), b.targets().get(0).pos());
        SyntaxErrorException e = error("x = a\u2026b\n");
        assertEquals("invalid character '\u2026' (U+2026)", e.msg);
        assertEquals(6, e.offset);
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(1, Parser.parseModule("\uFEFFx = 1\n", "f.py").body().size());
    }

    @Test
    void largeFileParses() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("def f").append(i).append("(a, b=1, *args, **kw):\n");
            sb.append("    x = [i * 2 for i in range(a) if i % 3 == 0]\n");
            sb.append("    y = {'k': x, 'n': len(x)}\n");
            sb.append("    if a > b and not kw:\n");
            sb.append("        return f'{a}:{b!r:>10}'\n");
            sb.append("    elif a:\n");
            sb.append("        a += b ** 2 - (a // 3)\n");
            sb.append("    for k, v in kw.items():\n");
            sb.append("        print(k, v, sep=', ')\n");
            sb.append("    return x[1:-1], y['k'][::2]\n");
        }
        String src = sb.toString();
        // no timing here (speed is measured by the benchmarks, not by unit tests)
        Ast.Module m = Parser.parseModule(src, "big.py");
        assertEquals(1000, m.body().size());
    }

    @Test
    void dumpUsesPythonNamesAndRepr() {
        String d = AstDump.dump(Parser.parseModule("x = [1.5, 'it\\'s', None]\n", "f.py"));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1)], value=List(elts=[Constant(value=1.5, lineno=1, col_offset=5, end_lineno=1, "
                + "end_col_offset=8), Constant(value=\"it's\", lineno=1, col_offset=10, end_lineno=1, end_col_offset=17), "
                + "Constant(value=None, lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)], ctx=Load(), "
                + "lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=24)], type_ignores=[])", d);
        assertEquals("1e+16", AstDump.floatRepr(1e16));
        assertEquals("1e-05", AstDump.floatRepr(0.00001));
        assertEquals("0.0001", AstDump.floatRepr(0.0001));
        assertEquals("'a\\nb\"'", AstDump.repr("a\nb\""));
    }
}
