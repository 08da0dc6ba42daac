# with-statement protocol: __exit__ arguments, suppression, errors, nesting, early exits
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None, type(tb).__name__)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with CM("outer", True), CM("inner"):
    1 / 0
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
for obj in [OnlyEnter(), OnlyExit(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("no enter")
    def __exit__(self, *a): print("never"); return True
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("enter failed:", e)
