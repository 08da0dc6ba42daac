# Augmented assignment on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
x = 6
x <<= 2; x >>= 1; x |= 1; x &= 0b1101; x ^= 0b11; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
class C:
    count = 0
c = C()
c.n = 1
c.n += 41
print(c.n)
c.count += 1
print(c.count, C.count)
C.count += 10
print(C.count)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print(lst)
alias = lst
lst += [4]
print(alias, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 5
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
calls = []
def key():
    calls.append("key")
    return 0
lst[key()] += 1
print(lst, calls)
