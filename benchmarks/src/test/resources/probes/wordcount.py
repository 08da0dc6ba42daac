# Probe: dict and str work (split, dict get/set with str keys, sorted items).
words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split()
text = []
for i in range(20000):
    text.append(words[i % len(words)] + str(i % 37))
line = " ".join(text)
counts = {}
for _ in range(10):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
    for w in text:
        if w in counts:
            counts[w] += 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
