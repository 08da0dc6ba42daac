# Assignment targets: names, attributes, subscripts, unpacking, starred, chained.
class Box:
    pass
b = Box()
b.value = 1
b.other = b.value + 1
print(b.value, b.other)
lst = [0, 0, 0]
lst[0] = "first"
lst[-1] = "last"
print(lst)
d = {}
d["k"] = "v"
d[1, 2] = "tuple key"
print(d)
a, b2 = 1, 2
(c, d2) = [3, 4]
[e, f] = "ef"
print(a, b2, c, d2, e, f)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
p, *mid, q = range(6)
print(p, mid, q)
h, *empty, t = [1, 2]
print(h, empty, t)
i = j = k = 0
print(i, j, k)
m = n = []
m.append(1)
print(n)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
b.items = [10, 20]
b.items[1] = 21
print(b.items)
for idx, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(idx, u, v)
try:
    a, b3 = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b3, c3 = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, *b3, c3, d3 = [1, 2]
except ValueError as err:
    print("ValueError:", err)
