# closures and higher-order functions: counters and accumulators built from nested functions
# with nonlocal cells, function composition, functools.partial and reduce, map/filter with
# lambdas, decorators that wrap calls, and keyword/default/*args argument passing.
# Exercises cell variables (LOAD_DEREF/STORE_DEREF), creating function objects at run time,
# calls through varied calling conventions (positional, keyword, defaults, *args, **kwargs).
# Should benefit from: CALL (Python function with defaults/keywords, closures, builtin map/filter
# calling lambdas), LOAD_GLOBAL, BINARY_OP (int); generic: cell (LOAD_DEREF/STORE_DEREF) access.
import sys
from functools import partial, reduce

SIZES = {"full": 1000000, "tiny": 1500}  # iterations


def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def make_accumulator():
    items = []

    def add(x, weight=1):
        items.append(x * weight)
        return len(items)

    def total():
        return sum(items)
    return add, total


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def get_calls():
        return calls
    wrapper.calls = get_calls
    return wrapper


@counted
def mix(a, b, c=3, *, scale=1):
    return (a * 31 + b * 7 + c) * scale % 65521


def affine(x, a=1, b=0):
    return (a * x + b) % 10007


def main():
    n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    tick = make_counter(5, 3)
    add, total = make_accumulator()
    f = compose(partial(affine, a=3, b=1), lambda v: v + 2, partial(affine, b=7, a=5))
    acc = 0
    for i in range(n):
        t = tick()
        add(t % 97, weight=i % 3 + 1)
        acc = (acc + f(i)) % 1000000007
        acc = (acc + mix(i, t)) % 1000000007
        if i % 5 == 0:
            acc = (acc + mix(i, b=acc % 100, c=i % 9, scale=2)) % 1000000007
    squares = list(map(lambda v: v * v % 1009, range(n // 4)))
    odd = list(filter(lambda v: v & 1, squares))
    acc = (acc + reduce(lambda a, b: (a * 3 + b) % 1000000007, odd, 1)) % 1000000007
    adders = [make_counter(k) for k in range(50)]
    for _ in range(n // 50):
        for c in adders:
            acc = (acc + c()) % 1000000007
    acc = (acc * 31 + total() + mix.calls()) % 1000000007
    print("%d iterations, %d wrapped calls" % (n, mix.calls()))
    print("checksum:", acc)


main()
