# Nested try statements and re-raising.
def inner():
    try:
        raise ValueError("from inner")
    except ValueError:
        print("inner handler, re-raising")
        raise
def middle():
    try:
        inner()
    except KeyError:
        print("not reached")
    finally:
        print("middle finally")
try:
    middle()
except ValueError as e:
    print("top caught:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("first:", e)
        raise ValueError("converted")
except ValueError as e:
    print("second:", e, "| context:", repr(e.__context__))
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
        raise err
except TypeError as e2:
    print("same object:", e2 is err)
def retry(n):
    for attempt in range(n):
        try:
            if attempt < 2:
                raise RuntimeError("attempt %d" % attempt)
            return "ok after %d" % attempt
        except RuntimeError as e:
            print("retrying:", e)
    return "gave up"
print(retry(5), retry(2))
try:
    try:
        raise KeyError("k")
    finally:
        print("finally before propagation")
except KeyError as e:
    print("propagated", e)
try:
    raise IndexError("x")
except IndexError as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)
