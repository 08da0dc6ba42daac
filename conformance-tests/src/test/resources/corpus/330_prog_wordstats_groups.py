from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
import string
from functools import reduce, lru_cache, partial, wraps, total_ordering
import itertools as it

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick brown dog? Yes, a quick one."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
c = Counter(words)
print(c.most_common(5))
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:<10}|{n:>4}|{'#' * n}")
print(c['zzz'], len(c), sum(c.values()))
c2 = Counter("abracadabra")
print(c2 + Counter("aab"), c2 - Counter("aaaa"), c2 & Counter("abc"), c2 | Counter("zzz"))
print(sorted(c2.elements()))
c2.update(["a", "z"]); c2.subtract({"b": 5})
print(c2, +c2, -c2)
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, sorted(set(by_len[k])))
print(dict(by_len) == by_len, repr(defaultdict(int))[:30])

Emp = namedtuple("Emp", "name dept salary")
emps = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 90)]
for e in sorted(emps, key=lambda e: (e.dept, -e.salary, e.name)):
    print(e, e._asdict())
print(emps[0]._replace(salary=1), Emp._fields, Emp._make(["x", "y", 3]))
for dept, grp in it.groupby(sorted(emps, key=lambda e: e.dept), key=lambda e: e.dept):
    g = list(grp)
    print(f"{dept:>5}: {len(g)} total={sum(e.salary for e in g):6.1f} avg={sum(e.salary for e in g)/len(g):.2f}")

print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([1,2,3], initial=10)))
print(list(it.islice(it.chain("abc", range(3), it.repeat("x")), 2, 9, 2)))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, range(10))), list(it.dropwhile(lambda x: x < 3, range(6))))
print(list(it.compress("abcdef", [1, 0, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b))
print(list(it.pairwise("abcd")), next(it.count(5, 2)), list(it.islice(it.cycle("ab"), 5)))
print(reduce(lambda a, b: a + b, range(10), 100), reduce(max, [3, 9, 2]))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

def logged(f):
    @wraps(f)
    def inner(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return inner

@logged
def add(x, y=1):
    """add doc"""
    return x + y
print(add(2, y=5), add.__name__, add.__doc__, add.__wrapped__(1))
p = partial(int, base=2); print(p("1011"), p.func, p.keywords)

@total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "V" + ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1")]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("0.9"), Ver("1.0") <= Ver("0.9"))

g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(s):
    dist = {s: 0}; q = deque([s])
    while q:
        u = q.popleft()
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1; q.append(v)
    return dist
print(bfs("a"))
d = deque(range(5), maxlen=3); d.appendleft(9); d.rotate(1); print(d, d.maxlen, list(reversed(d)))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False))
print(string.ascii_letters, string.digits, string.hexdigits, string.capwords("hello  wORLD foo"))
