# Uncaught AssertionError with a message.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def check_positive(values):
    for v in values:
        assert v > 0, f"value {v} is not positive"
    return True
print(check_positive([1, 2]))
check_positive([3, -1, 2])
