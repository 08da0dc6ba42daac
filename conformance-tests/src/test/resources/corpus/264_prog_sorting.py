# Sorting with multi-key lambdas, stability, custom comparisons, and hand-written sorts
records = [
    ("alice", "eng", 120000, 31), ("bob", "eng", 95000, 45), ("carol", "ops", 95000, 28),
    ("dave", "ops", 70000, 52), ("erin", "eng", 120000, 29), ("frank", "sales", 60000, 31),
    ("grace", "sales", 88000, 40), ("heidi", "ops", 70000, 33), ("ivan", "eng", 95000, 45),
]
by_dept_salary = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
for r in by_dept_salary:
    print("%-6s %-6s %7d %3d" % r)
print([r[0] for r in sorted(records, key=lambda r: r[3], reverse=True)])
print([r[0] for r in sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])])
depts = {}
for name, dept, sal, age in records:
    depts.setdefault(dept, []).append(sal)
summary = sorted(((d, len(s), sum(s) / len(s), max(s)) for d, s in depts.items()), key=lambda t: -t[2])
for d, n, avg, mx in summary:
    print(f"{d:<6} n={n} avg={avg:>10,.2f} max={mx:,}")

def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)
        def __init__(self, obj): self.obj = obj
        def __lt__(self, other): return mycmp(self.obj, other.obj) < 0
    return K
def version_cmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2", "10.0.1", "1.10"]
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))

def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1: return list(xs)
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]): out.append(b[j]); j += 1
        else: out.append(a[i]); i += 1
    return out + a[i:] + b[j:]
def quick_sort(xs):
    if len(xs) <= 1: return xs
    p = xs[len(xs) // 2]
    return quick_sort([x for x in xs if x < p]) + [x for x in xs if x == p] + quick_sort([x for x in xs if x > p])
def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        k, j = xs[i], i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]; j -= 1
        xs[j + 1] = k
    return xs
data = [(i * 7919) % 101 - 50 for i in range(40)]
print(merge_sort(data) == sorted(data) == quick_sort(data) == insertion_sort(data), data[:10])
print(merge_sort(records, key=lambda r: r[2])[:3])
words = "Banana apple Cherry apple banana date Elderberry fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(set(w.lower() for w in words)), sorted(words, key=len, reverse=True)[:3])
mixed = [3, 1.5, True, -2, 0.0, 2 ** 65, -0.5]
print(sorted(mixed), min(mixed), max(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 8]
lst.sort(key=lambda x: -x); print(lst, lst.sort(), lst)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), sorted("hello world"))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), list(reversed(sorted(pairs))))
