# Loop-shape probe: a for loop over a range with 16 local loads and stores per iteration; the
# only specializable instruction is the FOR_ITER (fused with the STORE_FAST of i).
def f(n):
    b = 1.0
    s = 0
    for i in range(n):
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
        s = b
    return s
print(f(30000000))
