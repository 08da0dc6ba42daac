# Generator protocol: throw(), close(), yield-from delegation, GeneratorExit handling
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("finally")
x = g(); print(next(x)); print(x.throw(ValueError("boom"))); x.close(); print("closed")
x = g(); print(next(x)); x.close(); print(list(x))
x = g()
try: x.throw(KeyError, "k")
except KeyError as e: print("unstarted", repr(e))
def inner():
    try:
        yield "a"
        yield "b"
    except TypeError:
        yield "inner-caught"
        return "ret"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("got", r)
    yield "after"
o = outer(); print(next(o)); print(o.throw(TypeError)); print(next(o)); print(next(o, "end"))
o = outer(); print(next(o)); o.close()
o = outer(); print(next(o))
try: o.throw(IndexError("deep"))
except IndexError as e: print("propagated", e)
def stubborn():
    while True:
        try: yield 1
        except GeneratorExit:
            print("ignoring")
            if stop: return
stop = False
s = stubborn(); next(s)
try: s.close()
except RuntimeError as e: print(e)
stop = True
s.close()
def it():
    yield from iter([1,2,3])
i = it(); next(i)
try: i.throw(ValueError, ValueError("v"))
except ValueError as e: print("list iter", e)
def ret():
    try: yield 1
    except ValueError: return 5
r = ret(); next(r)
try: r.throw(ValueError)
except StopIteration as e: print("stop", e.value)
try: r.throw(1)
except TypeError as e: print(e)
def reraise_stop():
    yield 1
q = reraise_stop(); next(q)
try: q.throw(StopIteration)
except RuntimeError as e: print("RT", e, repr(e.__cause__))
def tb():
    yield 1
t = tb(); next(t)
try:
    t.throw(ZeroDivisionError("tb test"))
except ZeroDivisionError as e:
    print("tb", e, e.__traceback__ is not None)
def producer(log):
    try:
        n = 0
        while True:
            cmd = yield n
            if cmd == "reset": n = 0
            else: n += 1
    except GeneratorExit:
        log.append("producer closed")
        raise
    finally:
        log.append("producer finally")
log = []
p = producer(log); next(p)
print(p.send(None), p.send(None), p.send("reset"), p.send(1))
p.close(); p.close()
print(log, next(p, "exhausted"))
def sub():
    try:
        yield 1
    finally:
        log.append("sub finally")
def mid():
    yield from sub()
m = mid(); next(m); m.close(); print(log)
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
c = catcher(); next(c)
c.throw(ValueError, 1); c.throw(KeyError, (1, 2)); c.throw(TypeError("x")); c.throw(OSError, OSError(5, "io"))
try: c.throw(ValueError("v"), "extra")
except TypeError as e: print(e)
def fn():
    def g(): return a
    a = 1
    return g
co = fn.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_cellvars, fn().__code__.co_freevars, fn().__code__.co_qualname)
