package org.specula.core.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.code.CodeObject;

/**
 * Compiles snippets with Specula's compiler (from CPython's own AST, converted) and compares
 * every code object's normalised instruction sequence (opname, count args, argrepr, jump
 * targets as indices), exception table, names and flags with CPython 3.11's. Runs without
 * Specula's parser; needs python3 (3.11) on the PATH.
 */
class CompilerVsCpythonTest {
    static final String[] SNIPPETS = {
        // straight-line code
        "x = 1\ny = x + 2 * 3\nprint(x, y)\n",
        "a = b = c = 5\ndel a\n",
        "x = -1\ny = (1, 2, -3)\nz = [1, 2, 3]\nw = {'a': 1, 'b': 2}\nv = {1, 2}\n",
        "x = a[1]\na[1:2] = b\ndel a[::2]\nc = a[1, 2:3]\n",
        "x = not a\ny = ~a\nz = -a\nw = +a\n",
        "r = a < b < c\ns = a is not None\nt = a not in b\n",
        "x = a and b or c\ny = a if b else c\n",
        "a, b = b, a\nx, *y, z = t\n[p, q] = r\n",
        "x += 1\na.b -= 2\nc[d] *= 3\n",
        "f'{a}{b!r:>{w}} and {c!s}'\nx = f'{y!a}'\n",
        "x = (y := 5) + y\n",
        "import os\nimport os.path\nimport os.path as p\nfrom a.b import c, d as e\nfrom . import x\nfrom .. m import *\n",
        "x: int = 5\ny: str\nz.a: int = 1\n",
        "'''doc'''\nx = 1\n",
        // calls
        "f(1, 2, x=3)\nobj.meth(a, b=c)\nf(*args)\nf(*a, **k)\nf(a, *b, c, d=1, **e)\n",
        "print(len(x))\nx.y.z(1)\n",
        "f(**{'a': 1})\ng(x, y=2, *z)\n",
        // functions
        "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b\n",
        "def f(x):\n    if x:\n        a()\n",
        "def f(x):\n    if x:\n        return 1\n    elif x > 2:\n        return 2\n    else:\n        return 3\n",
        "def f():\n    '''Docstring.'''\n    return None\n",
        "def f(a, /, b, *, c):\n    pass\n",
        "@dec1\n@dec2(3)\ndef f():\n    pass\n",
        "def f(x: int, *, y: str = 'a') -> bool:\n    pass\n",
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
        "def outer(a):\n    def mid():\n        def inner():\n            return a\n        return inner\n    return mid\n",
        "def f():\n    global g\n    g = 1\n    return g\n",
        "lam = lambda x, y=2: x + y\n",
        "def gen():\n    yield 1\n    x = yield\n    yield from range(3)\n",
        // loops
        "for i in range(10):\n    if i == 5:\n        break\n    print(i)\nelse:\n    print('done')\n",
        "while x:\n    x -= 1\n    if x == 3:\n        continue\nelse:\n    y = 2\n",
        "def f(a, b):\n    a, b = b, a\n    while True:\n        if a: break\n    return (1, 2, -3)\n",
        "def f(xs):\n    for x in xs:\n        for y in x:\n            if y:\n                return y\n    return None\n",
        "def f(n):\n    total = 0\n    i = 0\n    while i < n:\n        total += i\n        i += 1\n    return total\n",
        // comprehensions
        "xs = [x * 2 for x in range(10) if x % 2]\n",
        "s = {x for x in y}\nd = {k: v for k, v in items}\ng = (x for x in y)\n",
        "def f(n):\n    return [i + j for i in range(n) for j in range(i) if j]\n",
        "def f(a):\n    return [x + a for x in a]\n",
        // try / except / finally / with
        "try:\n    f()\nexcept ValueError:\n    g()\n",
        "try:\n    f()\nexcept (ValueError, TypeError) as e:\n    print(e)\nexcept Exception:\n    pass\nelse:\n    h()\n",
        "try:\n    f()\nfinally:\n    g()\n",
        "try:\n    f()\nexcept E as e:\n    g(e)\nelse:\n    h()\nfinally:\n    k()\n",
        "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
        "def f():\n    for x in y:\n        try:\n            if x: break\n            continue\n        finally:\n            g()\n",
        "with open(f) as fh:\n    data = fh.read()\n",
        "with a() as x, b() as y:\n    pass\n",
        "def f():\n    with lock:\n        return compute()\n",
        "raise\n",
        "raise ValueError('x') from None\n",
        "assert x, 'msg'\nassert y\n",
        // classes
        "class C:\n    '''Doc.'''\n    x = 1\n    def m(self):\n        return self.x\n",
        "class D(Base, metaclass=Meta):\n    def __init__(self, v):\n        self.__v = v\n",
        "class E:\n    def m(self):\n        return __class__\n",
        "def f():\n    x = 1\n    class C:\n        y = x\n        def g(self):\n            return x\n    return C\n",
        "class A:\n    a: int = 1\n    b: str\n",
        // misc
        "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    x = 2\n",
        "x = {**a, 'b': 1, **c}\ny = [*a, *b]\nz = (*a, 1)\n",
        "x = a.b.c\na.b.c = 1\ndel a.b\n",
        "if x is None:\n    y = 1\nif x is not None:\n    y = 2\n",
        "if not (a and b):\n    x()\nif a < b < c:\n    y()\n",
        "x = 1 if a else 2\n",
        "x = 10 ** 2 + 3 - 1\ny = 'a' + 'b'\n",
        "if x in [1, 2, 3]:\n    pass\n",
        // harder control flow
        "def f():\n    try:\n        g()\n    except E:\n        return 1\n    finally:\n        h()\n",
        "def f(xs):\n    for x in xs:\n        with m:\n            if x:\n                break\n            continue\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
        "def f():\n    while 1:\n        try:\n            x()\n        except:\n            continue\n        else:\n            break\n",
        "def g():\n    try:\n        yield from h()\n    finally:\n        yield 2\n",
        "def f():\n    try:\n        try:\n            a()\n        finally:\n            b()\n    except:\n        c()\n",
        "with a:\n    with b:\n        pass\n",
        "def f(x):\n    return [y for y in x if (z := y)]\n",
        "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x = 1\n    g()\n    return x\n",
        "def f(a, b):\n    return lambda: a + b\n",
        "def f(self):\n    return [self.x for _ in range(3)]\n",
        "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    def m(self):\n        return x\n",
        "class C:\n    global g\n    g = 1\n    def h(self):\n        g = 2\n",
        "def f(*, a=1, b):\n    return a, b\n",
        "def f(**kw):\n    return g(**kw, x=1)\n",
        "x = [[1, 2], [3, 4]]\ny = {1: 'a', 2: 'b', 'c': 3}\nz = ()\nw = (1,)\n",
        "a[b:c]\na[::]\na[b:c, d]\n",
        "print(a if b else c, *d)\n",
        "x = a.b(c).d[e](f)\n",
        "assert not x\n",
        "for a, (b, c) in d:\n    pass\n",
        "for x in y:\n    pass\nelse:\n    z = 1\n",
        "while not x:\n    if y or z:\n        break\n",
        "if a and (b or c):\n    d()\n",
        "x = a or b and c\n",
        "x = 1 < y\nz = 'a' in 'abc'\n",
        "def f():\n    yield\n",
        "g = (x * y for x in a for y in b)\n",
        "d = {k: [v for v in vs] for k, vs in items}\n",
        "try:\n    pass\nexcept:\n    raise\n",
        "def f():\n    del x\n    x = 1\n",
        "import a.b.c as d\n",
        "from m import (a, b as c)\n",
        "x = f'{a:{b}.{c}}'\ny = f'plain'\nz = f'{x}'\n",
        "s = 'a' 'b'\nb = 1.5 * 2\nc = 2 ** 100\n",
        "async_ = 1\nx = ...\ny = None\nz = True\n",
        // larger programs
        "import sys\n\nclass Stack:\n    def __init__(self):\n        self._items = []\n\n    def push(self, x):\n        self._items.append(x)\n\n    def pop(self):\n        if not self._items:\n            raise IndexError('empty')\n        return self._items.pop()\n\n    def __len__(self):\n        return len(self._items)\n\ndef main(argv):\n    s = Stack()\n    for a in argv[1:]:\n        try:\n            s.push(int(a))\n        except ValueError as e:\n            print('bad', a, e, file=sys.stderr)\n            continue\n    total = 0\n    while len(s):\n        total += s.pop()\n    print(f'total={total:5d}')\n    return 0 if total else 1\n\nif __name__ == '__main__':\n    sys.exit(main(sys.argv))\n",
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        yield a\n        a, b = b, a + b\n\nprint(list(fib(10)), sum(x * x for x in fib(5)))\n",
        "def deco(f):\n    def wrapper(*args, **kwargs):\n        print('calling', f.__name__)\n        return f(*args, **kwargs)\n    return wrapper\n\n@deco\ndef add(a, b=2, *, c=3):\n    return a + b + c\n",
        "class Meta(type):\n    def __new__(mcs, name, bases, ns, **kw):\n        return super(Meta, mcs).__new__(mcs, name, bases, ns)\n",
        "def f(d):\n    return {k: v for k, v in d.items() if v is not None and k not in ('a', 'b')}\n",
        "def f(x):\n    match = None\n    try:\n        with open(x) as a, open(x + '.bak', 'w') as b:\n            for line in a:\n                if line.startswith('#'):\n                    continue\n                b.write(line)\n    except OSError:\n        return False\n    else:\n        return True\n    finally:\n        print('done')\n",
        "def f(items):\n    out = []\n    i = 0\n    while i < len(items):\n        item = items[i]\n        if item is None:\n            i += 1\n            continue\n        elif isinstance(item, (list, tuple)):\n            out.extend(item)\n        else:\n            out.append(item)\n        i += 1\n    else:\n        out.reverse()\n    return out\n",
        "x = [i for i in range(3)]\ny = [[j for j in range(i)] for i in range(3)]\nz = {(a, b) for a in x for b in x if a != b}\n",
        "def outer():\n    count = 0\n    def inc(step=1):\n        nonlocal count\n        count += step\n        return count\n    return inc, lambda: count\n",
        "class P:\n    @property\n    def x(self):\n        return self.__x\n    @x.setter\n    def x(self, v):\n        self.__x = v\n    @staticmethod\n    def s(*a):\n        return a\n",
        "def f(a, b):\n    return a[b], a[b:], a[:b], a[::b], a[1:-1], a[-1]\n",
        "def f(*args, sep=' ', **kw):\n    print(*args, sep=sep, **kw)\n    g(1, *args, 2, *args, x=1, **kw, y=2)\n",
        "def f(x):\n    assert isinstance(x, int), f'bad {x!r}'\n    del x\n",
        "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n",
        "def f(a):\n    x = y = z = a\n    x += y * z\n    x, y = y, x\n    return x, y, z\n",
        "def f(s):\n    return s.strip().split(',')[0].upper()\n",
        "try:\n    import foo\nexcept ImportError:\n    foo = None\n",
        "def f():\n    for i in range(3):\n        for j in range(3):\n            if j == i:\n                continue\n            if j > i:\n                break\n        else:\n            return i\n",
        "def f(a, b, c):\n    return a and b and c, a or b or c, not a or b\n",
        "def f(x):\n    if x == 1 or x == 2 and x != 3:\n        return True\n    return x in (1, 2) or x not in [4, 5, 6]\n",
        // control flow out of handlers and cleanups
        "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except E as e:\n            if e.stop:\n                break\n            continue\n        finally:\n            h()\n    return 1\n",
        "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
        "def f(m):\n    with m as a:\n        with m as b:\n            return a + b\n",
        "def f(xs):\n    for x in xs:\n        with x:\n            try:\n                yield x\n            except:\n                return\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        del e\n    finally:\n        pass\n",
        "def f(a):\n    while a:\n        try:\n            a -= 1\n        finally:\n            if a == 3:\n                continue\n    else:\n        return a\n",
        "def f(a):\n    try:\n        return g(a)\n    except (A, B):\n        raise C from None\n    except D as d:\n        raise\n",
        "def f(x):\n    y = [i for i in x]\n    z = lambda: y\n    class K:\n        w = z\n    return K\n",
        // degenerate inputs and big displays/calls
        "",
        "'''only a docstring'''\n",
        "pass\n",
        "def f():\n    '''doc only'''\n",
        "class C:\n    pass\n",
        "x = [" + "1, ".repeat(40) + "y]\n",
        "d = {'k': 1, **e}\n",
        "f(" + "a, ".repeat(40) + ")\n",
        "g(" + "a=1, ".repeat(1) + "b=2, c=3, **k)\n",
        "obj.m(" + "a, ".repeat(35) + ")\n",
    };

    /** Also compare every instruction's (line, end line, column, end column); -Dpositions=false to skip. */
    static final boolean POSITIONS = !"false".equals(System.getProperty("positions"));
    static List<CpythonOracle.Result> results;

    @BeforeAll
    static void runOracle() throws Exception {
        assumeTrue(CpythonOracle.pythonAvailable(), "python3.11 not available");
        results = CpythonOracle.run(List.of(SNIPPETS));
    }

    @TestFactory
    List<DynamicTest> sameBytecodeAsCpython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CpythonOracle.Result r : results) {
            tests.add(DynamicTest.dynamicTest("[" + r.source.replace("\n", "\\n") + "]", () -> check(r)));
        }
        return tests;
    }

    static void check(CpythonOracle.Result r) {
        assertNotNull(r.ast, "parse error: " + r.parseError);
        CodeObject co = Compiler.compileModule(r.ast, "x.py");
        List<CodeObject> ours = CpythonOracle.allCodes(co);
        assertEquals(r.codes.size(), ours.size(), "number of code objects");
        for (int i = 0; i < ours.size(); i++) {
            CodeObject c = ours.get(i);
            Map<String, Object> exp = r.codes.get(i);
            String where = "code object " + exp.get("name");
            assertEquals(exp.get("name"), c.name, where);
            assertEquals(exp.get("qualname"), c.qualname, where);
            assertEquals(String.join("\n", CpythonOracle.expectedListing(exp)),
                    String.join("\n", CpythonOracle.listing(c)), where + " instructions");
            if (POSITIONS) {
                assertEquals(String.join("\n", CpythonOracle.expectedPositions(exp)),
                        String.join("\n", CpythonOracle.positions(c)), where + " positions");
            }
            assertEquals(String.join("\n", CpythonOracle.expectedTable(exp)),
                    String.join("\n", CpythonOracle.table(c)), where + " exception table");
            assertEquals(exp.get("varnames"), List.of(c.varnames), where + " varnames");
            assertEquals(exp.get("cellvars"), List.of(c.cellvars), where + " cellvars");
            assertEquals(exp.get("freevars"), List.of(c.freevars), where + " freevars");
            assertEquals(((Long) exp.get("argcount")).intValue(), c.argcount, where + " argcount");
            assertEquals(((Long) exp.get("flags")).intValue() & 0x3F, c.flags, where + " flags");
            assertEquals(((Long) exp.get("stacksize")).intValue(), c.stacksize, where + " stacksize");
        }
    }
}
