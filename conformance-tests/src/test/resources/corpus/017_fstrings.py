# f-strings with expressions, conversions and format specs.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:e}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x}")
print(f"{1234567:,} {0.5:.0%} {1e6:g}")
print(f"{name!r} {name!s} {'quoted'}")
print(f"{[1, 2, 3]} {(1, 'a')} {{braces}}")
items = {"a": 1}
print(f"{items['a']} {len(items)} {'yes' if n > 40 else 'no'}")
width = 10
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{name:*^11}")
print(F"upper F {n}", rf"raw {n}\n")
x = 5
print(f"{x=}" if False else f"x={x}")
for i in range(3):
    print(f"row {i}: {i * i:>3}")
print(f"{'nested ' + name.upper()}")
print(f"{3.0} {1e16} {0.1 + 0.2} {None} {True}")
