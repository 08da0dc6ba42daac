# Error messages about instances of subclasses of built-in types name the subclass, not the base.


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


def show(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def iterate(x):
    for _ in x:
        pass


def add_in_place(x, y):
    x += y
    return x


def multiply_in_place(x, y):
    x *= y
    return x


def or_in_place(x, y):
    x |= y
    return x


show('MyInt(1)[0]', lambda: MyInt(1)[0])
show('for q in MyInt(1)', lambda: iterate(MyInt(1)))
show("'a' in MyInt(1)", lambda: 'a' in MyInt(1))
show('1.5 ^ MyInt(1)', lambda: 1.5 ^ MyInt(1))
show("'s' > MyInt(1)", lambda: 's' > MyInt(1))
show("'s' + MyInt(1)", lambda: 's' + MyInt(1))
show('[1] * MyList()', lambda: [1] * MyList())
show('MyFloat(2.5) * "ab"', lambda: MyFloat(2.5) * 'ab')
show('~MyFloat(2.5)', lambda: ~MyFloat(2.5))
show("-MyStr('x')", lambda: -MyStr('x'))
show("MyStr('x') - 1", lambda: MyStr('x') - 1)
show("MyStr('x') < 3", lambda: MyStr('x') < 3)
show('MyList([1]) < MyTuple((1,))', lambda: MyList([1]) < MyTuple((1,)))
show('MyDict() < {}', lambda: MyDict() < {})
show('MySet() + MySet()', lambda: MySet() + MySet())
show('MySet() | [1]', lambda: MySet() | [1])
show('MyList() | MyDict()', lambda: MyList() | MyDict())
show('(1,) + MyList()', lambda: (1,) + MyList())
show('[1] + MyInt(1)', lambda: [1] + MyInt(1))
show('x = [1]; x += MyInt(1)', lambda: add_in_place([1], MyInt(1)))
show('x = MyInt(1); x += "s"', lambda: add_in_place(MyInt(1), 's'))
show('x = MyInt(2); x *= "s"', lambda: multiply_in_place(MyInt(2), 's'))
show('x = 2; x *= "s"', lambda: multiply_in_place(2, 's'))
show('x = {}; x |= MyInt(1)', lambda: or_in_place({}, MyInt(1)))
show("''.join(['a', MyInt(1)])", lambda: ''.join(['a', MyInt(1)]))
show("format(MyInt(1), 'q')", lambda: format(MyInt(1), 'q'))
show("format(MyStr('s'), 'd')", lambda: format(MyStr('s'), 'd'))
show("'%s' % MyStr('s')", lambda: '%s' % MyStr('s'))
show("'s' % MyStr('t')", lambda: 's' % MyStr('t'))
show("sorted([MyInt(1), 'a'])", lambda: sorted([MyInt(1), 'a']))
show('sum([MyFloat(1.0), None])', lambda: sum([MyFloat(1.0), None]))
show('max(MyStr("a"), 1)', lambda: max(MyStr('a'), 1))
show('hash(MyList())', lambda: hash(MyList()))
show('MyTuple((1,))[MyFloat(0.0)]', lambda: MyTuple((1,))[MyFloat(0.0)])
show('len(MyInt(5))', lambda: len(MyInt(5)))
show('abs(MyStr("x"))', lambda: abs(MyStr('x')))
# the exact built-in types keep their own names
one = 1
show('one[0]', lambda: one[0])
show("'a' in one", lambda: 'a' in one)
show('1.5 ^ 1', lambda: 1.5 ^ 1)
show("'s' + 1", lambda: 's' + 1)
show('[1] * []', lambda: [1] * [])
