# Tuples: packing, unpacking, immutability, methods.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
u = 4, 5, 6
print(u, type(u).__name__)
a, b, c = u
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
print(2 in t, 5 in t, len(t))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
for p, q in nested:
    print(p + q)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) + (2,) == (1, 2))
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "pair"}
print(d[(1, 2)], d[1, 2])
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "a")]))
print(repr((1, "a", None)))
