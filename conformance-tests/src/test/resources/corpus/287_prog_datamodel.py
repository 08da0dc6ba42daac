# Data-model corner cases that realistic classes hit
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = cents, cur
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}{self.cur[0]}"
        amount = f"{self.cents / 100:,.2f}"
        return format(f"{amount} {self.cur}", spec)
    def __str__(self):
        return f"{self:>}"
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def __eq__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return (self.cents, self.cur) == (o.cents, o.cur)

m = Money(123456)
print(f"[{m}] [{m:>20}] [{m:short}] [{m!r}] [{m!s:*^22}]", format(m, "<18") + "|", str(m), [m])
print(m == Money(123456), m != Money(1), m == 5, m != "x", Money.__hash__ is None)
try:
    {m}
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __len__(self): return self.v
for v in (1, -1, "x"):
    w = Weird(v)
    for fn in (bool, len):
        try:
            print(fn.__name__, v, fn(w))
        except (TypeError, ValueError) as e:
            print(fn.__name__, repr(v), type(e).__name__, e)

class Tracker:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.data = {}
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value)
    def __getitem__(self, k):
        self.log.append(f"get {k}")
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.log.append(f"setitem {k}={v}")
        self.data[k] = v
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
t = Tracker()
t["a"] += 5
t["a"] *= 3
t.count = 1
t.count += 1
del t.count
print(t.log, t.data, hasattr(t, "count"))

class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("resetting"); self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="derived")
tp = Temp()
tp.celsius = 100
print(tp.celsius, tp.fahrenheit, Temp.fahrenheit.__doc__)
del tp.celsius
print(tp.celsius)
for action in (lambda: setattr(tp, "celsius", -300), lambda: setattr(tp, "fahrenheit", 1)):
    try:
        action()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
for action in (lambda: setattr(s, "c", 3), lambda: s.b):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
og = OnlyGetitem()
print(30 in og, 31 in og, list(og), [x for x in og if x > 10])
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        attr = getattr(self._t, name)
        if callable(attr):
            def wrapped(*a, **k):
                r = attr(*a, **k)
                print(f"  call {name}{a} -> {r!r}")
                return r
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0); p.sort(); print(p.index(2), p._t, p.count(9))
class Both:
    def __eq__(self, o): return NotImplemented
a, b = Both(), Both()
print(a == a, a == b, a != b, a is not b)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(5), Cmp(9)), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class Reprbomb:
    def __repr__(self): raise RuntimeError("repr failed")
try:
    print([1, Reprbomb()])
except RuntimeError as e:
    print("RuntimeError:", e)
class Dyn: pass
Dyn.greet = lambda self, n: f"hi {n}"
d = Dyn(); d.__dict__["z"] = 26
print(d.greet("bob"), d.z, vars(d), type(d).__name__, Dyn.__name__, type("T", (Dyn,), {"k": 1})().k)
