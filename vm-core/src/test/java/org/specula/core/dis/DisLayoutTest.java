package org.specula.core.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.code.CodeObject;
import org.specula.core.compiler.CompilerTestAccess;

/**
 * Whole {@code dis.dis} text of compiled snippets against CPython 3.11's, after removing
 * RESUME/PRECALL/CACHE from CPython's listing, renumbering its offsets and writing its jump
 * arguments as absolute instruction indices (Specula's encoding). Checks columns, line numbers
 * (so also the compiler's positions), jump target markers, argreprs and exception tables.
 */
class DisLayoutTest {
    static final String[] SNIPPETS = {
        "x = 1\nprint(x)\n",
        "def f(a, b=1):\n    if a < b:\n        return a\n    return b * 2\n",
        "def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n",
        "def f(n):\n    while n > 0:\n        n -= 1\n    return n\n",
        "def f():\n    try:\n        g()\n    except ValueError as e:\n        print(e)\n    finally:\n        h()\n",
        "def f(p):\n    with open(p) as fh:\n        return fh.read()\n",
        "def f(a, b):\n    return f'{a!r} and {b:>10}', a.x(b, key=1)\n",
        "class C:\n    '''Doc.'''\n    def m(self, x=None):\n        return x is None\n",
        "def g(n):\n    yield n\n    yield from range(n)\n",
        "def f(a):\n    return [x * 2 for x in a if x]\n",
        "import os.path as p\nfrom m import a, b\n",
        "def f(a, b):\n    a, b = b, a\n    assert a, 'no'\n    del b\n    return a[1:2]\n",
    };

    static List<CompilerTestAccess.Oracle> results;

    @BeforeAll
    static void runOracle() throws Exception {
        assumeTrue(CompilerTestAccess.pythonAvailable(), "python3.11 not available");
        results = CompilerTestAccess.run(List.of(SNIPPETS));
    }

    static String normalise(String dis) {
        return dis.replaceAll(" at 0x[0-9a-f]+", " at 0xADDR");
    }

    @TestFactory
    List<DynamicTest> sameDisTextAsCpython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CompilerTestAccess.Oracle r : results) {
            tests.add(DynamicTest.dynamicTest(r.source().replace("\n", "\\n"), () -> {
                CodeObject co = CompilerTestAccess.compile(r);
                assertEquals(r.dis(), normalise(Dis.dis(co)));
            }));
        }
        return tests;
    }
}
