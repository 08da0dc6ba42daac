from collections import Counter, defaultdict, namedtuple, deque, OrderedDict, ChainMap
from functools import partial, reduce, cmp_to_key, total_ordering, lru_cache, cached_property, singledispatch
import itertools as it
import string

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1); print(p, p.x + p.y, Point._field_defaults, p == (1, 0), hash(p) == hash((1, 0)))
x, y = Point(3, 4); print(x, y, Point(y=2, x=1), p._replace(y=9)._asdict())
try: Point(1, 2, 3)
except TypeError as e: print("TypeError", e)
try: Point._make([1])
except TypeError as e: print("TypeError", e)
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    @property
    def norm(self): return (self.x**2 + self.y**2 + self.z**2) ** 0.5
    def __str__(self): return f"<{self.x},{self.y},{self.z}>"
q = P3(1, 2, 2); print(q, repr(q), q.norm, sorted([P3(2,0,0), P3(1,5,5)]))

c = Counter(a=3, b=1); c["c"] += 2; del c["b"]
print(c, c.total(), list(c), c.most_common(1), Counter() == Counter(a=0))
print(Counter("hello world".split()), Counter({"x": 2}).most_common())
dd = defaultdict(lambda: "n/a", k=1); print(dd["zz"], dict(dd), dd.default_factory())
nested = defaultdict(lambda: defaultdict(int))
for w in "apple avocado banana blueberry cherry apple".split(): nested[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])
od = OrderedDict(); od["z"] = 1; od["a"] = 2; od.move_to_end("z", last=False); print(list(od.items()), od == OrderedDict(a=2, z=1))
dq = deque("abc"); dq.extendleft("xy"); print(dq, dq.index("a"), dq.count("x"), dq[-1]); dq.clear(); print(dq, bool(dq))
try: deque().pop()
except IndexError as e: print("IndexError", e)

def cmp(a, b): return (a > b) - (a < b)
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
base2 = partial(int, base=2); print(base2("101"), partial(base2, "111")())
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try: reduce(lambda a, b: a, [])
except TypeError as e: print("TypeError", e)

@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ",".join(map(show, x))
print(show(3), show("s"), show([1, "a"]))

class Data:
    def __init__(self, xs): self.xs = xs
    @cached_property
    def total(self):
        print("computing"); return sum(self.xs)
d = Data([1, 2, 3]); print(d.total, d.total)

@lru_cache(maxsize=2)
def sq(n): return n * n
for n in [1, 2, 1, 3, 2, 1]: sq(n)
print(sq.cache_info())

print(["".join(p) for p in it.permutations("abc")])
print(list(it.product([1, 2], "xy", [True])))
print([list(g) for k, g in it.groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3], key=lambda v: v % 2)])
print(list(it.islice(it.count(), 3, 12, 3)), list(it.islice("abcdef", None)), list(it.islice(range(10), 4)))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
print(list(map(lambda t: t[0] * t[1], it.zip_longest([1, 2, 3], [4, 5], fillvalue=1))))
print(string.ascii_uppercase[::5], string.octdigits, len(string.printable), repr(string.whitespace))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))
