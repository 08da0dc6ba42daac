# dunder protocols: containment/iteration fallbacks, len/bool checks, metaclass __call__/__getitem__/__len__/__iter__, unary, in-place, hash
class It:
    def __iter__(self):
        yield from range(3)
print(2 in It(), 5 in It(), list(It()), sorted(It(), reverse=True))
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(1 in GI(), 7 in GI(), list(GI()), list(enumerate(GI())))
class BadLen:
    def __len__(self): return "3"
try: len(BadLen())
except TypeError as e: print(e)
class BigLen:
    def __len__(self): return 2 ** 70
try: len(BigLen())
except OverflowError as e: print(e)
class BoolInt:
    def __bool__(self): return 1
try:
    if BoolInt(): pass
except TypeError as e: print(e)
class NoRev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(NoRev())))
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
class WM(metaclass=Meta):
    def __init__(self, x): self.x = x
print(WM(5).x, WM["q"], len(WM), list(WM))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return f"round{n}"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
print(-Neg(), +Neg(), ~Neg(), abs(Neg()), round(Neg()), round(Neg(), 2), int(Neg()), float(Neg()), hex(Neg()), [0,1,2,3][Neg()])
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __lt__(self, o): return self.v < getattr(o, 'v', o)
    def __le__(self, o): return self.v <= getattr(o, 'v', o)
    __hash__ = object.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) < 2, 2 > Cmp(1), 0 >= Cmp(1), Cmp(2) in [1, 2], [Cmp(2)].index(2), [1, Cmp(2)].count(2))
print(max([Cmp(3), Cmp(1)]).v, min(Cmp(3), Cmp(1)).v, sorted([Cmp(2), Cmp(1)])[0].v)
class Inplace:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(('iadd', o)); return self
    def __imul__(self, o): self.v.append(('imul', o)); return self
    def __ipow__(self, o): self.v.append(('ipow', o)); return self
    def __imatmul__(self, o): self.v.append(('imatmul', o)); return self
    def __ior__(self, o): self.v.append(('ior', o)); return self
x = Inplace(); x += 1; x *= 2; x **= 3; x @= 4; x |= 5; print(x.v)
class OnlyAdd:
    def __add__(self, o): return "add"
y = OnlyAdd(); y += 1; print(y)
class HashEq:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, HashEq) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {HashEq(1): "a"}; print(d[HashEq(1)], HashEq(1) in d, len({HashEq(1), HashEq(1), HashEq(2)}))
class SubEq(HashEq):
    def __eq__(self, o): return False
try: hash(SubEq(1))
except TypeError as e: print(e)
