# Numeric builtins: abs, min, max, sum, round, divmod, pow, int, float.
print(abs(-3), abs(3.5), abs(-0), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a"))
print(max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min([], default=0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(3.5), round(1234, -2), round(1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-3, 3), pow(7, 0))
print(int("ff", 16), int("0x1f", 16), int("-42"), int("  12  "), int("1_000"), int(7.9), int("101", 2))
print(float("3.25"), float("-1e3"), float(" 2 "), float(5), float("inf"))
print(int(), float(), bool(), str())
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(hash(0), hash(1), hash(-1), hash(12345), hash(2 ** 61), hash(2 ** 61 - 1), hash(-2))
print(hash(1.0) == hash(1), hash(True))
