# raise ... from ..., __cause__, __context__ and suppression.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("cannot load " + key) from e
try:
    load("b")
except AppError as e:
    print("AppError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise RuntimeError("replacement") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("direct") from ValueError("explicit cause")
except TypeError as e:
    print(e, "<-", e.__cause__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("implicit")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
