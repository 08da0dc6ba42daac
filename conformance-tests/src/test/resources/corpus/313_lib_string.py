import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("  ")))
print(all(c in string.printable for c in "Hello, World!"))
