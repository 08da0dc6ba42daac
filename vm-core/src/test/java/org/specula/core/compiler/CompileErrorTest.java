package org.specula.core.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.parser.SyntaxErrorException;

/**
 * SyntaxErrors raised by the symbol table pass and the code generator: message, line and
 * 1-based offset must equal CPython 3.11's (compile() of the same source; the AST comes from
 * ast.parse, which accepts all of these).
 */
class CompileErrorTest {
    static final String[] SNIPPETS = {
        "return 1\n",
        "x = 1\nbreak\n",
        "while x:\n    pass\ncontinue\n",
        "yield 1\n",
        "class C:\n    yield 1\n",
        "x = yield from y\n",
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    print(x)\n    global x\n",
        "nonlocal x\n",
        "def f():\n    nonlocal x\n",
        "def f(x):\n    global x\n",
        "def f(x):\n    nonlocal x\n",
        "def f(x, x):\n    pass\n",
        "lambda a, a: 1\n",
        "def f():\n    await x\n",
        "await x\n",
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "[(yield x) for x in y]\n",
        "def f():\n    return ((yield x) for x in y)\n",
        "[x for x in range(3) if (x := 1)]\n",
        "class C:\n    [(y := 1) for x in z]\n",
        "[x for x in (y := [1])]\n",
        "def f():\n    from os import *\n",
        "a, *b, *c = d\n",
        "def f():\n    x: int\n    global x\n",
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "class C:\n    def f(self):\n        x = 1\n        nonlocal x\n",
        "f(a=1, a=2)\n",
        "for x in y:\n    def f():\n        break\n",
        "def f():\n    class C:\n        return 1\n",
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    };

    static List<CpythonOracle.Result> results;

    @BeforeAll
    static void runOracle() throws Exception {
        assumeTrue(CpythonOracle.pythonAvailable(), "python3.11 not available");
        results = CpythonOracle.run(List.of(SNIPPETS));
    }

    @TestFactory
    List<DynamicTest> sameErrorsAsCpython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CpythonOracle.Result r : results) {
            tests.add(DynamicTest.dynamicTest(r.source.replace("\n", "\\n"), () -> {
                assertNull(r.parseError, "CPython's parser rejects this snippet; pick another");
                assertNotNull(r.error, "CPython compiles this snippet without error");
                SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                        () -> Compiler.compileModule(r.ast, "x.py"));
                assertEquals(r.error.get(0), e.msg);
                assertEquals(((Long) r.error.get(1)).intValue(), e.lineno, "lineno");
                assertEquals(((Long) r.error.get(2)).intValue(), e.offset, "offset");
                assertEquals("SyntaxError", e.kind);
                assertEquals("x.py", e.filename);
            }));
        }
        return tests;
    }
}
