# class features: type(), __class__ assignment, __instancecheck__/__subclasscheck__, property getter override, __slots__ conflicts
T = type("T", (object,), {"x": 1, "m": lambda self: self.x + 1})
print(T().m(), T.__name__, type(T).__name__)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
o = A(); o.__class__ = B; print(o.who(), type(o).__name__)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class Check(metaclass=Meta): pass
print(isinstance(42, Check), isinstance(1, Check))
class Base:
    @property
    def p(self): return "base"
class Over(Base):
    @Base.p.getter
    def p(self): return "over+" + super().p
print(Over().p)
class S:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(S().a, S.__slots__)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
class WithStatic:
    @staticmethod
    def s(*a): return a
print(WithStatic.s(1), WithStatic().s(2))
class P:
    def __init__(self): self.__private = 1
p = P(); print(p._P__private, sorted(vars(p)))
class Dflt:
    x = []
d1, d2 = Dflt(), Dflt()
d1.x.append(1); print(d2.x)
d1.x = [2]; print(d1.x, d2.x, Dflt.x)
class Count:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
Count(); Count(); print(Count.instances)
class Repr:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Repr({self.v!r})"
print(Repr("s"), [Repr(1), Repr([2])], {"k": Repr(None)}, (Repr(1.5),))
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
shapes = [Sq(2), Sq(3)]
print([s.area() for s in shapes], sum(s.area() for s in shapes))
try: Abstract().area()
except NotImplementedError as e: print(type(e).__name__, e)
print(type(NotImplemented).__name__, bool(NotImplemented) if False else "skip")
class GetSet:
    def __init__(self): self.__dict__['data'] = {}
    def __getattr__(self, k):
        try: return self.data[k]
        except KeyError: raise AttributeError(k) from None
    def __setattr__(self, k, v): self.data[k] = v
    def __delattr__(self, k): del self.data[k]
g = GetSet(); g.a = 1; print(g.a, g.data); del g.a
try: g.a
except AttributeError as e: print("AE", e)
print(getattr(g, 'zz', 'default'))
class SubMeta(type):
    def __subclasscheck__(cls, sub): return sub is int
class Virtual(metaclass=SubMeta): pass
print(issubclass(int, Virtual), issubclass(str, Virtual), issubclass(int, (str, Virtual)), isinstance(3, (str, Check)))
print(isinstance(Check(), Check), isinstance(42, (Check, str)))
