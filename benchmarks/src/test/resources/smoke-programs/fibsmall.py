# Harness test program: recursive calls. NAME.py [full|tiny]; output ends with a checksum line.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


size = sys.argv[1] if len(sys.argv) > 1 else "full"
n = 25 if size == "full" else 12
total = 0
for i in range(n):
    total += fib(i)
print("fib sum", total)
print("checksum:", total % 1000003)
