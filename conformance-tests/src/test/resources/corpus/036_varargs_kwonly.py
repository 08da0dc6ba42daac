# *args, **kwargs, keyword-only parameters and unpacking at call sites.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6))
print(f(1, c=3, d=5, e=6, g=7))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums), total(0, *nums, 10))
def show(**kw):
    return sorted(kw.items())
print(show(), show(x=1, y=2))
opts = {"y": 20, "x": 10}
print(show(**opts), show(z=0, **opts))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key="k"), kwonly(value=1, key=2))
def point(x, y):
    return f"({x}, {y})"
print(point(*(1, 2)), point(**{"y": 4, "x": 3}), point(*[5], **{"y": 6}))
def order(a, *args, **kwargs):
    print("a =", a, "args =", args, "kwargs =", kwargs)
order(1)
order(1, 2, 3, k="v")
try:
    kwonly("positional")
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, x=2)
except TypeError as e:
    print("TypeError:", e)
