# range objects.
print(range(5), range(1, 10, 2), list(range(5)), list(range(2, 8)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 1)), list(range(-3, 3)), list(range(0, -10, -2)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(r[1:3], r[::-1], list(r[::2]))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
for i in range(3):
    print("i =", i)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
print(range(3) == range(0, 3), range(0) == range(5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(4))), list(enumerate(range(3, 6))))
print(range(2 ** 70, 2 ** 70 + 3)[1] - 2 ** 70)
print(len(range(0, 100, 7)), 14 in range(0, 100, 7), range(0, 100, 7)[-1])
