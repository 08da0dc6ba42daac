# SyntaxError: an opening parenthesis that is never closed.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("never printed")
values = [1, 2, 3]
total = sum(values
print(total)
