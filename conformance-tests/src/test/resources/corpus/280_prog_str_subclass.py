# str subclasses and str slot methods used by realistic code (Symbol-like str subclasses)
print('a'.__lt__(1), str.__len__('abc'), 'ab'.__getitem__(slice(None,None,-1)), list('ab'.__iter__()), 'a'.__rmul__(3), 'a'.__ne__(1), 'b'.__ge__('a'), str.__add__('x', 'y'), 'ab'.__mul__(2))
print(list(map(str.__len__, ["a", "bcd"])), sorted(["b", "a"], key=str.__len__))
class S(str):
    pass
s = S("hey")
print(s + "!", s * 2, len(s), s[1], "e" in s, s < "z", list(s), str.__add__(s, "x"), S.__len__(s))
class T(str):
    def __add__(self, o): return "T+" + str.__add__(self, o)
    def __len__(self): return 42
t = T("ab")
print(t + "c", len(t), "ab" + t, t.__len__(), str.__len__(t))
for bad in [lambda: 'a'.__contains__(1), lambda: str.__add__(1,'a'), lambda: 'abc'.__getitem__(10), lambda: 'a'.__mul__('x'), lambda: 'a' + 1, lambda: 'a'.__add__(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class S(str): pass
a = S("x")
print("-".join([a, "y", S("z")]), ",".join((S("q"),)), type(",".join([S("q")])).__name__)
print(S("a b").split(), S("abc").upper(), type(S("abc").upper()).__name__, S("ab").replace("a", "c"), S(" x ").strip())
print(S("hi") in {"hi": 1}, {"hi": 1}[S("hi")], S("a") == "a", hash(S("a")) == hash("a"), sorted([S("b"), "a"]))
print("%s-%s" % (S("a"), S("b")), f"{S('x'):>3}", str(S("k")), repr(S("k")), S("abc")[1:], S("ab") * 2, len(S("abc")))
print("abc".startswith(S("a")), "abc".find(S("c")), "a,b".split(S(",")), "abc".replace(S("b"), S("X")), "x".center(5, S("*")))
print(int(S("12")), float(S("1.5")), S("3").isdigit(), list(S("ab")), S("a").join(["1", "2"]), ord(S("A")))
print(int(S("ff"), 16), int(S(" 7 ")), float(S("inf")))
class N(str):
    def __int__(self): return 99
print(int(N("5")))
