# String algorithms: KMP, Z-function, palindromes, anagrams, rolling hash, longest common prefix
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t

def kmp_search(text, p):
    t, k, out = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out

def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1; hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

def rabin_karp(text, p, base=256, mod=1_000_000_007):
    n, m = len(text), len(p)
    if m > n: return []
    hp = ht = 0
    power = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i + m < n:
            ht = ((ht - ord(text[i]) * power) * base + ord(text[i + m])) % mod
    return out

text = "abracadabra abracadabra cadabra"
for pat in ["abra", "cad", "a", "zzz", "bra abr"]:
    r1, r2 = kmp_search(text, pat), rabin_karp(text, pat)
    naive = [i for i in range(len(text)) if text.startswith(pat, i)]
    print(f"{pat!r:10} {r1} {r1 == r2 == naive}")
print(kmp_table("aabaaab"), z_function("aabxaabxcaabxaabxay"))
for s in ["babad", "forgeeksskeegfor", "a", "abacdfgdcaba", "cbbd", "ünïcödeedöcïnü"]:
    print(f"{s!r} -> {longest_palindrome(s)!r}")
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g)))
def lcp(strs):
    if not strs: return ""
    lo, hi = min(strs), max(strs)
    i = 0
    while i < len(lo) and lo[i] == hi[i]:
        i += 1
    return lo[:i]
print(repr(lcp(["flower", "flow", "flight"])), repr(lcp(["interview", "internet", "interval"])), repr(lcp([])))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
s = "Mississippi"
print(s.count("ss"), s.find("ss", 3), s.rfind("ss"), s.index("p"), s.partition("ss"), s.rpartition("ss"),
      s.split("s"), s.split("s", 2), s.rsplit("s", 2), s.replace("ss", "SS", 1), s.lower().count("i"))
print("-".join(s[i:i + 3] for i in range(0, len(s), 3)), s[::-1], s[1::3], s[-4:], s[:-8:-2])
print(sorted(set(s.lower())), {c: s.count(c) for c in sorted(set(s))}, max(set(s), key=lambda c: (s.count(c), c)))
print("unicode:", "straße".upper(), "ǅ".lower(), "ß".casefold(), len("naïve"), "naïve".encode("utf-8") if False else "naïve"[2], "İ".lower() == "i̇")
print("abc" < "abd" < "b", "Z" < "a", "apple" > "app", ["b", "B", "a", "A"] == sorted(["a", "b", "A", "B"]))
