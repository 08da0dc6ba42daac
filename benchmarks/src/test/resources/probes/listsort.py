# Probe: list building, comprehensions, sorting with key functions, tuples.
def key_mod(x):
    return (x % 97, -x)

total = 0
for r in range(40):
    data = [(i * 7919 + r) % 10007 for i in range(5000)]
    data.sort(key=key_mod)
    pairs = [(x, x * 2) for x in data if x & 1]
    s = sorted(pairs, key=lambda p: p[1] - p[0])
    total += s[0][0] + data[-1] + len(pairs)
print(total)
