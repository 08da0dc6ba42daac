# and/or short-circuit and return one of their operands; conditional expressions.
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print([] or [1], {} and 5, "a" and "b")
print(not t(0), not t("x"))
x = 7
print("big" if x > 5 else "small", "big" if x > 10 else "small")
print(1 if True else t("never"))
print(t("a") if False else t("b"))
y = x > 5 and "yes" or "no"
print(y)
z = None
name = z or "default"
print(name)
print(x > 5 and x < 10, x > 5 and x > 10 or x == 7)
v = 0 if x < 0 else 1 if x == 0 else 2
print(v)
print(not x, not not x)
