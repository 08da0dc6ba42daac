# return/break inside finally override exceptions and earlier returns.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop ended at %d" % i
print(loop_swallow())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skip")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally runs before return")
print(except_return())
def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(count_finally())
