# Numeric algorithms: sieve, matrix multiply, binary search.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
m = [[1, 2], [3, 4]]
print(matmul(m, m), matmul(m, [[1, 0], [0, 1]]))
p = m
for _ in range(10):
    p = matmul(p, m)
print(p)
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
primes = sieve(100)
print(bsearch(primes, 37), bsearch(primes, 38), bsearch(primes, 2), bsearch(primes, 97))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(2 ** 101))
print(sum(1 / (k * k) for k in range(1, 1000)))
