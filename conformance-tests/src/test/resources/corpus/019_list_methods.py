# list methods.
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
print(a.pop(), a.pop(0), a)
a.insert(0, 7)
a.insert(100, 8)
a.insert(-1, 6)
print(a)
a.extend([2, 6])
a.extend("ab")
print(a)
a.remove("a")
a.remove("b")
print(a, a.index(4), a.count(1), a.count(42))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
w = ["banana", "Apple", "cherry", "date"]
w.sort(key=len)
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=lambda s: s[-1], reverse=True)
print(w)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
c = a[:]
c.append("copy")
print(c, len(a))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
