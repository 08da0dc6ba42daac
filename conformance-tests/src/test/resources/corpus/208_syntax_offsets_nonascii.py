# Columns of syntax errors in exec()'d source with non-ASCII text: the parser
# and the tokenizer count characters, the compiler counts UTF-8 bytes.
SOURCES = [
    'print("é" 1)\n',
    'x = "é" + (1\n',
    'x = "é"; y = $\n',
    'x = "é" = 1\n',
    'x = "é"; return 5\n',
    'x = "ü"; break\n',
    'def f():\n    x = "ÿ"; yield from 1 = 2\n',
    's = "日本"; del f()\n',
    'x = "é"; nonlocal y\n',
]
for src in SOURCES:
    try:
        exec(src, {})
        print(repr(src), "ran")
    except SyntaxError as e:
        print(repr(src), "->", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
