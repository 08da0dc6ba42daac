# compile-time SyntaxWarnings: "is" with a literal, calling or subscripting a literal, assert on a tuple
x = 1
print(x is 1, x is not 1, x is None, x is -1, x is (), x is [], x is ..., x is True)
print(1 < x is 2)
if x is 2 and x is not "a":
    pass
def f():
    return x is 1.5
print(f())
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1, 2)(3))
t(lambda: [1](2))
t(lambda: {1: 2}(3))
t(lambda: f"x"(3))
t(lambda: None())
t(lambda: True[0])
t(lambda: 1.5[0])
t(lambda: {1}[0])
t(lambda: (lambda: 0)[0])
t(lambda: [1, 2][1, 2])
t(lambda: (1, 2)["a"])
t(lambda: "abc"[1.5])
t(lambda: "abc"[x])
t(lambda: [1][1:2])
t(lambda: {1: 2}["a"])
try:
    assert (x, "message")
    print("assert passed")
except AssertionError:
    print("no")
exec("y = 5 is 5")
print(eval("3 is 3"))
