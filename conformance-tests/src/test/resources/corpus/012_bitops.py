# Bitwise operators and shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 5 >> 10, -5 >> 1)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-1, ~0)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(True & False, True | False, True ^ True)
print(2 ** 70 >> 68, (2 ** 70 + 5) & 7, -(2 ** 70) & 0xff)
x = 0
for i in range(8):
    if i % 2:
        x |= 1 << i
print(x)
x ^= 0xff
print(x)
x &= 0x0f
print(x)
x <<= 3
x >>= 1
print(x)
print(1 + 2 << 3, 1 | 2 & 3, (1 | 2) & 3, 6 & 3 ^ 1)
print(-255 & 0xff, -8 | 3, -5 ^ 1)
