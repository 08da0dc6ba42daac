# Uncaught TypeError on a subscript: the traceback underlines the index.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
data = {"rows": [[1, 2], [3, 4]]}
print(data["rows"][1][0])
print(data["rows"][1][0][2])
