# Iteration builtins: enumerate, zip, sorted, reversed, iter, next, any, all, range.
fruits = ["pear", "apple", "fig"]
print(list(enumerate(fruits)), list(enumerate(fruits, start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(sorted(fruits), sorted(fruits, key=len), sorted(fruits, reverse=True))
print(sorted(fruits, key=len, reverse=True), sorted([3, 1, 2]), sorted("cab"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted({3: 0, 1: 0}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
it2 = iter("ab")
print(iter(it2) is it2, list(it2), list(it2))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any("a"), all([[], 1]))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
for i, (k, v) in enumerate(zip(keys, vals)):
    print(i, k, v)
stable = sorted([("b", 1), ("a", 1), ("c", 0)], key=lambda p: p[1])
print(stable)
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=lambda k: d[k]), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*[(1, "a"), (2, "b")])))
