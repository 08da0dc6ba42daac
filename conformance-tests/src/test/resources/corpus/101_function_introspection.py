# __annotations__, __code__ attributes, and star/double-star argument errors
def ann(a: int, b: "str" = 'x', *args: float, k: list = None, **kw: dict) -> bool:
    return True
print(ann.__annotations__)
def plain(a, b): pass
print(plain.__annotations__)
plain.__annotations__ = {'a': int}
print(plain.__annotations__)
print((lambda x: x).__annotations__)
class C:
    def m(self, __p: int) -> None: pass
print(C.m.__annotations__)

def g(a, b=1, /, c=2, *d, e, f=3, **h):
    local = 1
    def inner(): return local
    return inner
co = g.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, g(1, e=2).__code__.co_freevars, co.co_nlocals)
print(co.co_firstlineno, co.co_filename.endswith('101_function_introspection.py'))
print(g.__defaults__, g.__kwdefaults__)

def f(*a, **k): return a, k
class K:
    def m(self, *a, **k): pass
for fn in [lambda: f(*1), lambda: f(1, *2), lambda: [*3], lambda: (*4,), lambda: {*5},
           lambda: print(*6), lambda: K().m(*7), lambda: K(*8), lambda: f(**1), lambda: print(**2),
           lambda: {**3}, lambda: K().m(**4), lambda: f(**{'a': 1}, **{'a': 2}),
           lambda: f(a=1, **{'a': 2}), lambda: len(*10), lambda: f(**{1: 2}), lambda: plain(**{1: 2})]:
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
print(f(*"ab", *range(2), **{'x': 1}, y=2))
