# str predicates over selected code-point ranges (characters assigned in Unicode 13)
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isprintable', 'isidentifier', 'isalnum', 'isupper', 'islower', 'istitle']
ranges = [(0, 0x600), (0xE30, 0xE40), (0x1360, 0x1380), (0x2000, 0x20C0), (0x2100, 0x2200), (0x4DFF, 0x4E10), (0x2440, 0x2500), (0x2770, 0x2800), (0x3090, 0x30A0), (0xFE70, 0xFE80), (0xFF00, 0xFFF0), (0x10100, 0x10140), (0x1D7C0, 0x1D800), (0x1F100, 0x1F110)]
for lo, hi in ranges:
    chars = [chr(c) for c in range(lo, hi)]
    print(hex(lo), hex(hi))
    for p in preds:
        hits = [hex(ord(ch)) for ch in chars if getattr(ch, p)()]
        print('  ', p, len(hits), hits[:12], hits[-6:])
    cont = [hex(ord(ch)) for ch in chars if ('a' + ch).isidentifier()]
    print('   continue', len(cont), cont[:12], cont[-6:])
print([s.isdigit() for s in ['²', '①', '⑴', '⒈', '❶', '⅟', '↉', '១', '𝟘']], [s.isnumeric() for s in ['½', 'Ⅻ', '〇', '四']], [s.isidentifier() for s in ['ﾞ', 'aﾞ', 'ำ', 'aำ', 'ͺ', 'ℌ', '℘', '゛']])
