# subclasses of int/float/str: conversions, unbound slot methods, % formatting, layouts
class I(int):
    def __repr__(self): return f"I({int(self)})"
class F(float):
    def __repr__(self): return "F!"
class S(str):
    def __str__(self): return "S!"
print(int(I(3)), float(F(2.5)), int(F(2.5)), I(3), [I(1)], str(I(4)))
print(int.__add__(I(3), I(4)), float.__mul__(F(2.0), 3), int.__repr__(I(5)), I(7).bit_length())
print(F(1.5).is_integer(), I(3).__int__(), F(2.5).__float__(), F(2.5).__trunc__(), round(F(2.5)))
print(abs(I(-2)), -I(2), I(5) // 2, divmod(I(7), 2), I(2) ** 3, I(3).real, F(2.5).hex())
print(hash(I(3)) == hash(3), I(3) == 3, F(0.5) < 1, format(I(255), 'x'), f"{F(1.25):.1f}")
print(str(S("x")), S("x") + "y", "%s" % S("q"), "%r" % S("q"), "%s|%s" % (S("w"), I(9)))
print("%s" % I(3), "%d" % I(3), "%.1f %x %5.2f" % (F(2.5), I(255), I(1)))
class T(tuple): pass
class D(dict): pass
print("%s-%s" % T((1, 2)), "%(a)s" % D(a=5))
class RM(str):
    def __rmod__(self, o): return "rmod!"
print("%s" % RM("x"))
class Own(int):
    def __int__(self): return 42
    def __index__(self): return 7
print(int(Own(1)), [10, 20, 30, 40, 50, 60, 70, 80][Own(1)], Own(1) + 1)

for bases in ["int, str", "list, dict", "Exception, int", "ValueError, KeyError", "int, object",
              "dict, object", "ValueError, TypeError, Exception", "I, int", "int, I", "I, I"]:
    try:
        exec(f"class X({bases}): pass")
        print(bases, "ok", [c.__name__ for c in X.__mro__])
    except TypeError as e:
        print(bases, "->", e)
