# Custom exception classes, args, str and hierarchy.
class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
try:
    raise MyError("simple", 42)
except MyError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(e, e.code, e.msg, e.args, isinstance(e, DetailedError))
print(str(MyError()), repr(MyError()), str(MyError("one")), repr(MyError("one")))
print(str(ValueError(1, 2)), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(ValueError("x")), repr(TypeError()), str(IndexError("i")))
class ValidationError(ValueError):
    pass
try:
    raise ValidationError("bad value")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
errors = [MyError("a"), ValidationError("b"), DetailedError(1, "c")]
for err in errors:
    try:
        raise err
    except DetailedError:
        print("detailed", err)
    except MyError:
        print("mine", err)
    except Exception:
        print("other", err)
e = MyError("attrs")
e.extra = "set later"
print(e.extra, e.args)
print(issubclass(DetailedError, Exception), MyError.__name__, issubclass(ValidationError, Exception))
try:
    raise MyError
except MyError as e:
    print("raised class:", repr(e))
