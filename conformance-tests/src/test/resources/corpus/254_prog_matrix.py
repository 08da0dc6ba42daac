# Matrix operations with nested lists, Fractions-free rational Gauss elimination via ints
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    # Bareiss fraction-free elimination, exact for ints
    m = [row[:] for row in m]
    n = len(m)
    sign, prev = 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]

def fmt(m, width=None):
    width = width or max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(f"{x:>{width}}" for x in row) for row in m)

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(fmt(mat_mul(a, b)))
print(fmt(transpose(a)))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print(fmt(mat_pow([[2, 0], [0, 3]], 40)))
for m in ([[2, -3, 1], [2, 0, -1], [1, 4, 5]], [[1, 2], [2, 4]], [[0, 1], [1, 0]],
          [[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]):
    print("det", m, "=", det(m))
try:
    mat_mul(a, a)
except ValueError as e:
    print("error:", e)
h = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
print("\n".join("  ".join(f"{x:8.5f}" for x in row) for row in h))
print([round(sum(r), 6) for r in h], max(map(max, h)), min(min(r) for r in h))
grid = [[(i * 7 + j * 3) % 10 for j in range(5)] for i in range(5)]
print(fmt(grid, 2))
print("diag", [grid[i][i] for i in range(5)], "anti", [grid[i][-i - 1] for i in range(5)])
print("col sums", [sum(c) for c in zip(*grid)], "row max", list(map(max, grid)))
rot = [list(r) for r in zip(*grid[::-1])]
print(fmt(rot, 2))
flat = [x for row in grid for x in row]
print(flat.count(0), sorted(set(flat)), flat.index(9))
big = mat_pow([[1, 1], [1, 0]], 300)[0][1]
print(big, big.bit_length(), len(str(big)), big % 1000000007)
