# Subclasses of float, int, str, dict, list, tuple and set as realistic programs write them
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("too cold")
        return super().__new__(cls, v)
    def __repr__(self): return f"Celsius({float(self)})"
    def to_f(self): return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, c.to_f(), f"{c:.1f}", round(c), int(c), c > 20, [c], str(c), isinstance(c, float))
class Flags(int):
    def __str__(self): return f"Flags<{int(self):04b}>"
    def __or__(self, o): return Flags(int(self) | int(o))
f = Flags(5) | 2
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f"{f}", f"{f:d}", f"{f:>8}", format(f, "x"), hash(f) == hash(7), f == 7, {f: 1}[7])
class Path(str):
    def __truediv__(self, other): return Path(self.rstrip("/") + "/" + other)
    @property
    def name(self): return self.rsplit("/", 1)[-1]
p = Path("/usr") / "lib" / "x.py"
print(p, repr(p), type(p).__name__, p.name, p.upper(), type(p.upper()).__name__, p.endswith(".py"), len(p), p + "!", type(p + "!").__name__, p == "/usr/lib/x.py", p[1:4])
class Registry(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __missing__(self, k): return f"<no {k}>"
r = Registry()
r["KEY"] = 1
print(r["key"], r["Key"], r.get("KEY"), r.get("key"), "key" in r, r, dict(r), len(r), list(r.items()), r["nope"])
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1]).push(2).push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__, sorted(s, reverse=True), s == [1, 2, 3], s.pop(), s)
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it: self[x] = self.get(x, 0) + 1
    def most_common(self, n): return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    def __add__(self, o):
        r = Counter()
        for k in set(self) | set(o): r[k] = self.get(k, 0) + o.get(k, 0)
        return r
cc = Counter("mississippi")
print(cc.most_common(3), sorted((cc + Counter("sip")).items()), isinstance(cc, dict), type(cc).__name__)
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
pp = Pair(1, "x")
print(pp, pp.first, len(pp), pp + (3,), pp == (1, "x"), hash(pp) == hash((1, "x")), sorted([Pair(2, "a"), Pair(1, "b")]), list(pp))
class OrderedSet(set):
    pass
o = OrderedSet([3, 1, 2])
print(sorted(o), o | {9} == {1, 2, 3, 9}, type(o | {9}).__name__, len(o), 2 in o)
class S(str):
    def __str__(self): return "S!"
class F(float):
    def __str__(self): return "F!"
print(f"{S('x')}|{F(1.5)}|{F(1.5):.2f}|{S('ab'):>4}|{Flags(3)!r}", format(F(2.0)), format(S("q"), ""), "{}".format(Flags(1)))
for bad in [lambda: int.__add__("a", 1), lambda: float.__add__(1, 2.0), lambda: int.bit_length("x"), lambda: float.is_integer(3), lambda: int.__add__(), lambda: float.__round__("x")]:
    try: print(bad())
    except TypeError as e: print(e)
print(int.__add__(True, 2), int.__add__(Flags(2), Flags(3)), float.__mul__(Celsius(2.0), 2.0), int.__repr__(Flags(9)), float.__repr__(Celsius(1.5)), int.bit_length(Flags(255)), float.is_integer(Celsius(3.0)))
for f in [lambda: str.upper(), lambda: str.__add__(), lambda: int.bit_length(), lambda: int.__add__(), lambda: float.is_integer(), lambda: float.__round__()]:
    try: f()
    except TypeError as e: print(e)
