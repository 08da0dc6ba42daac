# Memoized recursion with dicts, decorators, and closures
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@memoize
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

@memoize
def partitions(n, m):
    if n == 0: return 1
    if n < 0 or m == 0: return 0
    return partitions(n - m, m) + partitions(n, m - 1)

def lcs(a, b):
    memo = {}
    def go(i, j):
        key = (i, j)
        if key in memo: return memo[key]
        if i == len(a) or j == len(b):
            r = ""
        elif a[i] == b[j]:
            r = a[i] + go(i + 1, j + 1)
        else:
            x, y = go(i + 1, j), go(i, j + 1)
            r = x if len(x) >= len(y) else y
        memo[key] = r
        return r
    return go(0, 0), len(memo)

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in coins if c <= a), default=float("inf"))
    return ways[amount], best[amount]

print(fib(100), fib.__name__, fib.__doc__, len(fib.cache))
print([binom(10, k) for k in range(11)], binom(60, 30))
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"{s!r:>12} -> {t!r:<12} {edit_distance(s, t)}")
print(coin_change([1, 5, 10, 25], 100), coin_change([2], 3), coin_change([3, 7], 0))

def ackermann(m, n, _memo={}):
    if (m, n) in _memo: return _memo[m, n]
    if m == 0: r = n + 1
    elif n == 0: r = ackermann(m - 1, 1)
    else: r = ackermann(m - 1, ackermann(m, n - 1))
    _memo[m, n] = r
    return r
print([ackermann(2, n) for n in range(6)], ackermann(3, 3), len(ackermann.__defaults__[0]))

def knapsack(items, cap):
    memo = {}
    def best(i, c):
        if i == len(items): return (0, ())
        if (i, c) in memo: return memo[i, c]
        name, w, v = items[i]
        skip = best(i + 1, c)
        res = skip
        if w <= c:
            val, chosen = best(i + 1, c - w)
            if val + v > skip[0]:
                res = (val + v, (name,) + chosen)
        memo[i, c] = res
        return res
    return best(0, cap)
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
import sys
print(sys.getrecursionlimit() >= 1000)
def count_paths(r, c, memo=None):
    memo = {} if memo is None else memo
    if r == 0 or c == 0: return 1
    if (r, c) not in memo:
        memo[r, c] = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    return memo[r, c]
print(count_paths(16, 16), count_paths(30, 30))
