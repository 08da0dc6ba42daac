# String literal forms and escapes.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("tab\there", "new\nline")
print("back\\slash")
print(r"raw\nstring", r'C:\path\to')
print("""triple
double""")
print('''triple
single''')
print("\x41\x42", "\101\102", "\u00e9", "\N{GREEK SMALL LETTER ALPHA}")
print("a" "b" 'c')
print(len("\n"), len(r"\n"))
print(repr('x'), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\t"), repr("nl\n"), repr("\\"), repr("\x00\x7f"))
print(repr("é"), repr("\u00e9t\u00e9"))
print("" == '', len(""))
s = "multi" \
    "line"
print(s)
print("""a\
b""")
print(R"Raw", U"unicode")
