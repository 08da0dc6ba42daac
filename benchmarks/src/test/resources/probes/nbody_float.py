# Probe: float-heavy arithmetic on locals and lists (BINARY_OP on Double, subscripts).
from math import sqrt


def advance(xs, vs, ms, dt, steps):
    n = len(xs)
    for _ in range(steps):
        for i in range(n):
            xi = xs[i]
            for j in range(i + 1, n):
                d = xi - xs[j]
                d2 = d * d + 0.01
                mag = dt / (d2 * sqrt(d2))
                vs[i] -= d * ms[j] * mag
                vs[j] += d * ms[i] * mag
        for i in range(n):
            xs[i] += dt * vs[i]

xs = [float(i) * 1.5 for i in range(5)]
vs = [0.0] * 5
ms = [1.0 + i * 0.1 for i in range(5)]
advance(xs, vs, ms, 0.01, 60000)
print(round(sum(xs), 6), round(sum(vs), 6))
