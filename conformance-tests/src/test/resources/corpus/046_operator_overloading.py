# __eq__, __lt__, __add__ and friends.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __abs__(self):
        return self.x * self.x + self.y * self.y
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a)
print(a == V(1, 2), a != b, a == "x", a < b, b < a, a <= a, b > a, b >= a)
print(sorted([V(2, 1), V(1, 5), V(1, 2)]), max([a, b]))
print(bool(V(0, 0)), bool(a), abs(b))
c = a
c += b
print(c, a)
print(len({V(1, 1), V(1, 1)}), V(1, 1) in [V(1, 1)])
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return "Num(%r)" % self.v
print(Num(1) + Num(2), 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    V(1, 1) < 3
except AttributeError as e:
    print("AttributeError:", e)
