# A try block with no handler at the end of the file: CPython reports the
# error at the end of input, where a file (unlike a string) gives no caret.
print("never printed")

def f():
    return 1

try:
    f()
