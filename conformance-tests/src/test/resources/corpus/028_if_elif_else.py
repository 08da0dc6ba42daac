# if / elif / else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 10, 100]:
    print(v, classify(v))
x = 5
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if "":
    print("not printed")
else:
    print("empty string is falsy")
if x > 3:
    if x > 4:
        print("nested yes")
    else:
        print("nested no")
if x == 1: print("one")
elif x == 5: print("five")
if None is None and (x > 0 or 1 / 0):
    print("short circuit protected")
grade = 85
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
else:
    letter = "C"
print(letter)
