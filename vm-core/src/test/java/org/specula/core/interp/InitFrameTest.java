package org.specula.core.interp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Class calls whose {@code __init__} frame the dispatch loop pushes itself (type.__call__ with
 * object.__new__ and a Python {@code __init__}) and the classes it leaves to type.__call__ in
 * Java: results, the "__init__() should return None" check, exceptions and tracebacks,
 * recursion, argument errors. The expected output is CPython 3.11's ({@code python3 -c}).
 */
class InitFrameTest {
    @Test
    void classCallsBehaveAsCpython() {
        InterpreterTest.Result r = InterpreterTest.run("""
import sys
def tbnames(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x = x; self.y = y; self.z = z
    def __repr__(self): return f"P({self.x}, {self.y}, {self.z})"
print(P(1), P(1, 5), P(x=7, z=9))
class Q(P):
    def __init__(self, a):
        super().__init__(a, a * 2)
        self = None          # rebinding self does not change the result
print(Q(4))
class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
    print(tbnames(e.__traceback__))
class Raises:
    def __init__(self, v):
        raise ValueError(v)
def make():
    return Raises(3)
try:
    make()
except ValueError as e:
    print("ValueError:", e, tbnames(e.__traceback__))
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 100000 else None
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)
class Args:
    def __init__(self, a, b): pass
for call in (lambda: Args(1), lambda: Args(1, 2, 3), lambda: Args(1, c=2), lambda: Args(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v): print("M.__init__", v)
M(5)
class N:
    def __new__(cls, v):
        print("N.__new__", v)
        return super().__new__(cls)
    def __init__(self, v): print("N.__init__", v)
N(6)
class Other:
    def __new__(cls): return 17
    def __init__(self): print("not called")
print(Other())
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TypeError:", e)
def gen():
    for i in range(3):
        yield P(i)
print(list(gen()))
class H:
    def __init__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            self.ctx = sys.exc_info()[1]
try:
    raise IndexError("outer")
except IndexError:
    h = H()
    print(repr(h.ctx), repr(sys.exc_info()[1]))
class BadInHandler:
    def __init__(self): return "s"
try:
    try:
        raise IndexError("first")
    except IndexError:
        BadInHandler()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
class C2:
    __slots__ = ("a",)
    def __init__(self, a): self.a = a
print(C2(3).a)
class WithCell:
    def __init__(self, v):
        self.f = lambda: v
print(WithCell(8).f())
ps = [P(i) for i in range(3)]
print(ps)
print(P.__init__ is P.__dict__["__init__"])
class Late:
    pass
def init(self, v): self.v = v
Late.__init__ = init
print(Late(11).v)
del Late.__init__
try:
    Late(1)
except TypeError as e:
    print("TypeError:", e)
Bad()
""");
        assertEquals("""
P(1, 2, 3) P(1, 5, 3) P(7, 2, 9)
P(4, 8, 3)
TypeError: __init__() should return None, not 'int'
[22]
ValueError: 3 [32, 30, 28]
RecursionError: maximum recursion depth exceeded
TypeError: Args.__init__() missing 1 required positional argument: 'b'
TypeError: Args.__init__() takes 3 positional arguments but 4 were given
TypeError: Args.__init__() got an unexpected keyword argument 'c'
TypeError: Args.__init__() got multiple values for argument 'a'
Meta.__call__ (5,)
M.__init__ 5
N.__new__ 6
N.__init__ 6
17
TypeError: __init__() should return None, not 'generator'
[P(0, 2, 3), P(1, 2, 3), P(2, 2, 3)]
KeyError('inner') IndexError('outer')
TypeError: __init__() should return None, not 'str' context: IndexError('first')
3
8
[P(0, 2, 3), P(1, 2, 3), P(2, 2, 3)]
True
11
TypeError: Late() takes no arguments
""", r.out(), "stdout");
        assertEquals("""
Traceback (most recent call last):
  File "<string>", line 118, in <module>
TypeError: __init__() should return None, not 'int'
""", r.err(), "stderr");
        assertEquals(1, r.status(), "exit status");
    }

    @Test
    void initFrameInGeneratorAndNestedCalls() {
        InterpreterTest.assertRuns("""
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
        yield head.v
print(sum(chain(1000)))
class Tree:
    def __init__(self, d):
        self.kids = [Tree(d - 1) for _ in range(2)] if d else []
def count(t):
    return 1 + sum(count(k) for k in t.kids)
print(count(Tree(8)))
""", """
499500
511
""");
    }
}
