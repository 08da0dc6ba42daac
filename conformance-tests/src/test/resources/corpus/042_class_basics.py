# Classes: __init__, methods, instance attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.describe(), p.describe())
p.x = 10
p.label = "dynamic"
print(p.describe(), p.label)
m = p.norm2
print(m(), Point.norm2(q))
print(type(p).__name__, type(p) is Point, Point.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self
c = Counter()
c.tick().tick().tick()
print(c.n)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, hasattr(e, "b"))
pts = [Point(i, i * i) for i in range(3)]
print([pt.describe() for pt in pts])
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    print(e.missing_attribute_q)
except AttributeError as err:
    print("AttributeError:", err)
