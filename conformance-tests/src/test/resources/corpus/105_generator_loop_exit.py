# a generator made for a for loop is closed as soon as the loop leaves early (CPython refcounting)
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for v in gen("break"):
    print(v)
    break
print("after break")

def f():
    for v in gen("return"):
        return v
print(f(), "after return")

try:
    for v in gen("raise"):
        raise ValueError("x")
except ValueError:
    print("caught")

def g2():
    for v in gen("func-raise"):
        1 / 0
try:
    g2()
except ZeroDivisionError:
    print("caught zde")

g = gen("kept")
for v in g:
    break
print("kept alive, next:", next(g))
g.close()

for a in gen("outer"):
    for b in gen("inner"):
        break
    break
print("nested done")

for v in gen("full"):
    pass
print("full done")

class C:
    def items(self):
        yield 'a'
        try:
            yield 'b'
        finally:
            print("method cleanup")
for it in C().items():
    if it == 'b':
        break
print("end")

def counting():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("stopped at", n)
for i in counting():
    if i == 3:
        break
