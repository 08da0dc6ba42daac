from itertools import *
print(repr(repeat(1, -3)), list(repeat(1, -3)), repr(count(1.5)), repr(count(0, 0.5)))
print(tee([1], 0), list(zip_longest("a", "bc", "def")))
g = groupby("aabbc"); next(g); k, grp = next(g); next(g); print(k, list(grp))
print(list(islice(count(), 0)), list(islice([1, 2, 3], 1, 1)))
print(list(accumulate("abc")), list(chain(*[[1], [2]])))
try:
    list(permutations([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(combinations([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
print(next(cycle([1, 2])), list(compress(range(5), cycle([1, 0]))))
