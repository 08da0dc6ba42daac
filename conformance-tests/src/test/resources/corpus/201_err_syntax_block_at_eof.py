# A compound statement header on the last line: "expected an indented block"
# is reported at the end of the input (no caret when the program is a file).
values = [1, 2, 3]
for v in values:
    print(v)
if values:
