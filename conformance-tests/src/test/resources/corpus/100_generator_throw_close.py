# generator.throw / close, yield from delegation of throw, exception state kept per generator
def early():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = early(); print(next(g)); g.close(); print("closed", list(g))
g = early(); next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("gen caught", repr(e))

g = catcher(); next(g)
g.throw(KeyError('k')); g.throw(KeyError, 'j'); g.send(3)
try:
    g.throw(1)
except TypeError as e:
    print(e)

def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ign(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def inner():
    try:
        yield 'i1'
    except ValueError as e:
        yield 'handled ' + str(e)
        return 'inner-ret'
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield r

g = outer(); print(next(g)); print(g.throw(ValueError("v"))); print(next(g))
g = outer(); next(g); g.close(); print("outer closed")
g = outer(); next(g)
try:
    g.throw(KeyError("escapes"))
except KeyError as e:
    print("propagated", e)

def closegen():
    try:
        yield 1
    finally:
        return 9
g = closegen(); next(g); print(g.close())

def fresh():
    print("never")
    yield
g = fresh(); g.close(); print(list(g))
try:
    fresh().throw(IndexError("first"))
except IndexError as e:
    print("unstarted", e)

def keeps_exc():
    try:
        raise ValueError("mine")
    except ValueError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
g = keeps_exc(); next(g)
import sys
print("outside", sys.exc_info()[1])
print("inside", next(g))

def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RT", e, type(e.__cause__).__name__)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running)
