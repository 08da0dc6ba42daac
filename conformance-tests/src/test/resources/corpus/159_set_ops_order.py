seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def mk():
    s = set()
    for _ in range(rnd(40) + 5):
        k = rnd(30) * 16 + rnd(2)
        if rnd(10) < 7: s.add(k)
        else: s.discard(k)
    return s
for trial in range(25):
    a, b = mk(), mk()
    lb = list(b)
    print(list(a | b), list(a & b), list(a - b), list(a ^ b))
    print(list(a.copy()), list(set(a)), list(frozenset(a)), list(a.union(lb)), list(a.intersection(lb)), list(a.difference(lb)), list(a.symmetric_difference(lb)))
    c = a.copy(); c |= b; d = a.copy(); d &= b; e = a.copy(); e -= b; f = a.copy(); f ^= b
    print(list(c), list(d), list(e), list(f), list({*a, *lb}), list(set(lb) | a), list(b.intersection(a, lb)))
    dd = dict.fromkeys(lb)
    print(list(dd.keys() | a), list(a | dd.keys()), list(dd.keys() & a), list(a & dd.keys()), list(dd.keys() - a), list(a - dd.keys()), list(dd.keys() ^ a), list(a ^ dd.keys()), list(set(dd)), list(set(dd.items()))[:3] if False else '')
