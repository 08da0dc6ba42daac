# isinstance, issubclass and type with builtins and user classes.
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (str, int)), isinstance(None, (int, str)))
print(type(1).__name__, type(1.5).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(()).__name__, type({}).__name__, type(range(1)).__name__, type(len).__name__)
print(type(1) is int, type(True) is int, type(True) is bool)
print(issubclass(bool, int), issubclass(int, object), issubclass(str, object))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
c = C()
print(isinstance(c, A), isinstance(c, B), isinstance(A(), B), isinstance(c, object))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (int, A)))
print(type(c).__name__, type(c) is C, type(c) is B, type(C).__name__)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), isinstance(StopIteration(), Exception))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence"
    return type(x).__name__
print([kind(v) for v in [True, 3, [1], (2,), "s", 2.0, None]])
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
print(int("5") + int(2.7), str(5) + "5", float("1.5") * 2, list((1, 2)), tuple([3]))
