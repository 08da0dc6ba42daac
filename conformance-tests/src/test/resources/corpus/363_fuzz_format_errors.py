# Differential-fuzzing finds: format() error messages.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("E", type(e).__name__, e)


for v in [5, 2.5, 'x', True, 10**20]:
    for spec in ['ß', 'é', '\x7f', '~', 'y', 'Z', '\u20ac']:
        show(lambda: format(v, spec))
        show(lambda: ('{:' + spec + '}').format(v))
    show(lambda: format(v, None))
    show(lambda: format(v, 5))
