from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
from functools import partial, lru_cache, wraps
import itertools
c = Counter("aab")
c["c"] = 0
print(c, len(c))
del c["zz"]
print(Counter(a=1, b=2) < Counter(a=1, b=3) if hasattr(Counter, "__lt__") else "n/a")
print(sorted(Counter("mississippi").items()))
dd = defaultdict(int, a=1); print(dd, dd.copy(), type(dd.copy()).__name__)
print(defaultdict(int, {"a": 1}) == {"a": 1})
p = partial(print, "x", sep="-"); p("y")
print(isinstance(deque(), deque), list(deque("abc", maxlen=2)))
N = namedtuple("N", ["a", "b"])
print(N(1, 2)._replace(a=3), N(*[5, 6]), N(**{"a": 1, "b": 2}))
try:
    N(1, 2)._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "class x")
except ValueError as e:
    print("ValueError:", e)
try:
    N(1, 2).a = 5
except AttributeError as e:
    print("AttributeError:", e)
print(list(itertools.zip_longest()), list(itertools.chain([1], "a")))
it = itertools.chain([1, 2], [3]); print(next(it), list(it))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.islice(itertools.cycle([]), 3)))
print(dict(Counter("aab")), Counter("aab") == {"a": 2, "b": 1})
od = OrderedDict(a=1); od.update(b=2); od["a"] = 5; print(od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
class D(dict): pass
try:
    D() < D()
except TypeError as e: print(e)
class L(list): pass
try:
    L() < 1
except TypeError as e: print(e)
