# Metaclasses, singletons, __class_getitem__, finally/return interplay, OSError attributes, truthiness idioms
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.tag = "meta"
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class A(metaclass=Meta):
    def __init__(self, v): self.v = v
a = A(3)
print(a.v, a.tag, A.created_by, A, type(A).__name__, isinstance(A, Meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.n = 0
c1, c2 = Config(), Config()
c1.n += 1
print(c1 is c2, c2.n)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i >= 0: break
    return i
print(g())
print(str(KeyError(("a", 1))), str(KeyError("x", "y")), str(OSError(2, "No such file")), repr(OSError(2, "x")), str(Exception("a", 2)), str(ValueError()))
e = OSError(2, "No such file", "foo.txt")
print(e.errno, e.strerror, e.filename, str(e), type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
try:
    raise FileNotFoundError(2, "missing", "a.txt")
except OSError as ex:
    print(type(ex).__name__, ex)
class E(Exception):
    def __init__(self, code):
        self.code = code
print(repr(E(5)), str(E(5)), E(5).args)
def gen():
    yield 1
    raise StopIteration("inner")
try:
    list(gen())
except RuntimeError as ex:
    print(ex, repr(ex.__cause__))
try:
    int("x")
except ValueError:
    try:
        raise TypeError("second") from None
    except TypeError as t:
        print(t.__suppress_context__, repr(t.__context__), t.__cause__)
print(1 if not [] else 2, [] or "empty", 0 and 1, None or 0 or "", "a" and "b")
print(divmod(7.5, 2), 2 ** -1, (-8) ** (1/3) if False else pow(-8, 1, 5), pow(3, -1, 7), 10 ** 20 // 7, -(10**20) // 7, (10**20) % -7)
d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 0
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1, 2: 2}
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
d = {1: 1}
for k in d: d[k] = 5
print(d)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e: print(e, lst)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2: lst.remove(x)
print(lst, "ab" * -1, [0] * 0, "abc"[5:], "abc"[-10:2])
print(sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda t: t[0], reverse=True))
import sys
print(sys.getsizeof if False else "nosize", sys.intern("x") if hasattr(sys, "intern") else "nointern")
x = [1, 2, 3]
y = x
y += [4]
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e: print(e, t)
print(x, y is x)
a = b = c = []
a.append(1); print(b, c)
print([[0] * 2] * 2, [[0] * 2 for _ in range(2)])
m = [[0] * 2] * 2; m[0][0] = 9; print(m)
print(list(map(str.strip, [" a ", "b "])), list(filter(str.isdigit, "a1b2")), "".join(reversed("abc")))
print(dict(zip("abc", range(3))), dict([("x", 1)], y=2), dict.fromkeys("ab", []), {}.get("k", "dflt"), {"a": 1}.setdefault("b", 7))
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, f"{2.5:.0f}", f"{0.125:.2f}", round(0.5), round(1.5), round(2.5))
print(str(1e16), str(1.5e-7), repr(123456789012345678.0), 1/3, 2/3, 10/3, 1e100, 12345678901234567890.0)

# arity of container slot wrappers
for f in [lambda: [].__setitem__(1), lambda: [].__contains__(), lambda: {}.__delitem__(), lambda: ().__contains__(), lambda: {}.__setitem__(), lambda: [].__delitem__()]:
    try: f()
    except TypeError as e: print(repr(str(e)))

# unbound built-in methods called with a wrong self or too few arguments
g=(x for x in [1])
for f in [lambda: g.send(), lambda: g.send(1,2), lambda: range(3).__contains__(), lambda: range.__len__(5), lambda: range.index(5, 1), lambda: property.__get__(1, 2), lambda: list.append(), lambda: type(g).send(5, 1), lambda: {}.keys().__contains__()]:
    try: f()
    except TypeError as e: print(e)
