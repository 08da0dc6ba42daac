# Simulation with a hand-written LCG: queue simulation + descriptive statistics, float printing
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 11
    def random(self):
        return self.next() / 2 ** 53
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]
    def expovariate(self, rate):
        u = self.random()
        x, term, k = 0.0, 1.0, 1
        # -ln(1-u) via series for ln(1/(1-u)) = sum u^k/k (converges for u < 1)
        while term > 1e-15 and k < 2000:
            term = u ** k / k
            x += term
            k += 1
        return x / rate
    def shuffle(self, lst):
        for i in range(len(lst) - 1, 0, -1):
            j = self.randint(0, i)
            lst[i], lst[j] = lst[j], lst[i]

rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(20)])
print([round(rng.random(), 6) for _ in range(5)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:13])

def mean(xs): return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs); n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)

clock, busy_until, waits, served = 0.0, 0.0, [], 0
for customer in range(300):
    clock += rng.expovariate(1.0)
    service = rng.expovariate(1.25)
    start = max(clock, busy_until)
    waits.append(start - clock)
    busy_until = start + service
    served += 1
print(f"served={served} end={busy_until:.4f}")
print(f"mean={mean(waits):.6f} median={median(waits):.6f} sd={variance(waits) ** 0.5:.6f} max={max(waits):.4f}")
print("pcts:", [round(percentile(waits, p), 4) for p in (10, 25, 50, 75, 90, 99)])
bins = [0] * 8
for w in waits:
    bins[min(int(w), 7)] += 1
for i, b in enumerate(bins):
    label = f"{i}-{i + 1}" if i < 7 else "7+"
    print(f"{label:>4} {b:4d} {'#' * (b // 4)}")
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-5, 123456789.123456789, 2 ** 0.5, 1e16, 1.0, -0.0, 100.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), f"{v:g}", "%.15g" % v, f"{v:.3e}", round(v, 3))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-1.5), round(1e20), int(1e20), float(2 ** 70), 2 ** 70 / 3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < 1e-9, 0.1 * 3, 3 * 0.1 == 0.3, 7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5)
print(float("1_000.5"), float(" -3.25e2 "), float("inf") * 0, float("-inf"), 1e308 * 10, -1e308 * 10, (0.1).as_integer_ratio(), (2.5).is_integer())
