import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda a, b: a + b, ["x"], "y"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square(3, exp=3))
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(int, "10", base=2)).startswith("functools.partial(<class 'int'>"))
print(repr(partial(int, "10", base=2)))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__wrapped__(1, 2))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info(), ident.__name__)
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
class Obj:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
print(Obj().m(4))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: cmp(len(a), len(b)))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3))
print(max([V(3), V(5), V(1)]).v)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(W(1) < W(2), W(1) <= W(2), W(2) >= W(2))
try:
    @total_ordering
    class Z: pass
except ValueError as e:
    print("ValueError:", e)
