# global declarations.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def make_new():
    global brand_new
    brand_new = "created in function"
make_new()
print(brand_new)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def outer():
    global y
    y = 1
    def inner():
        global y
        y += 10
    inner()
    return y
print(outer(), y)
total = 0
for i in range(5):
    total += i
def show():
    return total
print(show())
def g():
    global counter
    del counter
g()
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
