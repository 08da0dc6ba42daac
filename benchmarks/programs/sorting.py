# sorting with key functions: records (tuples) are sorted many ways - by lambda keys, tuple keys,
# operator.itemgetter/attrgetter, reverse, and stability-dependent multi-pass sorts; plus a merge
# sort and an insertion sort written in Python for comparison-heavy work.
# Exercises list.sort/sorted with Python callables as keys (many small calls), tuple comparison,
# lambdas, int and str comparisons, slicing and list concatenation.
# Should benefit from: CALL (lambda / Python function invoked from a builtin), COMPARE_OP
# (int, str, tuple), BINARY_SUBSCR (tuple/list by int), LOAD_ATTR (instance), FOR_ITER.
import sys
from operator import itemgetter, attrgetter

SIZES = {"full": (20000, 10), "tiny": (1000, 1)}  # (records, rounds)

NAMES = ["alder", "birch", "cedar", "dogwood", "elm", "fir", "ginkgo", "hazel", "ilex",
         "juniper", "kapok", "larch", "maple", "nutmeg", "oak", "pine"]


class Item:
    def __init__(self, name, size, weight):
        self.name = name
        self.size = size
        self.weight = weight


def make_records(n, seed):
    state = seed
    out = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        r = state >> 33
        out.append((NAMES[r % 16] + str(r % 97), (r >> 4) % 1000, (r >> 14) % 50 - 25, i))
    return out


def merge_sort(xs, key):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid], key)
    right = merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        x = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > x:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = x
    return xs


def fold(acc, records, field):
    for pos, rec in enumerate(records):
        acc = (acc * 31 + rec[field] * (pos + 1)) % 2305843009213693951
    return acc


def one_round(n, seed, acc):
    records = make_records(n, seed)
    by_size = sorted(records, key=lambda r: r[1])
    acc = fold(acc, by_size, 3)
    by_name_size = sorted(records, key=lambda r: (r[0], -r[1]))
    acc = fold(acc, by_name_size, 3)
    by_weight = sorted(records, key=itemgetter(2, 3), reverse=True)
    acc = fold(acc, by_weight, 3)
    # two stable passes: secondary key first
    multi = sorted(records, key=itemgetter(1))
    multi.sort(key=lambda r: abs(r[2]))
    acc = fold(acc, multi, 3)
    items = [Item(r[0], r[1], r[2]) for r in records[: n // 2]]
    items.sort(key=attrgetter("weight", "name"))
    for pos, it in enumerate(items):
        acc = (acc * 17 + it.size + pos) % 2305843009213693951
    merged = merge_sort(records[: n // 2], lambda r: r[2] * 1000 + r[1])
    acc = fold(acc, merged, 3)
    small = insertion_sort([r[1] for r in records[: n // 20]])
    acc = fold(acc, [(v,) for v in small], 0)
    acc = (acc * 7 + len(sorted(set(r[1] for r in records)))) % 2305843009213693951
    return acc


def main():
    n, rounds = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    acc = 0
    for seed in range(rounds):
        acc = one_round(n, seed + 1, acc)
    print("sorted %d records x %d rounds" % (n, rounds))
    print("checksum:", acc)


main()
