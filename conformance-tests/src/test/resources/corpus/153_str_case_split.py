samples = ['', 'a', 'Hello World', '  spaced  out  ', 'a,b,,c,', 'MiXeD cAsE 123', 'tab\there', 'line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x1dw\x1ev\x85u\u2028t\u2029', 'ǅungla ǈ', 'ﬀ ß İ ŉ', '123', '١٢٣', '½', 'x²', 'Ⅻ', '   ', '\t\n', 'über straße', "o'neil mc-don", 'aaa', 'abcabc', '😀x😀', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ']
noarg = ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'casefold', 'isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'istitle', 'isupper', 'islower', 'isidentifier', 'isprintable', 'isascii', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs']
for s in samples:
    print(repr(s), [getattr(s, m)() for m in noarg])
    print('  ', s.split(','), s.rsplit(None, 1), s.split(' ', 2), s.rsplit('a', 1), s.splitlines(True), s.partition('a'), s.rpartition('a'), s.count('a'), s.find('a', 1), s.rfind('a', -3), s.replace('a', 'AA', 1), s.center(10, '-'), s.zfill(6), s.strip('a '), s.expandtabs(2), s.startswith(('x', 'a')), s.endswith(''), s.title().swapcase())
# case mappings over selected code-point ranges (Unicode 13 characters only)
for lo, hi in [(0xC0, 0x180), (0x1C4, 0x1CD), (0x386, 0x3D0), (0x1F80, 0x1FB8), (0x1FF2, 0x1FF8), (0xFB00, 0xFB07), (0xFB13, 0xFB18), (0x13F0, 0x13F8), (0xAB70, 0xAB74), (0x10400, 0x10404)]:
    chars = ''.join(chr(c) for c in range(lo, hi))
    print(hex(lo), chars.upper(), chars.lower(), chars.title(), chars.casefold(), chars.swapcase())
    print('  ', [ch.title() for ch in chars], [ch.capitalize() for ch in chars])
for w in ['ΣΑΣ ΟΔΟΣ', 'Σ', 'ΑΣ.', "ΑΣ'Α", 'aΣ1', 'ὈΔΥΣΣΕΎΣ', 'ΣΑΣ'.lower(), 'ςσΣ']:
    print(w, w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('a b  '.split(None, 1), '  a b '.rsplit(None, 1), ' a  '.split(None, 0), ' a  '.rsplit(None, 0), 'a b  '.split(maxsplit=2), ' x y z '.rsplit(maxsplit=1))
