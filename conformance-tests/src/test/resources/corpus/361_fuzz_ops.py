# Differential-fuzzing finds: in-place repeat and three-argument pow on mismatched operands.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("E", type(e).__name__, e)


class C:
    pass


# x *= seq: the right operand's repeat is tried only when x's type has no sequence slot at all
for a in [{}, {1}, range(2), {}.keys(), C(), 3, None, 1.5, frozenset(), True]:
    def inplace():
        x = a
        x *= 'ab'
        return x
    show(inplace)
    show(lambda: a * 'ab')
    show(lambda: a * [1])

# pow(x, y, z): float's slot rejects the third argument whatever the others are
for args in [({}, 1.5, 'a'), (2, 3, 1.5), (2, 1.5, 3), (1.5, 2, 3), ('a', 2, 3), (2, 'a', 1.5), (None, None, None),
             (2, 3, None), (2.0, 3, None), (2, 10, 7), (True, 2, 3), (2, -1, 5)]:
    show(lambda: pow(*args))
