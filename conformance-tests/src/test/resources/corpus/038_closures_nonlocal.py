# Closures, cells and nonlocal.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def late_binding():
    v = 1
    def get():
        return v
    v = 2
    return get
print(late_binding()())
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
def nested_nonlocal():
    x = 0
    def level1():
        def level2():
            nonlocal x
            x += 100
        level2()
        return x
    return level1()
print(nested_nonlocal())
def shared():
    value = [0]
    def get():
        return value[0]
    def set_(v):
        nonlocal value
        value = [v]
    return get, set_
g, s = shared()
s(42)
print(g())
