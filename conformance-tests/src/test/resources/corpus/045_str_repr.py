# __str__ and __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(1234)
print(m)
print(str(m), repr(m), [m, Money(5)], (m,))
print(f"{m} {m!r}", "%s %r" % (m, m), "{} {!r}".format(m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))
print({"k": Money(1)}, {Money(2): 1} != {})
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        if not self.kids:
            return "T(" + repr(self.v) + ")"
        return "T(" + repr(self.v) + ", " + repr(self.kids) + ")"
print(Tree("root", [Tree(1), Tree("x", [Tree(None)])]))
class Base:
    def __repr__(self):
        return type(self).__name__ + "()"
class Derived(Base):
    pass
print(Base(), Derived())
