# SyntaxError: 'return' outside function.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("never printed")
for i in range(3):
    if i == 2:
        return i
