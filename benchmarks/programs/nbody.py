# n-body: a planetary system integrated with a simple symplectic Euler step.
# Exercises float arithmetic on list elements, nested loops over pairs, subscripting,
# local-variable traffic and tuple unpacking.
# Should benefit from: BINARY_OP (float add/sub/mul/div), BINARY_SUBSCR / STORE_SUBSCR
# (list by int), FOR_ITER (list, range), UNPACK_SEQUENCE (tuple/list), LOAD_GLOBAL, CALL (builtin).
import sys
from math import sqrt

SIZES = {"full": 280000, "tiny": 1000}

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass] for a sun and four outer planets (approximate data).
    raw = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04),
        (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04),
        (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05),
        (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05),
    ]
    bodies = []
    for i, (x, y, z, vx, vy, vz, m) in enumerate(raw):
        if i == 0:
            bodies.append([x, y, z, vx, vy, vz, m * SOLAR_MASS])
        else:
            bodies.append([x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR,
                           vz * DAYS_PER_YEAR, m * SOLAR_MASS])
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x1, y1, z1, vx, vy, vz, m1 = bodies[i]
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            x2, y2, z2, _, _, _, m2 = bodies[j]
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            e -= (m1 * m2) / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    steps = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    bodies = make_bodies()
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    offset_momentum(bodies)
    e0 = energy(bodies)
    advance(bodies, pairs, 0.01, steps)
    e1 = energy(bodies)
    print("energy before: %.9f" % e0)
    print("energy after:  %.9f" % e1)
    print("checksum:", repr(e1))


main()
