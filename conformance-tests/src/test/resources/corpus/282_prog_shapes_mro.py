# Class hierarchies: diamond MRO with cooperative super(), mixins, alternative constructors
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected options: {sorted(kw)}")
    def describe(self):
        return "base"

class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
    def describe(self):
        return f"{self.name} ({super().describe()})"

class Colored(Base):
    def __init__(self, color="black", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")
    def describe(self):
        return f"{self.color} {super().describe()}"

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if k != "log")
        return f"{type(self).__name__}({fields})"

class Shape(ReprMixin, Named, Colored):
    sides = 0
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def describe(self):
        return f"{self.sides}-sided " + super().describe()

class Rect(Shape):
    sides = 4
    def __init__(self, w, h, **kw):
        super().__init__(**kw)
        self.w, self.h = w, h
    @classmethod
    def square(cls, side, **kw):
        return cls(side, side, **kw)
    def area(self):
        return self.w * self.h

class Tri(Shape):
    sides = 3
    def __init__(self, a, b, c, **kw):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"impossible triangle {a}, {b}, {c}")
        super().__init__(**kw)
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = (self.a + self.b + self.c) / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

print([c.__name__ for c in Shape.__mro__])
print([c.__name__ for c in Rect.mro()])
r = Rect(3, 4, name="door", color="red")
s = Rect.square(2, name="tile")
t = Tri(3, 4, 5, color="green")
for shape in sorted([r, s, t]):
    print(f"{shape!r:55} area={shape.area():6.2f} {shape.describe()} {shape.log}")
print(isinstance(s, Named), isinstance(s, Colored), issubclass(Rect, ReprMixin), Rect.__bases__[0].__name__)
for make in [lambda: Tri(1, 2, 10), lambda: Rect(1, 2, shape="odd"), lambda: Shape().area(), lambda: Rect(1)]:
    try:
        make()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, "-", e)
print(super(Rect, r).describe(), "|", Named.describe(r), "|", Colored.describe(r))
print(hasattr(r, "w"), getattr(r, "sides"), vars(s).keys() - {"log"} == {"w", "h", "name", "color"}, Rect.sides, Shape.sides)
class Counted:
    instances = 0
    def __new__(cls, *args, **kw):
        cls.instances += 1
        obj = super().__new__(cls)
        obj.serial = cls.instances
        return obj
class Widget(Counted):
    def __init__(self, label):
        self.label = label
ws = [Widget(c) for c in "abc"]
print([(w.label, w.serial) for w in ws], Widget.instances, Counted.instances, type(ws[0]).__name__)
try:
    class Bad(Rect, Base, Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
