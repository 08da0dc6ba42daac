# Generator expressions consumed by builtins and loops.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 5 for x in [1, 7, 3]), all(x > 0 for x in [1, 2, 0]))
print(list(x for x in "abc"), tuple(i for i in range(3)))
print(sorted((x % 5 for x in range(12)), reverse=True))
g = (x * 2 for x in range(3))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g))
gen = (i for i in range(5))
for v in gen:
    if v == 2:
        break
print(list(gen))
print(", ".join(str(n) for n in range(5)))
print(dict((k, k * k) for k in range(4)))
print(set(c for c in [1, 2, 2, 3]))
nested = sum(sum(v for v in row) for row in [[1, 2], [3, 4]])
print(nested)
print(min((len(s), s) for s in ["ccc", "a", "bb"]))
print(next((x for x in [1, 3, 4, 5] if x % 2 == 0), "none"))
print(next((x for x in [1, 3] if x % 2 == 0), "none"))
