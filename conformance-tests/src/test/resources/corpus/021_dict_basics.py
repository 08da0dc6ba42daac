# Dicts keep insertion order; deletion and reinsertion move keys to the end.
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"])
d["z"] = 26
d["b"] = 10
print(d)
del d["a"]
print(d)
d["a"] = 99
print(d, list(d))
print("a" in d, "q" in d, "q" not in d)
for k in d:
    print(k, d[k])
e = {}
for i in range(5):
    e[i * i] = i
print(e)
print({1: "int", 1.0: "float", True: "bool"})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print({k: v for k, v in [(1, 2), (3, 4)]})
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
n = {"outer": {"inner": [1, 2]}}
n["outer"]["inner"].append(3)
print(n)
print(d == {"b": 10, "c": 3, "z": 26, "a": 99}, {1: 2} == {1: 3})
m = {(0, 0): "origin", 5: "five", None: "none"}
print(m[(0, 0)], m[None], repr(m))
