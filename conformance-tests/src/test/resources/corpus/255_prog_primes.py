# Prime sieve, number theory with big ints
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, v in enumerate(is_p) if v]

def is_probable_prime(n):
    if n < 2: return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True

def factorize(n):
    out, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1: out[n] = out.get(n, 0) + 1
    return out

def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)

def egcd(a, b):
    if b == 0: return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1: raise ValueError(f"{a} has no inverse mod {m}")
    return x % m

ps = sieve(200)
print(len(ps), ps[:15], ps[-5:])
print("twin:", [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2][:8])
print("gaps:", max(q - p for p, q in zip(ps, ps[1:])))
for n in (360, 97, 2 ** 16 + 1, 600851475143, 1001, 2 ** 32 - 1):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
m127 = 2 ** 127 - 1
print(m127, is_probable_prime(m127), is_probable_prime(m127 + 2), is_probable_prime(2 ** 89 - 1))
print([n for n in range(1, 40) if is_probable_prime(2 ** n - 1)])
print(gcd(2 ** 100, 6 ** 50), gcd(-12, 18), egcd(240, 46))
print(modinv(17, 3120), pow(17, -1, 3120), (17 * modinv(17, 3120)) % 3120)
try: modinv(6, 9)
except ValueError as e: print(e)
fact = 1
for i in range(1, 51): fact *= i
print(fact, str(fact).count("0"), len(str(fact)), sum(map(int, str(fact))))
print(divmod(fact, 10 ** 20), fact // 7 ** 20, -fact // 10 ** 60, -fact % 997)
print(hex(fact)[:20], oct(m127)[-8:], bin(m127).count("1"), (m127 >> 100), m127 & 0xFFFF)
def reduce(fn, it, acc):
    for x in it: acc = fn(acc, x)
    return acc
phi = lambda n: round(n * reduce(lambda acc, p: acc * (1 - 1 / p), factorize(n), 1))
print([phi(n) for n in range(1, 21)])
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 200), 10 ** 30 // 3 ** 20, int("9" * 40) + 1)
collatz = {}
def steps(n):
    if n == 1: return 0
    if n in collatz: return collatz[n]
    r = 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
    collatz[n] = r
    return r
best = max(range(1, 3000), key=steps)
print(best, steps(best))
print(sum(p for p in sieve(10000)), float(m127), int(float(2 ** 60)), 2 ** 0.5 * 2 ** 0.5)
