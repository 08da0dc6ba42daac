print(hash((1, 2)), hash(()), hash((1, (2, 3.5))), hash(frozenset({1, 2, 3})), hash(frozenset()), hash(-2**63), hash(2**100), hash(-1.0), hash(1e-5), hash(range(5)), hash((True, False)), hash(10**20 * -1))
print({(1, 2): 'a', frozenset({1}): 'b'}, sorted({frozenset({1, 2}), frozenset({3})}, key=len))
s = set(range(20, 0, -1)); s.add(100); s.add(-5); print(s, list(s)[:5], {-1, -2, 2**62, 2**64, 0.5, 1.5})
s = {3, 1, 2}; s.discard(1); s.add(1 + 32); print(s, {8, 16, 0, 24}, {i * 8 for i in range(10)})
d = {}; 
for i in [5, 3, 9, 1]: d[i] = i
print(set(d), set('a') if False else '', frozenset(range(10, 0, -2)))
print({10, 20, 30, 40, 50})
x = 10
print({x, 20, 30, 40, 50})
print(set([10, 20, 30, 40, 50]))
print({1, 9, 17, 25, 33, 41}, {-1, -2, 2**62, 2**64, 0.5, 1.5}, {*{10, 20, 30, 40, 50}}, {*[10, 20, 30, 40, 50]}, {*{10: 1, 20: 2, 30: 3, 40: 4, 50: 5}}, {100, 200, 300, 400, 500, 600, 700, 800, 900})
s = {5, 13, 21, 29, 37}; s |= {45, 53}; print(s, s | {61}, {61} | s, frozenset({8, 16, 24, 32, 40}), set(frozenset({8, 16, 24, 32, 40})))
print({'x'} if False else '', {0.5, 0.25, 0.125, 1.0, 2.0, 4.0}, {True, 2, 3.0, 4, 5})
