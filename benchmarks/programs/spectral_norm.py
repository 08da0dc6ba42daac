# spectral norm: the largest singular value of an infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1),
# by power iteration on A^T A.
# Exercises small-function calls in tight loops, int and float arithmetic, list building and
# indexing, generator-free nested loops.
# Should benefit from: CALL (Python function, fixed arity), BINARY_OP (int add/mul/floordiv,
# float add/mul/div, int/float mix), BINARY_SUBSCR (list by int), FOR_ITER (range), LOAD_GLOBAL.
import sys
from math import sqrt

SIZES = {"full": 480, "tiny": 20}


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    result = sqrt(vbv / vv)
    print("spectral norm: %.9f" % result)
    print("checksum:", repr(result))


main()
