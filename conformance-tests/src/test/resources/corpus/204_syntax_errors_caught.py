# SyntaxError raised by exec() of bad source, caught: msg, lineno, offset,
# end positions and text (which keeps its newline) as CPython 3.11 reports.
SOURCES = [
    "try:\n    pass\n",
    "try:\n    pass",
    "if True:\n",
    "\\\n",
    "x = 1\n  \\\n",
    "x = 1 \\\n",
    "x = (1,\n2,\n",
    "x = [1,\n 2\n y = 3\n",
    "f(a,\n  b) = 3\n",
    "x = \"abc\n",
    "print(f\"{a b}\")\n",
    "x = (1,\n  f\"{a b}\")\n",
    "[x for x in y] = 1",
    "x, [y for y in z] = 1",
    "[x for x in y], a = 1",
    "[1, 2] + x = 3",
    "if [x for x in y] = 1: pass",
    "print([1, 2] = 3)",
    "print(x.y = 1)",
    "(a, b) := 1",
    "x.y := 5",
    "[i for i in x] := 1",
    "__debug__ = 1",
    "del __debug__",
    "def f(a, __debug__): pass",
    "x.__debug__ = 1",
    "f(__debug__=1)",
    "lambda __debug__: 1",
    "import a as __debug__",
    "class __debug__: pass",
]

for src in SOURCES:
    try:
        exec(src, {})
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg))
        print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(__debug__)
