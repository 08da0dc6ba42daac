# Dataclass-like classes built by hand: __eq__/__repr__/__lt__/__hash__, total ordering
def record(*fields, order=False, frozen=False):
    def deco(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{k}'")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument '{k}'")
                values[k] = v
            for f in fields:
                if f not in values:
                    if hasattr(cls, f):
                        values[f] = getattr(cls, f)
                    else:
                        raise TypeError(f"{cls.__name__}() missing required argument: '{f}'")
            for f in fields:
                object.__setattr__(self, f, values[f])
            if hasattr(self, "__post_init__"):
                self.__post_init__()
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __repr__(self):
            return f"{cls.__qualname__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return astuple(self) == astuple(other)
        cls.__init__, cls.__repr__, cls.__eq__, cls._astuple = __init__, __repr__, __eq__, astuple
        cls._fields = fields
        if order:
            def make(op):
                def cmp(self, other):
                    if other.__class__ is not self.__class__:
                        return NotImplemented
                    return op(astuple(self), astuple(other))
                return cmp
            cls.__lt__ = make(lambda a, b: a < b)
            cls.__le__ = make(lambda a, b: a <= b)
            cls.__gt__ = make(lambda a, b: a > b)
            cls.__ge__ = make(lambda a, b: a >= b)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field '{name}'")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        return cls
    return deco

@record("x", "y", order=True, frozen=True)
class Point:
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@record("name", "qty", "price", order=True)
class Item:
    qty = 1
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
    @property
    def total(self):
        return self.qty * self.price

p, q = Point(1, 2), Point(x=3, y=-1)
print(p, q, p + q, abs(Point(3, 4)), p == Point(1, 2), p != q, p < q, sorted([q, p, Point(0, 9)]))
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), q}), Point._fields, p._astuple())
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
items = [Item("apple", 3, 0.5), Item("pear", price=0.75), Item("fig", 12, 0.2), Item("apple", 1, 0.6)]
for it in sorted(items):
    print(f"{it!r:45} total={it.total:6.2f}")
print(max(items), min(items, key=lambda i: i.total).name, sum(i.total for i in items))
print(Item("a", 1, 1) == Item("a", 1, 1), Item("a", 1, 1) == Point(1, 1), Item.__hash__ is None)
try:
    hash(items[0])
except TypeError as e:
    print("TypeError:", e)
for args, kw in [((1, 2, 3), {}), ((1,), {"x": 2}), ((), {"x": 1}), ((1, 2), {"z": 5})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    Item("bad", 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    p < items[0]
except TypeError as e:
    print("TypeError:", e)
inv = {}
for it in items:
    inv[it.name] = inv.get(it.name, 0) + it.qty
print(sorted(inv.items()), Point.__qualname__, Item.__name__, Point.__lt__.__name__)
