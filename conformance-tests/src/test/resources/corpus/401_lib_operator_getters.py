# Native operator.itemgetter/attrgetter: argument checks, messages, reprs, sort keys, no subclassing.
import operator
from operator import itemgetter, attrgetter
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: itemgetter())
t(lambda: itemgetter(1, a=2))
t(lambda: itemgetter(1)())
t(lambda: itemgetter(1)([1,2], 3))
t(lambda: itemgetter(1)(obj=[1,2]))
t(lambda: itemgetter(1, 0)([1,2]))
t(lambda: itemgetter(5)([1,2]))
t(lambda: itemgetter('k')({'k': 3}))
t(lambda: itemgetter(slice(1, 3))('abcd'))
t(lambda: repr(itemgetter(1, 'a')))
t(lambda: type(itemgetter(1)))
t(lambda: attrgetter())
t(lambda: attrgetter(1))
t(lambda: attrgetter('a', 1))
t(lambda: repr(attrgetter('a', 'b.c')))
t(lambda: attrgetter('real.imag')(3))
t(lambda: attrgetter('real', 'imag')(3))
t(lambda: attrgetter('nope')(3))
t(lambda: attrgetter('a')())
t(lambda: itemgetter.__module__)
t(lambda: (itemgetter.__name__, itemgetter.__qualname__, repr(itemgetter)))
t(lambda: itemgetter(1).__class__.__name__)
try:
    class X(itemgetter): pass
except Exception as e: print(type(e).__name__, e)
try:
    class Y(attrgetter): pass
except Exception as e: print(type(e).__name__, e)
t(lambda: itemgetter(1) == itemgetter(1))
t(lambda: hash(itemgetter(1)) is not None)
t(lambda: itemgetter(1).x)
t(lambda: setattr(itemgetter(1), 'x', 1))
t(lambda: attrgetter('a..b'))
t(lambda: attrgetter('')(3))
t(lambda: attrgetter('.a'))
t(lambda: callable(itemgetter(0)))
class P:
    def __init__(self, name, w): self.name = name; self.w = w; self.inner = self
ps = [P('b', 2), P('a', 2), P('c', 1)]
t(lambda: [p.name for p in sorted(ps, key=attrgetter('w', 'name'))])
t(lambda: [p.name for p in sorted(ps, key=attrgetter('inner.inner.name'), reverse=True)])
t(lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1, 0)))
t(lambda: list(map(itemgetter(0), [(1, 2), (3, 4)])))
t(lambda: operator.methodcaller('upper')('ab'))
t(lambda: itemgetter(0).__call__([5]))
t(lambda: operator.itemgetter is itemgetter)
