a = set(range(0, 200, 7)); b = set(range(0, 200, 5)); c = [96, 64, 32, 0, 128, 160, 192]
print(a & b, b & a, a - b, b - a, a ^ b, b ^ a, a | b)
print(a.intersection(c), a.union(c), a.difference(c), a.symmetric_difference(c), set(c), frozenset(c), set(c) | set(c[::-1]))
s = set(c); s.intersection_update(range(0, 200, 32)); print(s); s.symmetric_difference_update([1, 33, 65]); print(s); s.difference_update({0}); print(s)
d = dict.fromkeys(c); print(set(d), set(d.keys()), d.keys() & {64, 0, 128}, d.keys() | {1000, 2000}, d.keys() - {0}, d.keys() ^ {0, 5}, {0, 5} ^ d.keys(), {1000} | d.keys())
print({x * 16 for x in range(10)}, set(x * 16 for x in range(10)), set(map(lambda x: x * 32, range(8))), {*range(0, 160, 16)})
big = set(range(100)); big -= set(range(0, 100, 3)); print(list(big)[:10], len(big)); big.update(range(1000, 1010)); print(list(big)[-12:])
e = set(); [e.add(i * 64) for i in range(8)]; [e.discard(i * 64) for i in range(0, 8, 2)]; e.add(1); e.add(129); print(e, e.pop(), e)
e = set()
for i in range(8):
    e.add(i * 64); print(i, e)
for i in range(0, 8, 2):
    e.discard(i * 64); print('d', e)
e.add(1); print(e); e.add(129); print(e)
# deterministic pseudo-random add/discard sequences on colliding ints
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(40):
    s = set()
    for _ in range(60):
        k = rnd(40) * 32 + rnd(3)
        if rnd(10) < 6: s.add(k)
        else: s.discard(k)
    print(list(s))
    if trial % 5 == 0:
        print(s.pop(), s.pop(), list(s)[:6])
