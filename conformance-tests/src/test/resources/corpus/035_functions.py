# def with defaults, keyword arguments and return values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))
def multi():
    return 1, "two", 3.0
a, b, c = multi()
print(a, b, c, multi())
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def counter(start=0, step=1):
    return list(range(start, start + 3 * step, step))
print(counter(), counter(10), counter(step=5), counter(1, 2))
print(greet.__name__, type(greet).__name__)
f = greet
print(f("Ed"))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 4), apply(len, "abcd"))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
