# Uncaught ZeroDivisionError with operator anchors in the traceback.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
