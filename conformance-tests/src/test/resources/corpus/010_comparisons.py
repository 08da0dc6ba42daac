# Comparisons, chaining, identity and membership.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 < 2 == 2)
def noisy(x):
    print("eval", x)
    return x
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, 2] == [1, 2], [1, 2] is [1, 2])
a = [1]
b = a
print(a is b, a is not b, a == b)
print(2 in [1, 2, 3], 4 in [1, 2], 4 not in [1, 2])
print("b" in "abc", "bc" in "abc", "x" not in "abc", "" in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 3 in {3, 4}, 5 in (5,), 3 in range(5), 7 in range(0, 10, 2))
print(None == 0, None is None, 1 == 1.0, "1" == 1)
print(not 1 == 2, not (1 == 2))
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 != 6)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(-0.0 == 0.0, 2 ** 64 > 2 ** 63, -2 ** 64 < 0)
print(max("apple", "banana"), min([3, 1], [2, 9]))
