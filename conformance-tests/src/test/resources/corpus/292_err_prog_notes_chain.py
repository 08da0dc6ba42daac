# Notes added to a cause and to the re-raised exception: both printed in the chained traceback
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        e.add_note("first")
        e.add_note("second\nline")
        raise KeyError("k") from e
try:
    f()
except KeyError as k:
    k.add_note("on the key")
    k.__notes__.append(42)
    raise
