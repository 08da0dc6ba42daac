# A RecursionError caught, after which the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth(0)
print("depth in a reasonable range:", 900 < d < 1000)
def works(n):
    return 0 if n == 0 else 1 + works(n - 1)
print(works(100))
print(isinstance(RecursionError(), RuntimeError))
