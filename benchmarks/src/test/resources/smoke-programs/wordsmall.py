# Harness test program: dict and str work. NAME.py [full|tiny]; output ends with a checksum line.
import sys

size = sys.argv[1] if len(sys.argv) > 1 else "full"
repeat = 20000 if size == "full" else 50
words = "the quick brown fox jumps over the lazy dog and the cat".split()
counts = {}
for i in range(repeat):
    for w in words:
        key = w + str(i % 7)
        counts[key] = counts.get(key, 0) + 1
check = 0
for k in sorted(counts):
    check = (check * 31 + len(k) * counts[k]) % 1000003
print("distinct", len(counts))
print("checksum:", check)
