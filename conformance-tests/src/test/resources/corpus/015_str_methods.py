# str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"))
print("a,b,c".split(","), "a,b,c".split(",", 1), "a  b".split(" "), " a b ".split())
print("line1\nline2".split("\n"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(("x", "o")))
print("hello".find("l"), "hello".find("z"), "hello".find("l", 3), "hello".find("lo"))
print("Hello".upper(), "Hello".lower(), "MiXeD 123".upper(), "MiXeD 123".lower())
print("a.b.c".replace(".", ""), "path/to/file".split("/")[-1], "x=1".split("="))
print("  padded  ".strip().upper(), "CSV,row,,end".lower().split(","))
print("hello".upper().lower(), "abc".startswith(""), "abc".endswith("abc"))
print("x".join("abc"), "ab" "cd".upper())
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
words = "the quick brown fox".split()
print(" ".join(w[::-1] for w in words))
print(str.upper("abc"), "a b c".split(None, 1))
print("tab\tsep".split("\t"), "abc".find(""))
