# A parser error on a line with non-ASCII text: reading a file with no coding
# declaration, CPython 3.11 reports UTF-8 byte columns, so the carets shift.
greeting = "héllo wörld"
print(greeting)
print("café" greeting)
