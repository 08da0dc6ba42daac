# Conversions and character builtins: str, repr, bool, list, tuple, dict, set, ord, chr, len.
print(str(42), str(-0.5), str([1, "a"]), str((1,)), str({"k": [1]}), str(None))
print(repr("a'b"), repr('a"b'), repr([1, "x"]), repr(3.0), repr(-0.0))
print(bool(0), bool(0.0), bool("0"), bool(" "), bool([0]), bool({}), bool(range(0)))
print(list("abc"), list(range(3)), list({"a": 1, "b": 2}), list((1, 2)))
print(tuple([1, 2]), tuple("xy"), tuple(range(2)))
print(dict([(1, "a")]), dict(a=1), dict({"x": 1}, y=2))
print(set([1, 1, 2]), set((3, 2, 1)), len(set("aabbcc")))
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), chr(97), chr(8364), chr(128512) != "")
print([chr(ord("a") + i) for i in range(5)])
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(list(map(str, [1, 2])) if False else [str(i) for i in [1, 2]])
print(str(True), str(False), repr(True), int(True) + 1)
