# Uncaught RecursionError from unbounded recursion: the traceback folds repeated frames.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def walk(n):
    return walk(n + 1)
print("starting")
walk(0)
