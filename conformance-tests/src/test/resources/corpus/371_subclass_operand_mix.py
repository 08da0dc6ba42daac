# Operators mixing instances of container subclasses with int/float/str subclass instances:
# results where CPython computes one, and the error (naming the subclasses) where it raises.


class Count(int):
    pass


class Ratio(float):
    pass


class Word(str):
    pass


class Row(list):
    pass


class Pair(tuple):
    pass


class Table(dict):
    pass


class Bag(set):
    pass


def show(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(result).__name__, repr(result))


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


def ior(x, y):
    x |= y
    return x


def isub(x, y):
    x -= y
    return x


show('Row([1]) * Count(2)', lambda: Row([1]) * Count(2))
show('Count(2) * Row([1])', lambda: Count(2) * Row([1]))
show('Pair((1,)) * Count(3)', lambda: Pair((1,)) * Count(3))
show('Count(2) * Pair((1,))', lambda: Count(2) * Pair((1,)))
show("Word('ab') * Count(2)", lambda: Word('ab') * Count(2))
show("Count(2) * Word('ab')", lambda: Count(2) * Word('ab'))
show('Row([1]) + Row([2])', lambda: Row([1]) + Row([2]))
show('Row([1]) + [2]', lambda: Row([1]) + [2])
show('[0] + Row([1])', lambda: [0] + Row([1]))
show('Pair((1,)) + Pair((2,))', lambda: Pair((1,)) + Pair((2,)))
show('Pair((1,)) + Count(1)', lambda: Pair((1,)) + Count(1))
show('Row([1]) + Count(1)', lambda: Row([1]) + Count(1))
show("Row([1]) + Word('s')", lambda: Row([1]) + Word('s'))
show('Ratio(1.5) * Row([1])', lambda: Ratio(1.5) * Row([1]))
show("Row([1]) * Word('s')", lambda: Row([1]) * Word('s'))
show("Word('s') * Row([1])", lambda: Word('s') * Row([1]))
show("Table({1: 2}) * Word('s')", lambda: Table({1: 2}) * Word('s'))
show('Table({1: 2}) | Table({3: 4})', lambda: Table({1: 2}) | Table({3: 4}))
show('Table({1: 2}) | Count(1)', lambda: Table({1: 2}) | Count(1))
show('Bag({1}) | {2}', lambda: Bag({1}) | {2})
show('{2} - Bag({2, 3})', lambda: {2} - Bag({2, 3}))
show('Bag({1}) & Count(1)', lambda: Bag({1}) & Count(1))
show('Bag({1}) ^ Row([1])', lambda: Bag({1}) ^ Row([1]))
show('x = Row([1]); x += Count(1)', lambda: iadd(Row([1]), Count(1)))
show('x = Row([1]); x += Word("ab")', lambda: iadd(Row([1]), Word('ab')))
show('x = Row([1]); x += Pair((2,))', lambda: iadd(Row([1]), Pair((2,))))
show('x = Row([1]); x *= Count(2)', lambda: imul(Row([1]), Count(2)))
show('x = Row([1]); x *= Word("s")', lambda: imul(Row([1]), Word('s')))
show('x = Pair((1,)); x *= Word("s")', lambda: imul(Pair((1,)), Word('s')))
show('x = Table({1: 2}); x |= Table({3: 4})', lambda: ior(Table({1: 2}), Table({3: 4})))
show('x = Table({1: 2}); x |= [(5, 6)]', lambda: ior(Table({1: 2}), [(5, 6)]))
show('x = Table({1: 2}); x |= Count(1)', lambda: ior(Table({1: 2}), Count(1)))
show('x = {}; x |= Table({3: 4})', lambda: ior({}, Table({3: 4})))
show('x = Bag({1}); x |= [2]', lambda: ior(Bag({1}), [2]))
show('x = Bag({1, 2}); x -= Bag({2})', lambda: isub(Bag({1, 2}), Bag({2})))
show('x = Count(5); x -= Ratio(0.5)', lambda: isub(Count(5), Ratio(0.5)))
show("x = Word('a'); x += Word('b')", lambda: iadd(Word('a'), Word('b')))
show("x = Word('a'); x += Row([1])", lambda: iadd(Word('a'), Row([1])))
show('Row([1]) == [1], Row([1]) < Row([2])', lambda: (Row([1]) == [1], Row([1]) < Row([2])))
show('Pair((1,)) < Row([1])', lambda: Pair((1,)) < Row([1]))
show('Table() <= Table()', lambda: Table() <= Table())
show('Bag({1}) <= {1, 2}', lambda: Bag({1}) <= {1, 2})


class Probe:
    """Reports the type of the other operand its methods receive."""

    def __add__(self, other):
        return type(other).__name__

    def __radd__(self, other):
        return type(other).__name__

    def __iadd__(self, other):
        return type(other).__name__

    def __lt__(self, other):
        return type(other).__name__

    def __gt__(self, other):
        return type(other).__name__


show('Probe() + Count(1)', lambda: Probe() + Count(1))
show('Count(1) + Probe()', lambda: Count(1) + Probe())
show("Word('s') + Probe()", lambda: Word('s') + Probe())
show('Probe() < Ratio(1.0)', lambda: Probe() < Ratio(1.0))
show('Ratio(1.0) < Probe()', lambda: Ratio(1.0) < Probe())
show('x = Probe(); x += Word("s")', lambda: iadd(Probe(), Word('s')))
