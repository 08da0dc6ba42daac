# A hand-written Fraction class with operator overloading, hashing and conversions
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Fraction:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                n, d = num.split("/")
                num, den = int(n), int(d)
            else:
                num = int(num)
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"numerator and denominator must be int, not {type(num).__name__}/{type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = gcd(abs(num), abs(den)) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction): return x
        if isinstance(x, int): return Fraction(x)
        return NotImplemented
    def __add__(self, o):
        o = Fraction._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Fraction._coerce(o)
        if o is NotImplemented: return o
        return self + -o
    def __rsub__(self, o):
        return -self + o
    def __mul__(self, o):
        o = Fraction._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Fraction._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Fraction._coerce(o) / self
    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)
    def __neg__(self): return Fraction(-self.num, self.den)
    def __abs__(self): return Fraction(abs(self.num), self.den)
    def __eq__(self, o):
        if isinstance(o, float): return float(self) == o
        o = Fraction._coerce(o)
        if o is NotImplemented: return o
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Fraction._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        o = Fraction._coerce(o)
        return self.num * o.den > o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self): return self.num / self.den
    def __int__(self): return int(self.num / self.den) if abs(self.num) < 2 ** 53 else -(-self.num // self.den) if self.num < 0 else self.num // self.den
    def __bool__(self): return self.num != 0
    def __repr__(self): return f"Fraction({self.num}, {self.den})"
    def __str__(self): return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def __format__(self, spec):
        if spec.endswith("f"): return format(float(self), spec)
        return format(str(self), spec)

half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, third ** 3, third ** -2, -half, abs(Fraction(-3, 4)))
print(1 + half, 1 - half, 3 * third, 1 / third, half == Fraction(2, 4), half == 0.5, half != third, Fraction(4, 2) == 2)
print(repr(Fraction(6, -4)), str(Fraction("10/4")), Fraction("7"), float(third), int(Fraction(-7, 2)), bool(Fraction()))
print(sorted([Fraction(3, 4), Fraction(1, 8), half, Fraction(-1, 3), 1]), max(half, third), min([third, half]))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6), Fraction(1, 3)}), hash(Fraction(5, 1)) == hash(5))
print(f"{third:.5f}|{half:>8}|{Fraction(22, 7):<8}|")
h = sum((Fraction(1, n) for n in range(1, 21)), Fraction())
print("H20 =", h, f"{h:.10f}")
e = Fraction(0)
fact = 1
for k in range(25):
    if k: fact *= k
    e += Fraction(1, fact)
print(f"e ~ {e:.15f}", len(str(e.den)))
# Egyptian fractions
def egyptian(f):
    out = []
    while f.num:
        d = -(-f.den // f.num)
        out.append(Fraction(1, d))
        f = f - Fraction(1, d)
    return out
print(" + ".join(map(str, egyptian(Fraction(4, 13)))), "|", " + ".join(map(str, egyptian(Fraction(5, 121)))))
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: half + 1.5, lambda: half < "x", lambda: third / 0]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)
# continued fraction of sqrt(2) convergents
x = Fraction(1)
for _ in range(8):
    x = 1 + 1 / (1 + x)
    print(x, end=" ")
print()
print(Fraction(2 ** 100, 3 ** 50) * Fraction(3 ** 49, 2 ** 99))
