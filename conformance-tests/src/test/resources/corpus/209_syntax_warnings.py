# Compile-time SyntaxWarnings on stderr, as CPython 3.11 prints them before the
# program runs: "is" with a literal, an always-true assert, calling or indexing
# a literal (a missing comma).
x = 5
def f(y):
    if y is 1:
        return "one"
    return y is not "a"
print(f(1), f(2))
print(x is -1, x is (), x is None, x is ..., x is True)
assert (x, "msg")
try:
    [(1, 2) (3, 4)]
except TypeError as e:
    print(e)
try:
    print([1, 2]["a"])
except TypeError as e:
    print(e)
try:
    print({1, 2}[0])
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
try:
    print((1, 2)[1.0])
except TypeError as e:
    print(e)
print("ab"[1], [1][0], (1,)[0:1], x[0] if False else 0)
if x is not 1 is 2:
    pass
