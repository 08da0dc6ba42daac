# Probe: attribute-heavy objects (instance attribute load/store, method calls, __init__).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k

    def norm1(self):
        return abs(self.x) + abs(self.y)

total = 0
p = Point(0, 0)
d = Point(1, 2)
for i in range(300000):
    p = p.add(d)
    if i % 1000 == 0:
        p.scale(1)
    total += p.norm1() % 7
print(total, p.x, p.y)
