# Uncaught NameError.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def compute():
    value = 10
    return value * completely_unknown_factor
print("start")
compute()
