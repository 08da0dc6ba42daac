import operator as op
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
from collections import namedtuple
rows = [("b", 2, 9.0), ("a", 2, 1.5), ("c", 1, 3.0)]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(-1), rows)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("k")({"k": 5}), repr(itemgetter(1, "x")))
N = namedtuple("N", "a b"); C = namedtuple("C", "n name")
objs = [C(N(2, 1), "x"), C(N(1, 5), "y")]
print(sorted(objs, key=attrgetter("n.a")), attrgetter("name", "n.b")(objs[0]), repr(attrgetter("n.a")))
print(list(map(methodcaller("replace", "a", "A", 1), ["banana", "kiwi"])), repr(methodcaller("split", ",", maxsplit=1)))
print(reduce(op.add, [[1], [2], [3]]), reduce(op.mul, range(1, 8)), reduce(op.xor, [5, 3, 1]))
print(op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.neg(3), op.not_([]), op.truth("x"))
print(op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([4, 5], -1))
d = {}; op.setitem(d, "k", 1); print(d); op.delitem(d, "k"); print(d)
l = [1]; print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.concat("ab", "cd"), op.is_(None, None), op.is_not(1, None))
print(op.length_hint([1, 2]), op.index(7), op.lt(1, 2), op.ge(1, 2))
for f in (op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.and_, op.or_, op.lshift, op.rshift):
    print(f.__name__, f(12, 5))
try: op.concat(1, 2)
except TypeError as e: print("TypeError", e)
try: op.indexOf([1], 9)
except ValueError as e: print("ValueError", e)
try: attrgetter(1)
except TypeError as e: print("TypeError", e)
try: attrgetter("zz")(1)
except AttributeError as e: print("AttributeError", e)
