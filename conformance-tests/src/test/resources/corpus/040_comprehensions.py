# List, dict and set comprehensions, nested, with conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() for c in "abc"])
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = "outer"
print([x for x in range(3)], x)
words = ["apple", "bob", "kayak", "python"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 3})
n = 10
print([i * n for i in range(3)])
def f():
    k = 2
    return [i * k for i in range(4)]
print(f())
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print([y for y in [[1, 2], [3]] if len(y) > 1][0])
