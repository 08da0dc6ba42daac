# Sets of small ints (their iteration order is deterministic).
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} == {1})
print(set(), set([3, 3, 2, 1, 2]), set(range(5)))
print({x % 3 for x in range(10)})
print(sorted({5, 2, 8}), sum({1, 2, 3}), min({4, 2, 9}))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
t = set()
for i in [5, 1, 5, 2, 1]:
    t.add(i)
print(t, len(t))
u = {1, 2, 3}
u.update([7, 8])
print(u, 7 in u)
print(isinstance(s, set), bool(set()), bool({0}))
