print(int('𝟙𝟚'), int('𝟙0', 16), float('𝟙.5'), float(' 𝟚e𝟙 '), int('-𝟗'), int('٣𝟙'))
for s in ['1😀', '😀', '𝟙_𝟙', '\ud800']:
    try: print(int(s))
    except ValueError as e: print(e)
    try: print(float(s))
    except ValueError as e: print(e)
for c in ['x="a"; x **= 2', 'pow("a", 2, 3)', 'pow(2, "a", 3)', 'pow(2, 3, "a")', 'del (1).real', '(1).real = 2', '(1.5).imag = 2', 'str(1, 2)', 'str("a", "utf-8")', 'str(1, encoding="utf-8")', 'str(1, errors="x")', 'str("a", errors=1)', 'str(x=1)', 'print(str(object=5), str(), str(object=[1]))', 'print(int.real, type(int.real).__name__, (5).real, True.real, (2.5).imag)', 'print(str(1, 2, 3, 4))', 'str(1, object=2)']:
    try: exec(c)
    except Exception as e: print(c, type(e).__name__, e)
calls = ['len()', 'len(1, 2)', 'abs()', 'abs(1, 2)', 'divmod(1)', 'pow(1)', 'pow(1, 2, 3, 4)', 'round()', 'round(1.5, 2, 3)', 'sorted()', 'sorted([], 1)', 'sum()', 'min()', 'max(key=len)', 'zip(1)', 'map(len)', 'filter(len)', 'enumerate()', 'enumerate(1)', 'iter()', 'next()', 'isinstance(1)', 'isinstance(1, 1)', 'issubclass(1, int)', 'issubclass(int, 1)', 'hash([])', 'ord(1)', 'chr("a")', 'chr(2**70)', 'hex(1.5)', 'bin("1")', 'oct([])', 'getattr(1)', 'getattr(1, 2)', 'setattr(1, "x", 2)', 'delattr(1, "real")', 'callable()', 'repr()', 'format()', 'int("1", base=1)', 'float(1, 2)', 'str(1, 2)', 'list(1)', 'list(1, 2)', 'tuple(1)', 'dict(1, 2)', 'set(1)', 'frozenset(1)', 'bool(1, 2)', 'range()', 'range(1, 2, 3, 4)', 'range("a")', 'slice()', 'type(1, 2)', 'vars(1)', 'dir(1, 2)', 'print(1, sep=2)', 'sum([1], 2, 3)', 'any()', 'all(1)', 'reversed(1)', 'min(1, 2, key=3)', 'max([], key=len)', 'sorted([1, 2], key=len)', 'zip([1], [2, 3], strict=True)', 'list(zip([1, 2], [3], strict=True))', 'int(1.5, 2)', 'round(1.5, "a")', 'round("a")', 'divmod("a", 1)', 'pow("a", 2)', 'abs(None)', 'len(None)', 'iter(None)', 'sum(None)', 'min(None)', '-"a"', '~1.5', 'None + 1', '[] < ()', '1 < "a"', '{} < {}', 'None < None', '1 @ 2', '"a" ** 2', '[1] - [1]', '{1} + {2}', 'int() + []']
for c in calls:
    try: r = eval(c); print(c, '->', r if not hasattr(r, '__next__') else list(r))
    except Exception as e: print(c, '!', type(e).__name__, e)
