# recursive calls: naive Fibonacci, Ackermann's function, Takeuchi's function and a mutually
# recursive even/odd pair. Almost nothing but Python-to-Python calls and returns.
# Exercises frame creation, argument passing, int compares and small int arithmetic.
# Should benefit from: CALL (Python function, exact arity, recursive), LOAD_GLOBAL (module
# function), COMPARE_OP (int), BINARY_OP (int add/sub); generic: frame set-up and return.
import sys

sys.setrecursionlimit(10000)

# (fib n, ackermann (2, n), ackermann (3, n), tak arguments, even/odd limit)
SIZES = {"full": (33, 900, 8, (26, 18, 9), 1500), "tiny": (15, 100, 3, (12, 8, 4), 50)}


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main():
    fib_n, ack2_n, ack3_n, tak_args, parity_n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    f = fib(fib_n)
    a = ack(2, ack2_n) * 100000 + ack(3, ack3_n)
    t = tak(*tak_args)
    evens = 0
    for i in range(parity_n):
        if is_even(i):
            evens += 1
    print("fib(%d) = %d, ack = %d, tak = %d, evens = %d" % (fib_n, f, a, t, evens))
    print("checksum:", ((f * 1000003 + a) * 1000003 + t) * 1000003 + evens)


main()
