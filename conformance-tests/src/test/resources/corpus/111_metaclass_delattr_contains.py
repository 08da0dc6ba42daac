# metaclass __delattr__ and __contains__ on classes; non-str __repr__; recursive container reprs
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
l = [1]; l.append(l); print(l)
d = {}; d['self'] = d; print(d)
class MetaDel(type):
    def __delattr__(cls, k): print("meta del", k)
class MD(metaclass=MetaDel):
    x = 1
del MD.x
print(hasattr(MD, 'x'))
class MC(type):
    def __contains__(cls, x): return x == 1
class Z(metaclass=MC): pass
print(1 in Z, 2 in Z)
