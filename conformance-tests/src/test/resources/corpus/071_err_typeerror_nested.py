# Uncaught TypeError from nested calls: a traceback with several frames.
def total(prices):
    s = 0
    for p in prices:
        s = s + p
    return s
def report(items):
    print("items:", len(items))
    return "total " + str(total(items))
def main():
    print(report([1, 2, 3]))
    print(report([1, "two", 3]))
main()
