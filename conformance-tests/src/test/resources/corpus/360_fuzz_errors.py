# Differential-fuzzing finds: error types/messages of operations on mismatched values.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("E", type(e).__name__, e)


# None | None is no union: NoneType has no __or__ (None | int is: int's type.__ror__)
show(lambda: None | None)
show(lambda: (None | None) | +'10')
show(lambda: None | int)
show(lambda: int | None)
show(lambda: None | 1)

# int(x, base): the base is checked before the argument's type
for args in [(1, None), (1.5, 2), ('1', None), (1, 1), (1, 37), ('z', 36), (2.5, 0)]:
    show(lambda: int(*args))

# str(): a None encoding/errors argument is named None, not NoneType
show(lambda: str('a', None))
show(lambda: str('a', 'utf-8', None))


# item deletion/assignment on objects without them: sequence-like types convert an index key first
class C:
    pass


for o in ['abc', (1, 2), range(3), {1}, frozenset(), {1: 2}.keys(), C(), 5, 1.5, None, True]:
    for k in [0, -1, 2**64, 'k', None, True]:
        def d():
            del o[k]

        def s():
            o[k] = 1
        show(d)
        show(s)

# a number followed by a word that only starts like a keyword is an invalid literal
for src in ["100.format", "1.fo", "1 if 100.format else 2", "100.andx", "1.0e5orb", "0x1fory"]:
    try:
        eval("lambda: " + src)
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
