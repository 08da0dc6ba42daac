# Differential-fuzzing find: chr() of an int beyond a C int overflows (as %c and format c do).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("E", type(e).__name__, e)
for n in [2**31 - 1, 2**31, -2**31 - 1, 2**40, 10**20, -1, 0x110000]:
    show(lambda: chr(n))
    show(lambda: '%c' % n)
    show(lambda: format(n, 'c'))
