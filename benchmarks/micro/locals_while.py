# Loop-shape probe: a while loop of 16 local loads and stores per iteration and two
# specializable instructions (the comparison, fused with its jump, and the int addition).
def f(n):
    b = 1.0
    i = 0
    s = 0
    while i < n:
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
        i = i + 1
    return s
print(f(20000000))
