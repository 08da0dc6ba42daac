# Uncaught KeyError from a dict lookup in a function.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
config = {"host": "localhost", "port": 80}
def get(key):
    return config[key]
print(get("host"))
print(get("password"))
