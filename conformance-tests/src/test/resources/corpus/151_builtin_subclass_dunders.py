class S(str):
    def __getitem__(self, i):
        return 'S' + super().__getitem__(i)
    def __len__(self):
        return super().__len__() + 100
s = S('abc')
print(s[0], len(s), s.upper(), s + 'x', s == 'abc', 'b' in s, list(s), s * 2, repr(s), isinstance(s, str))
print(list(map(str.__len__, ['a', 'bb'])), str.__add__('a', 'b'), str.__mul__('a', 3), str.__contains__('abc', 'b'), str.__getitem__('abc', 1), str.__lt__('a', 'b'), str.__rmod__('x', '%s!'), str.__mod__('%s!', 'x'))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted(['bb', 'a'], key=str.__len__))
print(str.__iter__('ab').__next__(), str.__lt__('a', 1), str.__add__('a', 1) if False else '')
class T(tuple): pass
t = T((1, 2))
print(t, t[0], len(t), t + (3,), tuple.__len__(t), tuple.__getitem__(t, 1))
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 1000)
print(I(1) + 2, 2 + I(1), I(5) * 2, int.__add__(I(1), 2), repr(I(3)), I(3) == 3, hash(I(3)) == hash(3))
class F(float): pass
print(F(1.5) + 1, F(2.5).is_integer(), repr(F(0.1)))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), len(d), dict.__getitem__(d, 'a'))
class L(list):
    def append(self, x): super().append(x * 10)
l = L([1]); l.append(2); print(l, l + [3], len(l), l[::-1], type(l[::-1]).__name__, type(l + []).__name__)
class I(int):
    def __repr__(self): return 'I(%d)' % self
class F(float): pass
a, f = I(7), F(2.5)
print(int(a), float(a), str(a), repr(a), -a, abs(I(-3)), a + 1, 1 + a, a * a, a // 2, a % 3, a ** 2, a << 1, a & 3, ~a, a == 7, a < 8, hash(a) == hash(7))
print(a.bit_length(), a.real, a.numerator, type(a.real).__name__, a.conjugate(), format(a, '05d'), f'{a:x}', '%d' % a, hex(a), bin(a), round(a), divmod(a, 2))
print(float(f), int(f), f + 1, f * 2, -f, f.is_integer(), f.as_integer_ratio(), round(f), f'{f:.2f}', f.real, str(f), repr(f), f == 2.5, math_ok := True)
print(int.__add__(I(1), I(2)), float.__mul__(F(2.0), 3), int.__neg__(I(4)), list(range(I(3))), [10, 20, 30][I(1)], 'abc'[I(1)], sorted([I(3), 1, 2]), max(I(3), 5))
print(type(a + 1).__name__, type(-a).__name__, type(int(a)).__name__, type(float(f)).__name__, isinstance(a, int), isinstance(True, int), issubclass(I, (str, int)))
print(bool(I(0)), bool(F(0.0)), I('12'), I('ff', 16), F('1.5'), I(), F())
try: int.__add__('a', 1)
except TypeError as e: print(e)
try: int.bit_length('a')
except TypeError as e: print(e)
for f, args in [(str.upper, (1,)), (str.split, (1,)), (list.append, ((), 1)), (dict.get, ([], 1)), (str.__len__, (1,)), (str.__add__, (1, 'a')), (str.join, (1, []))]:
    try: f(*args)
    except TypeError as e: print(e)
print(str.__add__('a', 'b'))
try: str.__add__('a', 1)
except TypeError as e: print(e)
print(str.__mul__('ab', 2), str.__rmul__('ab', 2), str.__lt__('a', 'b'), str.__eq__('a', 1), str.__ge__('b', 'a'))
try: str.__mul__('a', 'b')
except TypeError as e: print(e)
try: float.__add__(1, 2.0)
except TypeError as e: print(e)
