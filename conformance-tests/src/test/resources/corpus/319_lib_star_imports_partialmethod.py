from collections import *
print([k in globals() for k in ("ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple")])
from itertools import *
print(list(islice(count(), 2)), list(pairwise("abc")))
import functools
class A:
    def __init__(self): self.n = 2
    def mul(self, x): return self.n * x
    pm = functools.partialmethod(mul, 5) if hasattr(functools, "partialmethod") else None
print(A().pm() if A.pm else "no partialmethod")
def timed(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
class B:
    @timed
    def go(self, x):
        "doc"
        return x
print(B().go(3), B.go.__qualname__, B.go.__doc__)
print(functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2))
