# yield from: send/throw/close delegation to generators and Python iterators, StopIteration values
def d():
    r = yield from [1, 2]
    print("r", r)
g = d(); next(g)
try: g.send(5)
except AttributeError as e: print(e)
g = d(); next(g); print(g.throw(KeyError, "k") if False else "skip")
g = d(); next(g)
try: g.throw(KeyError("k"))
except KeyError as e: print("KeyError propagated", e)
g = d(); next(g); g.close(); print("closed list delegate")
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("done-val")
        return self.i
    def send(self, v): print("It.send", v); return self.__next__()
    def throw(self, *a): print("It.throw", a[0].__class__.__name__ if not isinstance(a[0], type) else a[0].__name__); return 99
    def close(self): print("It.close")
def d2():
    r = yield from It()
    print("r", r)
    yield "after"
g = d2(); print(next(g), g.send("x"), g.throw(ValueError("v")), next(g), next(g))
g = d2(); next(g); g.close()
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "ret"
def mid():
    r = yield from inner()
    print("mid got", r)
    return r + "!"
def top():
    r = yield from mid()
    print("top got", r)
g = top(); print(next(g), g.send("a"))
try: g.send("b")
except StopIteration as e: print("stop", e.value)
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "fin"
g = gen_return_in_finally(); next(g)
try: next(g)
except StopIteration as e: print("value", e.value)
def sub_raises_stop():
    yield 1
    return 5
def user():
    x = yield from sub_raises_stop()
    yield x
print(list(user()))
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("exit with", received)
            raise
        received.append(v)
e = echo(); next(e); e.send(1); e.send(2); e.close()
def g_throw_after_done():
    yield 1
g = g_throw_after_done(); list(g)
try: g.throw(ValueError("late"))
except ValueError as e: print("late", e)
print(g.send(None) if False else "ok")
try: g.send(None)
except StopIteration: print("stop on finished")
