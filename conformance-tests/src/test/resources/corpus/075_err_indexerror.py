# Uncaught IndexError.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
items = [10, 20, 30]
for i in range(4):
    print(items[i])
