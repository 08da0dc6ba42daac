# Big-integer number theory: toy RSA, CRT, Pollard rho, continued fractions, digits of pi (spigot)
def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0

def is_prime(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1: break
        else:
            return False
    return True

def next_prime(n):
    n += 1 if n % 2 == 0 else 2
    while not is_prime(n): n += 2
    return n

p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d*e mod phi:", d * e % phi)
msg = "Specula RSA!"
m = int("".join(f"{ord(c):03d}" for c in msg))
c = pow(m, e, n)
back = pow(c, d, n)
s = str(back)
s = "0" * (-len(s) % 3) + s
print(m, c % 10 ** 20, "".join(chr(int(s[i:i + 3])) for i in range(0, len(s), 3)))

def crt(residues, moduli):
    x, M = 0, 1
    for r, mod in zip(residues, moduli):
        g, inv, _ = egcd(M, mod)
        assert g == 1
        x += (r - x) * inv % mod * M
        M *= mod
        x %= M
    return x, M
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 11, 13]))

def pollard_rho(n, c=1):
    if n % 2 == 0: return 2
    x = y = 2
    g = 1
    while g == 1:
        x = (x * x + c) % n
        y = (y * y + c) % n
        y = (y * y + c) % n
        g = egcd(abs(x - y), n)[0]
    return g if g != n else pollard_rho(n, c + 1)
def factor(n):
    if n == 1: return []
    if is_prime(n): return [n]
    f = pollard_rho(n)
    return sorted(factor(f) + factor(n // f))
for num in (8051, 10403, 2 ** 64 + 1, 600851475143, 1234567890123456789, 2 ** 67 - 1):
    print(num, factor(num))

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
def cf(num, den):
    out = []
    while den:
        a, rem = divmod(num, den)
        out.append(a)
        num, den = den, rem
    return out
print(cf(415, 93), cf(2 ** 64, 3 ** 40), cf(-7, 3))
print(int.__name__, (2 ** 1000).bit_length(), len(str(2 ** 10000)), str(2 ** 10000)[:20], sum(int(ch) for ch in str(2 ** 1000)))
print(10 ** 50 // 3 ** 30, -(10 ** 50) % 97, (7 ** 222) % (10 ** 9 + 7), abs(-(2 ** 200)) == 2 ** 200, (2 ** 100) ** 0.5, float(10 ** 300) * 10 ** 10)
