# Uncaught exception whose str() is empty: just the type name.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
class Stop(Exception):
    pass
def run():
    print("running")
    raise Stop
run()
