# Uncaught ValueError from int() inside nested calls.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def parse(s):
    return int(s)
def parse_all(xs):
    return [parse(x) for x in xs]
print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
