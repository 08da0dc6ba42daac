# Lists: creation, indexing, slicing, mutation, nesting.
a = [1, 2, 3, 4, 5]
print(a, a[0], a[-1], a[1:3], a[::-1], a[::2], len(a))
a[0] = 10
a[-1] = 50
print(a)
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0]
print(a)
del a[0]
print(a)
b = a + [6, 7]
print(b, a * 2 if len(a) < 4 else "long")
print([] == [], [1, [2, [3]]], [[0] * 2] * 2)
m = [[1, 2], [3, 4]]
m[0][1] = 9
print(m, m[1][0])
c = list(range(5))
print(c, list("ab"), list((1, 2)))
d = c
d.append(99)
print(c is d, c)
e = c[:]
e.append(100)
print(len(c), len(e))
print(3 in c, 42 in c)
nested = [[]] * 3
nested[0].append(1)
print(nested)
print([1, 2, 3] < [1, 2, 4], max([3, 1, 2]), min([3, 1, 2]), sum([3, 1, 2]))
print(repr([1, "a", None, 2.5, True, (1,), [], {}]))
