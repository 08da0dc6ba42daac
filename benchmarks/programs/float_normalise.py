# float point normalisation: many small Point objects are created, normalised to unit length
# and folded into a component-wise maximum; pseudo-random coordinates come from an integer LCG.
# Exercises object allocation (__init__ with three attribute stores), instance attribute loads,
# method calls, float arithmetic and math.sqrt, and an int LCG with masking.
# Should benefit from: LOAD_ATTR / STORE_ATTR (instance), CALL (class construction -> __init__,
# bound methods, builtin math.sqrt), BINARY_OP (float mul/add/div, int mul/add/and),
# LOAD_GLOBAL (module function), FOR_ITER (list, range).
import sys
from math import sqrt

SIZES = {"full": (60000, 20), "tiny": (2000, 2)}  # (points, passes)


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def normalise(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximise(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def make_points(count, seed):
    points = []
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state % 20001 - 10000) / 997.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = (state % 20001 - 10000) / 991.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        z = (state % 20001 - 10000) / 983.0 + 0.5
        points.append(Point(x, y, z))
    return points


def benchmark(count, seed):
    points = make_points(count, seed)
    for p in points:
        p.normalise()
    best = points[0]
    for p in points[1:]:
        best = best.maximise(p)
    return best


def main():
    count, passes = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    total = 0.0
    for i in range(passes):
        best = benchmark(count, 42 + i)
        total += best.x + 2.0 * best.y + 3.0 * best.z
    print("last maximum: (%.6f, %.6f, %.6f)" % (best.x, best.y, best.z))
    print("checksum:", repr(total))


main()
