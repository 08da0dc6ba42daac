# Scoping and function-call features: global/nonlocal, defaults, kw-only/pos-only, unpacking,
# f-string debugging, walrus, for/while-else, assert, del, chained comparisons
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
print(bump(), bump(5), counter)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "inner"
        y = "local"
        return y
    inner()
    return x
print(outer())

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to.__defaults__)

def api(a, b, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={dict(sorted(kw.items()))}"
print(api(1, 2, d=4))
print(api(1, 2, 30, 40, 50, d=4, z=26, y=25))
print(api(*[1, 2], **{"d": 0, "c": 9}))
for bad in [lambda: api(1, b=2, d=3), lambda: api(1, 2), lambda: api(1, 2, 3, d=1, c=2), lambda: api()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
x, y, z = 3, 7.5, "hi"
print(f"{x=} {y=:.2f} {z=!r} {x + y = } {x*2=}")
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
print([y for v in data if (y := v % 5) > 1], y)
for v in data:
    if v > 100:
        print("found")
        break
else:
    print("no big values")
i = 0
while i < 3:
    i += 1
else:
    print("while finished at", i)
print(1 < x < 5 < y, 1 < x > 5, x == 3 != y, "a" < z < "z", 0 <= 0.0 <= False)
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("AssertionError:", e)
items = list(range(10))
del items[::3], items[0]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
t = 1,
(p, q), r = (1, 2), 3
print(t, p, q, r, [*range(2), *"xy"], {**d, "c": 3}, print("inline", end=" | ") or "after")
print(*["a", "b", "c"], sep="-", end="!\n")
def kwonly(*, key): return key
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
fns = {}
for name in ["sq", "cube"]:
    power = 2 if name == "sq" else 3
    fns[name] = lambda v, power=power: v ** power
print({k: f(4) for k, f in fns.items()})
def make():
    funcs = []
    for i in range(3):
        def f(): return i
        funcs.append(f)
    return [f() for f in funcs]
print(make(), (lambda *a, **k: (a, k))(1, b=2), (lambda: (yield))().__class__.__name__)
class C:
    attr = [i * 2 for i in range(3)]
    total = sum(attr)
print(C.attr, C.total, "x" if C.total > 5 else "y" if C.total > 1 else "z")
