# 50,000-deep recursion with a raised recursion limit completes.
import sys
sys.setrecursionlimit(100000)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50000))
def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(50000, 0))
def build(n):
    return [] if n == 0 else [n] + build(n - 1)[:2]
print(build(30000))
