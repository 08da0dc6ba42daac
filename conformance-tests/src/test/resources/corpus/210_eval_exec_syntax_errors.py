# eval() of bad or odd source: leading blanks skipped, no newline added, so an
# error at the end of the input has offset 0; exec() keeps the text newline.
for s in ["1 +", "(1,", "x y", "1 +\n", "", "  1", "1 if", "1 +  ", "\t2 *", "[1,\n2,", "x = 1", "1 2\n"]:
    try:
        print(repr(s), eval(s))
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in [" 1 + 2 \n", "\n1", "3\n\n", "  [1,\n 2]", "4  # c", "\t5\t", "(6\n)", " \n", "\n", "  ", "\r\n7"]:
    try:
        print(repr(s), eval(s))
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ["1 +", "x y", "def f(:\n pass"]:
    try:
        exec(s)
    except SyntaxError as e:
        print("exec", repr(s), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
