# IndentationError: unexpected indent.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("never printed")
x = 1
    y = 2
print(x + y)
