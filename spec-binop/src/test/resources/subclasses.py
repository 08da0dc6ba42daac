# Every operand kind the handlers guard against, at sites that first see the exact types: the
# specialized sites must answer as the generic instructions do.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __lt__(self, other):
        return "MyInt.__lt__"

class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"

class MyStr(str):
    def __add__(self, other):
        return "MyStr.__add__"
    def __getitem__(self, i):
        return "MyStr[" + str(i) + "]"

class MyList(list):
    def __getitem__(self, i):
        return "MyList[" + str(i) + "]"
    def __setitem__(self, i, v):
        print("MyList.__setitem__", i, v)

class MyDict(dict):
    def __missing__(self, key):
        return "missing " + str(key)

class MySet(set):
    def __contains__(self, x):
        return "MySet.__contains__"

class MyFrozenSet(frozenset):
    pass

class Key:
    calls = []
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls.append("hash " + repr(self.v))
        return hash(self.v)
    def __eq__(self, other):
        Key.calls.append("eq " + repr(self.v) + " " + repr(other))
        return self.v == other

class BadHash:
    def __hash__(self):
        raise ValueError("no hash")

class NoHash:
    def __eq__(self, other):
        return True

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("no eq")

def add(a, b): return a + b
def fadd(a, b): return a + b
def sadd(a, b): return a + b
def imul(a, b): return a * b
def slt(a, b): return a < b
def sitem(c, i): return c[i]
def titem(c, i): return c[i]
def ditem(c, i): return c[i]
def dstore(c, i, v):
    c[i] = v
    return c
def iadd(a, b):
    a += b
    return a
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def fdiv(a, b): return a // b
def mod(a, b): return a % b
def lt(a, b): return a < b
def eq(a, b): return a == b
def item(c, i): return c[i]
def store(c, i, v):
    c[i] = v
    return c
def has(x, c): return x in c
def hasnt(x, c): return x not in c
def sethas(x, c): return x in c
def sethasnt(x, c): return x not in c

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for _ in range(20):
    add(1, 2); sub(5, 3); div(1.0, 2.0); fdiv(7, 2); mod(7, 2); lt(1, 2); eq(1.5, 1.5)
    fadd(1.5, 2.5); imul(2, 3); mul(1.5, 2.5); sadd("a", "b"); iadd("a", "b"); slt("a", "b")
    item([1, 2], 0); titem((1, 2), 1); ditem({"a": 1}, "a"); sitem("abc", 1)
    store([1, 2], 0, 5); dstore({}, "k", 1); has("a", {"a": 1}); hasnt("a", {"a": 1})
    sethas(1, {1, 2}); sethasnt(3, frozenset({1, 2}))

print(add(MyInt(1), 2), add(True, 1), add(True, True), add(2 ** 63 - 1, 1), add(-2 ** 63, -1))
print(iadd(True, 2), iadd(MyStr("x"), "y"), fadd(1.5, True), fadd(MyFloat(1.0), 2.0), iadd(2 ** 62, 2 ** 62))
print(sub(-2 ** 63, 1), sub(False, 1), imul(2 ** 62, 2), imul(-2 ** 63, -1), imul(True, 3), imul(MyInt(2), 3))
print(mul(MyFloat(2.0), 3.0), mul(3.0, MyFloat(2.0)), mul(2, 3.5), mul(3.5, False))
print(attempt(div, 1.0, 0.0), attempt(div, 1, 0), attempt(div, 1.0, 0), div(2 ** 60, 3), div(7, 2.0))
print(attempt(fdiv, 1, 0), fdiv(-7, 2), fdiv(-2 ** 63, -1), fdiv(True, 1), attempt(mod, 5, 0), mod(-7, 2), mod(7, -2))
print(lt(MyInt(1), 2), lt(True, 2), lt(1, 2.5), lt(2 ** 70, 1), slt("b", "a"), slt("\uffff", "\U0001F600"), slt(MyStr("a"), "b"))
print(eq(float("nan"), float("nan")), eq(-0.0, 0.0), eq(1, 1.0), eq(True, 1.0))
print(sadd(MyStr("a"), "b"), sadd("a", MyStr("b")), attempt(sadd, "a", 1), sadd("", ""))
print(item(MyList([1, 2]), 0), sitem(MyStr("abc"), 1), ditem(MyDict(a=1), "b"), titem((1, 2), -1), item([1, 2], -1), item([1, 2], True))
print(attempt(item, [1, 2], 2), attempt(titem, (1, 2), -3), attempt(ditem, {"a": 1}, "b"), attempt(sitem, "abc", 3), attempt(ditem, {}, []))
print(sitem("a\U0001F600b", 1), sitem("a\U0001F600b", 2), sitem("a\U0001F600b", -1), sitem("h\u00e9llo", 1), sitem("x" * 300 + "y", 300))
print(store(MyList([1, 2]), 0, 9), store([1, 2], -1, 9), attempt(store, [1, 2], 5, 9), dstore({1: 2}, True, 3), dstore(MyDict(), 1, 2))
print(has("a", MyDict(a=1)), has(1, {True: 0}), attempt(has, [], {}), hasnt("b", {"a": 1}), has(1, [1]))
nan = float("nan")
print(sethas(1.0, {1}), sethas(True, {1}), sethas(1, {True}), sethas(-0.0, {0}), sethasnt(0, frozenset({-0.0})))
print(sethas(nan, {nan}), sethas(float("nan"), {nan}), sethas(2 ** 64, {8}), sethas(2 ** 70, {2 ** 70}), sethas("a", frozenset("abc")))
print(sethas((1, 2), {(1, 2)}), sethas({1, 2}, {frozenset({1, 2})}), sethasnt(frozenset(), {frozenset()}), attempt(sethas, [], {1}), attempt(sethasnt, {}, frozenset()))
print(sethas(Key(1), {1}), sethas(1, {Key(1)}), sethas(Key("z"), {Key("y")}), Key.calls)
print(attempt(sethas, BadHash(), {1}), attempt(sethas, NoHash(), {1}), attempt(sethas, 1, {BadEq()}))
print(sethas(5, MySet()), sethasnt(5, MySet([5])), sethas(1, MyFrozenSet([1])), sethas(1, {1: 2}), sethas(1, [1]), sethas(2, {2}))
