# Run-length encoding, Caesar/Vigenere ciphers, base conversion, checksums
def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "zzzzzzzzzzzzzzzzzzzzzzzzzzz"]:
    enc = rle_encode(s)
    print(f"{enc!r:40} {rle_decode(enc) == s} ratio={len(enc) / max(len(s), 1):.3f}")

def caesar(text, shift):
    def rot(c):
        if c.isupper(): return chr((ord(c) - 65 + shift) % 26 + 65)
        if c.islower(): return chr((ord(c) - 97 + shift) % 26 + 97)
        return c
    return "".join(map(rot, text))

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 123!"
enc = caesar(msg, 13)
print(enc, caesar(enc, -13) == msg, caesar(msg, 52) == msg)
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print(msg.lower().translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for c in text:
        if c.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            out.append(caesar(c, -shift if decrypt else shift))
            k += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere("Attack at dawn!", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))

def crack(cipher):
    freq = "etaoinshrdlu"
    def score(t):
        return sum(t.lower().count(c) * (len(freq) - i) for i, c in enumerate(freq))
    return max(range(26), key=lambda s: (score(caesar(cipher, -s)), -s))
print("cracked shift:", crack(caesar("meet me near the old oak tree at seven", 7)))

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if not 2 <= b <= 36: raise ValueError(f"base must be in 2..36, not {b}")
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n, out = abs(n), []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [0, 5, -255, 2 ** 64, 123456789, 36 ** 5 - 1]:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(r, b) == n for r, b in zip(reps, (2, 8, 16, 36)))
    print(f"{n:>22} {reps}")
print(bin(-255), oct(2 ** 64), hex(123456789), f"{255:08b}|{255:#o}|{255:X}|{-255:#x}")
print(int("ff", 16), int("0x1F", 0), int("0b101", 0), int("  -42  "), int("z", 36), int("1_000"))
for bad in ["12a", "", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    to_base(10, 1)
except ValueError as e:
    print(e)
def luhn(num):
    digits = [int(d) for d in str(num)][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0
print([luhn(n) for n in (79927398713, 79927398710, 4539578763621486, 1234567812345678)])
def adler32(s):
    a, b = 1, 0
    for ch in s.encode("utf-8") if False else map(ord, s):
        a = (a + ch) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(hex(adler32("Wikipedia")), adler32(""), format(adler32("hello world"), "08x"))
roman = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, sym in roman:
        q, n = divmod(n, v)
        out += sym * q
    return out
def from_roman(s):
    vals = dict((sym, v) for v, sym in roman if len(sym) == 1)
    return sum(-vals[a] if vals[a] < vals[b] else vals[a] for a, b in zip(s, s[1:] + "I"))
print([(n, to_roman(n), from_roman(to_roman(n))) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
