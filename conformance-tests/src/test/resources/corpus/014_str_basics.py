# Strings: indexing, slicing, concatenation, repetition, membership, iteration.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1], s[1:10:3], s[-1:-6:-1])
print(s[100:], s[5:2], s[-100:3])
print(len(s), s + "!", s * 2, "-" * 10)
print("World" in s, "world" in s)
for ch in "abc":
    print(ch, end=" ")
print()
print(str(123), str(4.5), str(None), str([1, "a"]), repr("q"))
print(ord("A"), chr(66), ord("é"), chr(233), chr(0x263A))
print("abc" == "abc", "abc" < "abd", "a" * 0 == "")
words = []
for w in "one two  three".split():
    words.append(w.upper())
print(words)
print(list("xyz"), tuple("ab"), sorted("banana"))
print("a,b,,c".split(","), "a b".split(" "), "  x  y ".split())
print("%s|%5s|%-5s|" % ("a", "b", "c"))
t = "immutable"
try:
    t[0] = "I"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[50])
except IndexError as e:
    print("IndexError:", e)
print(len("abc" + "cd"), "ab" + "cd" == "abcd")
