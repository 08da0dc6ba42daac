# Integers beyond 64 bits and crossing the boundary both ways.
big = 2 ** 63
print(big, big - 1, -big, -big - 1)
print(2 ** 64, 2 ** 100, 2 ** 200)
m = 9223372036854775807
print(m + 1, m * 2, m * m)
print(-m - 1, -m - 2)
print((m + 1) - 1, type((m + 1) - 1).__name__)
print((2 ** 100) // (2 ** 90), (2 ** 100) % 7)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(10 ** 30 + 1, 10 ** 30 - 10 ** 30)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 26), f % 1000003)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > m, -(2 ** 64) < -m)
print(abs(-(2 ** 70)), divmod(2 ** 70, 12345))
print(int("123456789012345678901234567890") + 1)
print(2 ** 70 % 10 ** 9, -(2 ** 65) // 10 ** 9)
print(float(2 ** 70), 2 ** 70 / 2 ** 10)
print(1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3)
print((2 ** 80) & (2 ** 80 - 1), (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80))
print(~(2 ** 70))
print(round(2 ** 70), pow(3, 50), pow(2, 100, 1000000007))
print(m * -1 - 1, (m + 1) * -1)
print(str(2 ** 90)[::-1])
