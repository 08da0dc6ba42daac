# Vector / polynomial classes: operator overloading, reflected ops, __getitem__ slices, descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            names = "/".join(k.__name__ for k in self.kind)
            raise TypeError(f"{self.name[1:]} must be {names}, not {type(value).__name__}")
        setattr(obj, self.name, value)

class Vec:
    x = Typed((int, float))
    y = Typed((int, float))
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, a / 2, -a, abs(a), a == Vec(3, 4), bool(Vec()), list(a))
x, y = a
print(x, y, {a, Vec(3, 4), b}.__len__(), Vec.x.name, type(Vec.__dict__["x"]).__name__)
c = a
c += b
print(c, a, c is a)
for bad in [lambda: Vec("1", 2), lambda: a + 1, lambda: setattr(a, "y", None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]
    @property
    def degree(self): return len(self.c) - 1
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Poly(self.c[i])
        return self.c[i] if i < len(self.c) else 0
    def __len__(self): return len(self.c)
    def __call__(self, x):
        r = 0
        for k in reversed(self.c):
            r = r * x + k
        return r
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self), len(o))
        return Poly(self[i] + o[i] for i in range(n))
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self) + len(o) - 1)
        for i, p in enumerate(self.c):
            for j, q in enumerate(o.c):
                out[i + j] += p * q
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n): r = r * self
        return r
    def __sub__(self, o): return self + (-1) * o
    def derivative(self): return Poly(i * k for i, k in enumerate(self.c) if i)
    def __eq__(self, o): return isinstance(o, Poly) and self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            k = self.c[i]
            if k == 0 and len(self.c) > 1: continue
            coef = "" if abs(k) == 1 and i else str(abs(k))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("-" if k < 0 else "+") + coef + var)
        s = "".join(terms)
        return s[1:] if s[0] == "+" else s

p = Poly([1, 1])
print(p, p ** 5, (p ** 5)(2), Poly([0]), Poly([-1, 0, 3]), Poly([0, -1]) * 4, 2 + Poly([0, 1]), Poly([5, 0, 0]).degree)
q = Poly([1, -3, 0, 2])
print(q, q.derivative(), q.derivative().derivative(), q(0), q(1.5), [q(t) for t in range(-2, 3)], q[1:3], q[10])
print((p - p), p * p - Poly([1, 2, 1]) == Poly([0]), len(q), (p ** 20)[10], (Poly([1, 1]) ** 64)(1) == 2 ** 64)
def newton(f, x, steps=6):
    df = f.derivative()
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x
print(round(newton(Poly([-2, 0, 1]), 1.0), 12), round(newton(q, 3.0), 10))
