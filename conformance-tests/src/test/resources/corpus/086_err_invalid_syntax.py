# SyntaxError: invalid syntax (two expressions side by side).
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("never printed")
def f(a, b):
    return a b
