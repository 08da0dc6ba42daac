# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
add = lambda *a: sum(a)
print(add(1, 2, 3), add())
kw = lambda **k: sorted(k)
print(kw(b=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
inc = lambda x: x + 1
print([inc(x) for x in [1, 2, 3]], [x for x in range(10) if (lambda v: v % 2)(x)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
print(sq.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, ops[op](6, 3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
