# for loops over many iterables, with else.
for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for ch in "hi":
    print("str", ch)
d = {"one": 1, "two": 2}
for k in d:
    print("dict key", k)
for k, v in d.items():
    print("item", k, v)
for i in range(2, 5):
    print("range", i)
for i in range(3):
    pass
print("after loop i =", i)
for n in [2, 3, 4, 5, 6, 7]:
    for div in range(2, n):
        if n % div == 0:
            print(n, "=", div, "*", n // div)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else of empty for")
for i, ch in enumerate("ab", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for x in {3, 1, 2}:
    print("set", x)
total = 0
for row in [[1, 2], [3, 4]]:
    for v in row:
        total += v
print(total)
