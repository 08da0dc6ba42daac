from collections import defaultdict, Counter, namedtuple, deque, OrderedDict
import collections
dd = defaultdict(int)
for w in "the cat the dog the end".split():
    dd[w] += 1
print(dd, dd["missing"], len(dd))
print(dict(dd))
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, isinstance(dl, dict), dl.get("zz"), "zz" in dl)
dn = defaultdict(None, {"x": 1}); print(dn)
try:
    dn["q"]
except KeyError as e:
    print("KeyError", e)
d2 = defaultdict(lambda: "?"); print(d2[1], d2.default_factory() , sorted(d2.items()))
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), sorted(c.elements()))
c.update("aaz"); print(c)
c.subtract({"a": 10}); print(c)
c2 = Counter(a=3, b=1); c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, Counter())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), c2.total(), Counter(a=2) == Counter(a=2, b=0))
print(list(Counter("hello").keys()), sum(Counter("hello").values()))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), tuple(p), len(p), Point._fields)
x, y = p; print(x, y, p._asdict(), p._replace(y=5), Point._make([7, 8]))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=4, c=5), P3._field_defaults)
print(Point(y=3, x=4), isinstance(p, tuple), hash(p) == hash((1, 2)), p + (3,), sorted([Point(2, 1), Point(1, 5)]))
print(Point.__name__, Point.x.__doc__, p.__class__.__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Emp(namedtuple("Emp", "name salary")):
    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)
print(Emp("bob", 100).raise_(10))
dq = deque([1, 2, 3])
dq.append(4); dq.appendleft(0); print(dq, len(dq), dq[0], dq[-1])
print(dq.pop(), dq.popleft(), dq)
dq.extend([7, 8]); dq.extendleft([9, 10]); print(dq)
dq.rotate(2); print(dq); dq.rotate(-3); print(dq)
print(dq.count(7), dq.index(7), 3 in dq, list(reversed(dq)))
dq.remove(7); dq.reverse(); print(dq)
dq.clear(); print(dq, bool(dq))
lim = deque(maxlen=3)
for i in range(6):
    lim.append(i)
print(lim, lim.maxlen, deque([1], maxlen=3))
lim.appendleft(-1); print(lim)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9), lambda: deque([1]).index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(deque("abc") == deque("abc"), [x * 2 for x in deque([1, 2])])
od = OrderedDict()
od["a"] = 1; od["b"] = 2; od["c"] = 3
od.move_to_end("a"); print(od, list(od))
od.move_to_end("c", last=False); print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1), isinstance(od, dict))
