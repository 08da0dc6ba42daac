from functools import reduce
reduce(lambda a, b: a / b, [1, 0])
