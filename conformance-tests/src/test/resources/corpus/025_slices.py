# Slices with steps, negatives and assignment.
a = list(range(10))
print(a[2:8], a[2:8:2], a[::3], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3])
print(a[-3:], a[:-3], a[-8:-2], a[-2:-8:-1], a[100:], a[-100:2])
print(a[1:1], a[5:2], a[2:5:-1])
s = "abcdefghij"
print(s[::-1], s[1::2], s[-1::-3], s[3:-3])
t = tuple(a)
print(t[::4], t[-1:-4:-1])
b = a[:]
b[2:5] = []
print(b)
b[1:1] = [100, 200]
print(b)
b[:2] = "xy"
print(b)
c = list(range(6))
c[::2] = ["a", "b", "c"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[::2]
print(c)
d = list(range(10))
del d[1:8:3]
print(d)
print(a[1:5:2], a[::-1] == list(reversed(a)), a[-1:-11:-1] == a[::-1])
