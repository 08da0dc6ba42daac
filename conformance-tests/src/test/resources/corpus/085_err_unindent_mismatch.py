# IndentationError: unindent does not match any outer indentation level.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def f():
    if True:
        x = 1
      return x
print(f())
