# Mixing ints and floats, and ** with negative exponents.
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 7.0 / 2)
print(2 ** -1, 10 ** -2, (-2) ** -2, 2.0 ** -3)
print(1 == 1.0, 1 < 1.5, 2 > 1.99999, 3 != 3.0)
print(int(2.99), int(-2.99), float(3), int("42"), float("3.5"))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(2 ** 0.5 * 2 ** 0.5)
print(sum([1, 2.5, 3]), max(1, 2.0), min(3, 2.5))
print(1 / 3 * 3, 2 / 3 + 1 / 3)
print(5 + True, 5.0 + False)
print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(round(7 / 2), round(-7 / 2), round(5 / 2))
print(3 * 0.1, 0.1 + 0.7, 4.35 * 100)
x = 5
x /= 2
print(x, type(x).__name__)
y = 5
y //= 2.0
print(y, type(y).__name__)
print(hash(1) == hash(1.0), {1: "a", 1.0: "b"})
print(int(1e10), int(-1e-10), int(1e20))
