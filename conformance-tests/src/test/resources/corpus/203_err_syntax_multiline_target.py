# An invalid assignment target spanning two lines: the caret line covers the
# rest of the first line (its newline counts, as in CPython).
def f(a, b):
    return a + b

f(1,
  2) = 3
