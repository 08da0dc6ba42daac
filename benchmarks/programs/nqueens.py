# n-queens: count all placements of n non-attacking queens by backtracking, twice: once with
# explicit column/diagonal occupancy lists and once with generator-built candidate tuples.
# Exercises recursion, list indexing and stores, booleans, tuple concatenation, generator
# expressions with any()/all(), and small int arithmetic.
# Should benefit from: CALL (recursive Python function), BINARY_SUBSCR / STORE_SUBSCR (list by
# int), COMPARE_OP (int), BINARY_OP (int add/sub), FOR_ITER (range, generator), LOAD_GLOBAL,
# UNPACK_SEQUENCE (enumerate pairs).
import sys

SIZES = {"full": (12, 10), "tiny": (6, 5)}  # (board for occupancy lists, board for tuples)


def solve_lists(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            count += solve_lists(n, row + 1, cols, diag1, diag2)
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def safe(placed, col):
    row = len(placed)
    return all(c != col and abs(c - col) != row - r for r, c in enumerate(placed))


def solve_tuples(n, placed, out):
    if len(placed) == n:
        out.append(placed)
        return
    for col in range(n):
        if safe(placed, col):
            solve_tuples(n, placed + (col,), out)


def main():
    n1, n2 = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    checksum = 0
    for n in range(4, n1 + 1):
        count = solve_lists(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n))
        checksum = checksum * 31 + count
    print("solutions(%d) = %d" % (n1, count))
    solutions = []
    for n in range(4, n2 + 1):
        solutions.clear()
        solve_tuples(n, (), solutions)
        for sol in solutions:
            for c in sol:
                checksum = (checksum * 7 + c) % 1000000007
    print("tuple solutions(%d) = %d" % (n2, len(solutions)))
    print("checksum:", checksum)


main()
