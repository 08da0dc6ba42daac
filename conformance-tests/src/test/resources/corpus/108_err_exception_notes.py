# exception attributes, notes (shown after the uncaught message), with_traceback, SystemExit/BaseException catching
try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e.with_traceback(None)
except KeyError as e:
    print("rewrapped", repr(e))
def f():
    try:
        return 1
    finally:
        import sys
        print("exc_info in finally", sys.exc_info()[0])
f()
try:
    try:
        raise TypeError("t")
    finally:
        print("finally during exception")
except TypeError:
    pass
e1 = ValueError("a"); e2 = KeyError("b")
e2.__cause__ = e1
print(e2.__cause__ is e1, e2.__suppress_context__)
class MyErr(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
try:
    raise MyErr("m", 1, extra="x")
except MyErr as e:
    print(e, e.args, e.extra)
print(BaseException.__subclasses__ is not None, issubclass(KeyError, LookupError), KeyError.__mro__[1].__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", type(e).__name__)
err = ValueError("x", "y")
print(str(err), repr(err), err.args)
print(repr(OSError(2, "No such file")), OSError(2, "nf").errno, str(OSError(2, "nf")))
print(repr(StopIteration(5)), StopIteration(5).value)
ex = Exception()
ex.custom = 1
print(ex.custom, ex.__dict__ if hasattr(ex, '__dict__') else None)
e = ValueError("z")
e.add_note("uncaught note")
raise e
