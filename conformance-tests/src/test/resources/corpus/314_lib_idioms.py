# edge cases / typical usage
import collections, functools, itertools, string
from collections import namedtuple, defaultdict, Counter, deque, OrderedDict
Card = namedtuple("Card", "rank, suit")
print(Card("A", "s"), repr(Card), Card.__module__)
print(type(Card("A", "s")).__mro__[1:])
dd = defaultdict(lambda: defaultdict(int))
dd["a"]["b"] += 1
print(dd["a"]["b"], dict(dd["a"]))
print(repr(defaultdict(list)))
graph = defaultdict(set); graph[1].add(2); graph[1].add(3); print(graph)
c = Counter(words := "a b a c b a".split()); print(c.most_common(1)[0], words)
print(Counter({"x": 0, "y": -1}) + Counter(), -Counter(a=-2), +Counter(a=2, b=-1))
c1 = Counter(a=1); c1 += Counter(a=2, b=1); print(c1)
c1 -= Counter(a=5); print(c1)
q = deque(); q.append((0, 0))
while q:
    x, y = q.popleft()
    if x < 2: q.append((x + 1, y))
    print(x, y, end="; ")
print()
print(deque(range(5), 2), deque(range(3)) + deque([9]), deque([1, 2]) * 2)
window = deque(maxlen=3); sums = []
for v in [1, 2, 3, 4, 5]:
    window.append(v); sums.append(sum(window))
print(sums)
d = deque([1, 2, 3]); d[1] = 20; del d[0]; print(d, d.copy())
od = OrderedDict.fromkeys("abc", 0); print(od)
od2 = OrderedDict([("b", 1), ("a", 2)]); print(od2 == OrderedDict([("a", 2), ("b", 1)]), od2 == {"a": 2, "b": 1})
from itertools import groupby, chain, islice, count
data = [("x", 1), ("x", 2), ("y", 3)]
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print(list(islice((i * i for i in count()), 5)))
print(type(chain()).__name__, list(chain()))
print(functools.reduce(lambda acc, x: acc + [x * 2], range(3), []))
print(string.ascii_lowercase.index("k"), len(string.printable))
P = namedtuple("P", "x y", defaults=[0])
print(P(1), P._fields, P(1, 2)._asdict())
