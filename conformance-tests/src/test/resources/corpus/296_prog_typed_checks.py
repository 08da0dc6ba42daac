# Runtime type checking driven by function annotations and union types (int | None, ...)
def checked(fn):
    hints = fn.__annotations__
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    def wrapper(*args, **kwargs):
        bound = dict(zip(names, args))
        bound.update(kwargs)
        for name, value in bound.items():
            expected = hints.get(name)
            if expected is not None and not isinstance(value, expected):
                raise TypeError(f"{fn.__name__}(): {name}={value!r} is not {expected}")
        result = fn(*args, **kwargs)
        ret = hints.get("return")
        if ret is not None and not isinstance(result, ret):
            raise TypeError(f"{fn.__name__}() returned {type(result).__name__}, expected {ret}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__annotations__ = hints
    return wrapper

@checked
def scale(value: int | float, factor: int = 2, label: str | None = None) -> float:
    out = float(value * factor)
    return out if label is None else out

@checked
def broken(n: int) -> str:
    return n * 2

class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

print(scale.__annotations__)
print(scale(3), scale(2.5, 4), scale(1, label="x"), scale(value=7, factor=3))
for call in [lambda: scale("3"), lambda: scale(1, 2.0), lambda: scale(1, label=5), lambda: broken(4)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(Point.__init__.__annotations__, Point.dist.__annotations__)
print(isinstance(None, int | None), isinstance(True, int | str), issubclass(bool, int | None), int | str == str | int)
print((int | str).__args__ if hasattr(int | str, "__args__") else None, repr(int | None), list[int], dict[str, tuple[int, ...]])
for bad in [lambda: isinstance(1, list[int] | str), lambda: issubclass(int, list[int] | str), lambda: isinstance(1, (int, "x")),
            lambda: isinstance(1, ("x", int)), lambda: issubclass(3, int)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def plain(a, b=1): return a
print(plain.__annotations__, plain.__dict__, (lambda q: q).__annotations__)
plain.__annotations__ = {"a": int}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__, plain.__code__.co_varnames, plain.__defaults__)
x: int = 5
label: str
print(__annotations__)
print(list[int] == list[int], list[int].__origin__, list[int].__args__, hash(int|str)==hash(str|int), (int|str) == (int|str|int), (int|str) != (int|float))
print((int|str) == (str|int), (int | list[int]) == (list[int] | int), {int | str: 1}[str | int], list[int] != list[str], dict[str, int] == dict[str, int], (int|str) == int, list[int] == list)
print(hash(list[int]) == hash(list[int]), (int | None).__args__)
