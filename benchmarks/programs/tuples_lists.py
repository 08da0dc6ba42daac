# tuples and lists: a grab-bag of sequence idioms - slicing with steps, tuple packing and
# unpacking (including starred), list/tuple comprehensions with conditions, zip/enumerate,
# sum/min/max, list.extend/insert/pop, sequence concatenation and repetition, and a matrix
# transpose/multiply on lists of lists.
# Exercises sequence construction and iteration far more than arithmetic.
# Should benefit from: UNPACK_SEQUENCE (tuple/list of 2 and 3), BINARY_SUBSCR (list/tuple by int
# and by slice), FOR_ITER (list, tuple, range, zip, enumerate), CALL (builtins len/sum/zip/
# enumerate, list methods), COMPARE_OP (int, tuple); generic: comprehension list/tuple building.
import sys

SIZES = {"full": (40, 270), "tiny": (12, 3)}  # (matrix size, rounds)


def make_matrix(n, seed):
    state = seed
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 69069 + 1) & 0xFFFFFFFF
            row.append((state >> 20) % 19 - 9)
        rows.append(row)
    return rows


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def rotate_pairs(seq):
    # pairwise swap via slices with steps
    out = list(seq)
    out[0::2], out[1::2] = seq[1::2], seq[0::2]
    return out


def run_lengths(seq):
    runs = []
    prev = None
    count = 0
    for x in seq:
        if x == prev:
            count += 1
        else:
            if count:
                runs.append((prev, count))
            prev, count = x, 1
    if count:
        runs.append((prev, count))
    return runs


def tuple_games(values):
    acc = 0
    triples = [(v, v * 2, v - 3) for v in values]
    for a, b, c in triples:
        a, b, c = c, a, b
        acc += a * 3 + b * 5 - c
    first, *middle, last = values
    acc += first * 7 + last * 11 + len(middle)
    pairs = list(zip(values, values[1:]))
    for i, (x, y) in enumerate(pairs):
        if x < y:
            acc += i
        else:
            acc -= y
    lo = min(pairs)
    hi = max(pairs)
    acc += lo[0] * 13 + hi[1] * 17
    flat = [x for pair in pairs for x in pair if x % 3 != 0]
    acc += sum(flat[::3]) - sum(flat[1::5])
    rev = values[::-1]
    acc += sum(a * b for a, b in zip(values, rev)) % 1009
    return acc


def list_ops(values):
    work = []
    for v in values:
        if v % 4 == 0:
            work.insert(len(work) // 2, v)
        elif v % 4 == 1:
            work.append(v)
        elif work:
            work.pop()
        else:
            work.extend((v, -v))
    chunks = [work[i:i + 5] for i in range(0, len(work), 5)]
    total = 0
    for chunk in chunks:
        total += chunk[0] - chunk[-1] + len(chunk)
    doubled = (work + work[:3]) * 2 + [len(values)]
    total += len(doubled) + doubled[len(doubled) // 2]
    total += len(run_lengths(sorted(x % 7 for x in work)))
    return total


def main():
    n, rounds = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    checksum = 0
    for r in range(rounds):
        a = make_matrix(n, r + 1)
        b = make_matrix(n, r + 1000)
        c = matmul(a, b)
        diag = [c[i][i] for i in range(n)]
        flat = [x for row in c for x in row]
        values = rotate_pairs(flat)
        checksum = (checksum * 31 + sum(diag)) % 1000000007
        checksum = (checksum * 31 + tuple_games(values)) % 1000000007
        checksum = (checksum * 31 + list_ops(values)) % 1000000007
    print("matrix %dx%d, %d rounds" % (n, n, rounds))
    print("checksum:", checksum)


main()
