# SyntaxError: a missing colon after an if header. Nothing runs.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("never printed")
x = 3
if x > 2
    print("big")
