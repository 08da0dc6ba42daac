# An exception raised inside an except block: chained traceback.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return d["fallback"] + 1
print(lookup({"a": 1, "fallback": 0}, "a"))
print(lookup({"a": 1, "fallback": 0}, "b"))
print(lookup({"a": 1}, "b"))
