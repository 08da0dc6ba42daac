# Harness test program: float arithmetic in objects. NAME.py [full|tiny]; ends with a checksum line.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


size = sys.argv[1] if len(sys.argv) > 1 else "full"
n = 100000 if size == "full" else 100
s = 0.0
for i in range(n):
    p = Point(i * 0.5, i * 0.25)
    s += p.norm()
print("sum %.6f" % s)
print("checksum:", round(s, 3))
