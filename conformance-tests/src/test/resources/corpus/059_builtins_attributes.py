# hasattr, getattr, setattr, id, type.
class Obj:
    cls_attr = "class level"
    def method(self):
        return "method result"
o = Obj()
print(hasattr(o, "cls_attr"), hasattr(o, "nothing"), hasattr(o, "method"))
print(getattr(o, "cls_attr"), getattr(o, "nothing", "default"), getattr(o, "method")())
setattr(o, "dynamic", 123)
print(o.dynamic, getattr(o, "dynamic"))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in ["a", "b", "c"]])
try:
    getattr(o, "missing_attribute_xyz")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr("str", "upper"), getattr("abc", "upper")(), hasattr(5, "real"))
print(getattr([1, 2], "__len__")(), getattr(Obj, "cls_attr"))
setattr(Obj, "added", "on class")
print(o.added)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
x = 5
print(id(x) == id(x), id(None) == id(None))
print(type(o) is Obj, type(type(o)).__name__, type(Obj).__name__)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(42), hash(-7), hash((1, 2)) == hash((1, 2)), hash(0) == hash(0.0))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
