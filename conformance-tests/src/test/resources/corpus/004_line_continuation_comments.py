# Explicit and implicit line joining, comments and blank lines.
total = 1 + \
        2 + \
        3
print(total)

values = [
    1,   # first
    2,   # second
    3,
]
print(values)
# a comment line


result = (10
          * 2
          - 5)
print(result)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(a,
      b,
      c):
    return a + b + c
print(f(1,
        2,
        3))
if total > 5 and \
   result > 5:
    print("both")
x = 1; y = 2; print(x + y)
print("hash # inside string")  # real comment
