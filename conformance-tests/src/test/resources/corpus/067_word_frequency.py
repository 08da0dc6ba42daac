# A small text-processing program: word frequencies, sorted deterministically.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!  A quick end."""
words = []
for raw in text.lower().split():
    w = raw.strip(".,;!")
    if w:
        words.append(w)
print(len(words), "words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>6}: {'#' * n} ({n})")
longest = max(words, key=len)
print("longest:", longest, len(longest))
caps = " ".join(w.upper() for w in words[:4])
print(caps)
lines = text.split("\n")
for i, line in enumerate(lines, 1):
    print("%2d| %s" % (i, line))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels)
initials = {}
for w in sorted(set(words)):
    initials.setdefault(w[0], []).append(w)
print(initials)
