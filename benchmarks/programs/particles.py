# particles: a 2-D particle system with a small Vec class using operator overloading
# (__add__, __sub__, __mul__), properties and __slots__-free instances; particles are moved,
# bounced off walls and pulled toward a centre of mass.
# Exercises attribute-heavy code: instance attribute loads/stores, dunder operator dispatch to
# Python methods, object allocation, @property access and method calls.
# Should benefit from: LOAD_ATTR (instance attribute, property, method), STORE_ATTR (instance),
# BINARY_OP (dispatch to Python __add__/__mul__, float arithmetic), CALL (class construction,
# bound methods), COMPARE_OP (float), FOR_ITER (list).
import sys

SIZES = {"full": (500, 600), "tiny": (40, 10)}  # (particles, steps)

WIDTH = 100.0
HEIGHT = 60.0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def move(self, dt):
        self.pos = self.pos + self.vel * dt
        p = self.pos
        v = self.vel
        if p.x < 0.0:
            p.x = -p.x
            v.x = -v.x
            self.bounces += 1
        elif p.x > WIDTH:
            p.x = 2.0 * WIDTH - p.x
            v.x = -v.x
            self.bounces += 1
        if p.y < 0.0:
            p.y = -p.y
            v.y = -v.y
            self.bounces += 1
        elif p.y > HEIGHT:
            p.y = 2.0 * HEIGHT - p.y
            v.y = -v.y
            self.bounces += 1

    def pull(self, centre, strength):
        d = centre - self.pos
        l2 = d.length2 + 1.0
        self.vel = self.vel + d * (strength / (l2 * self.mass))


class System:
    def __init__(self, n):
        self.particles = []
        state = 2024
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = (state % 10000) / 100.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y = (state % 6000) / 100.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vx = (state % 2001 - 1000) / 100.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vy = (state % 2001 - 1000) / 100.0
            self.particles.append(Particle(Vec(x, y), Vec(vx, vy), 1.0 + i % 5))

    def centre_of_mass(self):
        total = Vec(0.0, 0.0)
        mass = 0.0
        for p in self.particles:
            total = total + p.pos * p.mass
            mass += p.mass
        return total * (1.0 / mass)

    def kinetic_energy(self):
        e = 0.0
        for p in self.particles:
            e += 0.5 * p.mass * p.vel.dot(p.vel)
        return e

    def collide(self, radius2):
        # pairwise check of close neighbours (sorted by x, window limited)
        ps = sorted(self.particles, key=lambda p: p.pos.x)
        hits = 0
        n = len(ps)
        for i in range(n):
            a = ps[i]
            for j in range(i + 1, min(i + 8, n)):
                b = ps[j]
                if (a.pos - b.pos).length2 < radius2:
                    a.vel, b.vel = b.vel, a.vel
                    hits += 1
        return hits

    def step(self, dt):
        centre = self.centre_of_mass()
        for p in self.particles:
            p.pull(centre, 5.0)
            p.move(dt)
        return self.collide(0.25)


def main():
    n, steps = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    system = System(n)
    hits = 0
    for _ in range(steps):
        hits += system.step(0.01)
    energy = system.kinetic_energy()
    bounces = sum(p.bounces for p in system.particles)
    c = system.centre_of_mass()
    print("hits %d bounces %d energy %.6f" % (hits, bounces, energy))
    print("checksum:", repr(energy + c.x * 3.0 + c.y * 7.0 + hits + bounces))


main()
