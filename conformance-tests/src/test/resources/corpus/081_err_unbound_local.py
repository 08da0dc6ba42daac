# UnboundLocalError: a local read before assignment.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
counter = 0
def bump():
    counter += 1
    return counter
print("calling bump")
bump()
