# dict methods.
d = {"x": 1, "y": 2}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("x"), d.get("nope"), d.get("nope", 0))
print(d.setdefault("z", 3), d.setdefault("x", 100), d)
print(d.pop("y"), d, d.pop("missing", "dflt"))
d.update({"a": 5, "x": 10})
print(d)
d.update(b=7)
d.update([("c", 8)])
print(d)
for k, v in d.items():
    print(k, "=>", v)
for v in d.values():
    print(v, end=" ")
print()
print(len(d.keys()), "a" in d.keys())
c = dict(d)
c["extra"] = 0
print(len(c), len(d))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.get("a"), d.setdefault("a", 0), list(d.items())[-1])
