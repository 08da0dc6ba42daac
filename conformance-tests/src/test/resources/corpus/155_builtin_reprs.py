print(repr(len), repr(str.upper), repr(str.join), repr(list.append), repr(int.bit_length), repr(float.is_integer), repr(int.real), repr(float.imag))
print(repr(NotImplemented), repr(...), repr(int), repr(type(None)), repr(slice(1, None, 'a')), repr(range(0)), repr({}.keys()), repr({1: 2}.items()), repr(frozenset({1})), repr(set([3])))
print(str.upper.__name__, len.__name__, [].append.__name__, int.bit_length.__name__, str(int), str(None), str(...), int.__qualname__, type.__name__, int.__mro__, bool.__mro__, bool.__bases__)
for f in [lambda: str.upper(1), lambda: int.bit_length(1.5), lambda: float.is_integer(1), lambda: str.__len__(3), lambda: int.__neg__('x'), lambda: str.join(5, [])]:
    try: print(f())
    except TypeError as e: print(e)
