package org.specula.core.interp;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * End-to-end interpreter tests: each program's expected output was produced by CPython 3.11
 * (python3) when the test was written.
 */
class InterpreterTest {
    record Result(String out, String err, int status) {}

    static Result run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Vm vm = Vm.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .argv(List.of("-c"))
                .build();
        int status = vm.runCommand(source);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static void assertRuns(String source, String expectedOut) {
        Result r = run(source);
        assertEquals("", r.err(), "stderr");
        assertEquals(expectedOut, r.out(), "stdout");
        assertEquals(0, r.status(), "exit status");
    }

    @Test
    void callDefaultsAndKeywords() {
        assertRuns("""
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, /, y):
    return x + y
print(g(1, y=2))
""", """
(1, 2, (), 3, 4, [])
(1, 5, (6, 7), 3, 0, [('e', 9)])
3
""");
    }

    @Test
    void argErrors() {
        assertRuns("""
def f(a, b): pass
def h(a, b=1): pass
def k(*, key): pass
class C:
    def m(self, x): pass
for thunk in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=1),
              lambda: h(), lambda: h(1, 2, 3), lambda: k(), lambda: k(1), lambda: C().m(),
              lambda: C().m(1, 2), lambda: f()]:
    try:
        thunk()
    except TypeError as e:
        print(e)
""", """
f() missing 1 required positional argument: 'b'
f() takes 2 positional arguments but 3 were given
f() got an unexpected keyword argument 'c'
f() got multiple values for argument 'a'
h() missing 1 required positional argument: 'a'
h() takes from 1 to 2 positional arguments but 3 were given
k() missing 1 required keyword-only argument: 'key'
k() takes 0 positional arguments but 1 was given
C.m() missing 1 required positional argument: 'x'
C.m() takes 2 positional arguments but 3 were given
f() missing 2 required positional arguments: 'a' and 'b'
""");
    }

    @Test
    void closuresAndNonlocal() {
        assertRuns("""
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
def outer(x):
    def mid():
        def inner():
            return x * 2
        return inner()
    return mid()
print(outer(21))
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
""", """
1 2 12
42
[0, 1, 4, 9]
""");
    }

    @Test
    void generators() {
        assertRuns("""
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
print(sum(x * x for x in range(10)))
""", """
got a
0 1 2
stop done
[1, 2, 3, 4, 5]
285
""");
    }

    @Test
    void exceptionsFlow() {
        assertRuns("""
def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally", n)
print(f(0), f(5))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
try:
    raise RuntimeError("a") from ValueError("b")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
""", """
finally 0
finally 5
caught zero 2
KeyError('k') ZeroDivisionError
a ValueError('b') True
body 0
fin 0
fin 1
body 2
fin 2
""");
    }

    @Test
    void classesAndSuper() {
        assertRuns("""
class A:
    kind = "a"
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A" + str(self.x)
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def twice(v):
        return v * 2
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "B(" + super().who() + ")"
    @property
    def total(self):
        return self.x + self.y
b = B(1, 2)
print(b.who(), b.total, B.kind, A.make(5).who(), A.twice(4), isinstance(b, A))
A.kind = "changed"
print(b.kind)
""", """
B(A1) 3 a A5 8 True
changed
""");
    }

    @Test
    void withStatement() {
        assertRuns("""
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with CM("a") as c:
    print("inside", c.name)
with CM("b", True):
    raise ValueError("x")
try:
    with CM("c"):
        raise KeyError("y")
except KeyError:
    print("propagated")
""", """
enter a
inside a
exit a None
enter b
exit b ValueError
enter c
exit c KeyError
propagated
""");
    }

    @Test
    void deepRecursion() {
        assertRuns("""
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def forever(n):
    return forever(n + 1)
sys.setrecursionlimit(500)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
""", """
50000
RecursionError: maximum recursion depth exceeded
""");
    }

    @Test
    void globalsAndDel() {
        assertRuns("""
x = 1
def setx():
    global x
    x = 2
setx()
print(x)
y = 5
del y
try:
    print(y)
except NameError as e:
    print(e)
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
""", """
2
name 'y' is not defined
cannot access local variable 'z' where it is not associated with a value
""");
    }

    @Test
    void starCallsAndUnpacking() {
        assertRuns("""
def f(*a, **k):
    return a, sorted(k.items())
args = [1, 2]
kw = {"x": 3}
print(f(*args, 0, *args, **kw, y=4))
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2})
""", """
((1, 2, 0, 1, 2), [('x', 3), ('y', 4)])
0 [1, 2, 3, 4] 5
1 2 3
h i
too many values to unpack (expected 2)
[0, 1, 2, 'a', 'b'] {'a': 1, 'b': 2}
""");
    }

    @Test
    void comprehensions() {
        assertRuns("""
print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
m = [[1, 2], [3, 4]]
print([[row[i] for row in m] for i in range(2)])
""", """
[0, 0, 0, 2, 0, 2]
{'a': 0, 'b': 1, 'c': 2}
{0, 1, 2}
[[1, 3], [2, 4]]
""");
    }

    @Test
    void fstringsAndFormat() {
        assertRuns("""
x = 3.14159
name = "pi"
print(f"{name}={x:.2f} {x!r} {name!s:>5}|{42:08b}|{1234567:,}")
print(f"{x=}", f"{'nested'}")
print("%s is %d, %5.1f%%" % ("a", 42, 99.5))
""", """
pi=3.14 3.14159    pi|00101010|1,234,567
x=3.14159 nested
a is 42,  99.5%
""");
    }

    @Test
    void importAndModules() {
        assertRuns("""
import math
from math import sqrt as root, pi
print(root(16.0), round(pi, 3), math.floor(-2.5), math.ceil(2.1))
import sys
print(type(sys.argv).__name__, sys.getrecursionlimit())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
""", """
4.0 3.142 -3 3
list 1000
No module named 'no_such_module'
""");
    }

    @Test
    void bundledLibraryModulesAreFoundAfterSysPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // The bundled library is a fallback: a string.py on sys.path shadows it, as in CPython.
        assertRuns("""
import string, functools
print(string.__file__, functools.reduce(lambda a, b: a * b, range(1, 6)))
""", """
<specula-lib>/string.py 120
""");
        java.nio.file.Files.writeString(dir.resolve("string.py"), "digits = 'mine'\n");
        String pathDir = dir.toString().replace("\\", "\\\\").replace("'", "\\'");
        assertRuns("import sys\nsys.path.insert(0, '" + pathDir + "')\nimport string\nprint(string.digits)\n",
                "mine\n");
    }

    @Test
    void sysExitSetsTheStatus() {
        assertEquals(3, run("import sys\nprint('a')\nsys.exit(3)\nprint('b')").status());
        assertEquals(0, run("import sys\nsys.exit()").status());
        Result r = run("import sys\nsys.exit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
    }

    @Test
    void uncaughtExceptionPrintsATracebackAndExitsWithOne() {
        Result r = run("def f(x):\n    return 1 / x\nf(0)\n");
        assertEquals(1, r.status());
        assertEquals("""
                Traceback (most recent call last):
                  File "<string>", line 3, in <module>
                  File "<string>", line 2, in f
                ZeroDivisionError: division by zero
                """, r.err());
    }

    @Test
    void syntaxErrorExitsWithOne() {
        Result r = run("if True\n    pass\n");
        assertEquals(1, r.status());
        assertEquals("""
                  File "<string>", line 1
                    if True
                           ^
                SyntaxError: expected ':'
                """, r.err());
    }

    @Test
    void internalStateIsPerVm() throws Exception {
        Result[] results = new Result[4];
        Thread[] threads = new Thread[results.length];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> results[n] = run(
                    "total = 0\nfor i in range(20000):\n    total += i * " + n + "\nprint(total)"));
            threads[i].start();
        }
        for (Thread t : threads) t.join();
        for (int i = 0; i < results.length; i++) {
            assertEquals((199990000L * i) + "\n", results[i].out());
        }
    }

    @Test
    void runningOutOfJavaHeapIsAPythonMemoryError() {
        // The list would need ~8-16 GiB: the JVM refuses the allocation at once, and the
        // program sees CPython's MemoryError instead of an internal error.
        assertRuns("try:\n    x = [0] * (2**31 - 10)\nexcept MemoryError as e:\n    print('caught', repr(e))\nprint('after')\n",
                "caught MemoryError()\nafter\n");
    }
}
