# metaclass __setattr__ on class attribute assignment, type.__setattr__, object.__setattr__ on a type
class Meta(type):
    def __setattr__(cls, k, v):
        print("meta set", k)
        super().__setattr__(k, v)
class C(metaclass=Meta): pass
C.x = 1
print(C.x)
type.__setattr__(C, 'y', 2); print(C.y)
class D:
    def __setattr__(self, k, v):
        super().__setattr__(k, v)
d = D(); d.z = 3; print(d.z)
setattr(C, 'w', 4); print(C.w)
try: object.__setattr__(C, 'v', 1)
except TypeError as e: print(e)
class Plain: pass
Plain.attr = 5; type.__setattr__(Plain, 'b', 6); print(Plain.attr, Plain.b)
class Logged(type):
    def __setattr__(cls, k, v):
        if k.startswith('_'): raise AttributeError(f"private {k}")
        type.__setattr__(cls, k, v)
class L(metaclass=Logged): pass
L.ok = 1
try: L._no = 2
except AttributeError as e: print(e)
print(L.ok, hasattr(L, '_no'))
