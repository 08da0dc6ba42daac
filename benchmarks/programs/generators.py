# generators: pipelines of generator functions (counting, filtering, mapping, windowing, merging),
# generator expressions consumed by sum/any/max, yield from delegation, send() to a coroutine-
# style accumulator, and itertools helpers (islice, chain, accumulate).
# Exercises generator frame suspension/resumption, FOR_ITER over generators, yield/yield from,
# and builtins consuming iterators.
# Should benefit from: FOR_ITER (generator, range, list), CALL (generator functions, builtins
# sum/max/next), BINARY_OP (int), COMPARE_OP (int), UNPACK_SEQUENCE (tuple of 3); generic:
# generator resumption and yield from.
import sys
from itertools import islice, chain, accumulate

SIZES = {"full": (400000, 5), "tiny": (5000, 1)}  # (stream length, rounds)


def lcg_stream(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 16


def only(pred, xs):
    for x in xs:
        if pred(x):
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k % 10007


def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total // count


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def one_round(n, seed):
    acc = 0
    stream = scaled(only(lambda v: v % 3 != 0, lcg_stream(seed, n)), 7)
    for w in windows(stream, 3):
        a, b, c = w
        if a < b < c:
            acc += 1
    acc += sum(x for x in lcg_stream(seed + 1, n // 2) if x & 1)
    acc += max(islice(lcg_stream(seed + 2, n), 0, n, 3))
    nested = [[i, [i + 1, [i + 2]]] for i in range(n // 20)]
    acc += sum(flatten(nested))
    avg = averager()
    next(avg)
    for v in islice(lcg_stream(seed + 3, n), n // 4):
        last = avg.send(v)
    acc += last
    acc += sum(islice(accumulate(chain(range(100), lcg_stream(seed, n // 10))), 0, None, 7)) % 1000003
    acc += sum(x % 1000 for x in islice(fib_gen(), 300))
    return acc


def main():
    n, rounds = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 1000003 + one_round(n, r + 1)) % (1 << 61)
    print("%d items x %d rounds" % (n, rounds))
    print("checksum:", checksum)


main()
