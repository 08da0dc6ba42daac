# Text statistics: word counts sorted by frequency then alpha, tables with f-strings
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick -- said the bird: "Run, fox, run."
A lazy afternoon, a lazy dog, and a very quick fox.

Numbers like 42 and 3.14 are not words, but they're tokens.
"""

def words(text):
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            yield "".join(cur).strip("'")
            cur = []
    if cur:
        yield "".join(cur)

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
total = sum(counts.values())
print(f"{'word':<12}|{'count':>6}|{'share':>8}|bar")
print("-" * 12 + "+" + "-" * 6 + "+" + "-" * 8 + "+" + "-" * 10)
for w, c in ranked[:12]:
    print(f"{w:<12}|{c:>6d}|{c / total:>8.2%}|{'#' * c}")
print(f"{'TOTAL':<12}|{total:>6,}|{1:>8.1%}|")

lines = TEXT.splitlines()
print(len(lines), "lines;", sum(1 for l in lines if not l.strip()), "blank")
for i, line in enumerate(lines, 1):
    stripped = line.strip()
    print(f"{i:02d} len={len(line):3d} words={len(line.split()):2d} "
          f"upper={sum(c.isupper() for c in line)} {stripped[:20].title()!r}")

lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:>2}: {', '.join(sorted(lengths[n]))}")

longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, longest.center(20, "*"), longest.upper().rjust(14, "."))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(" ".join(f"{k}={v}" for k, v in top))
print("vowels:", sum(v for k, v in letters.items() if k in "aeiou"))
sentences = [s.strip() for s in TEXT.replace("!", ".").replace(";", ".").split(".") if s.strip()]
for s in sentences:
    print(f"  [{len(s.split()):>2}] {s.split()[0]:<8} ... {s.split()[-1]}")
print("capitalized:", " ".join(w.capitalize() for w in "hello WORLD foo-bar o'neil".split()))
print("%-10s|%5d|%7.3f|%x|%o|%e" % ("pct", 42, 3.14159, 255, 8, 12345.678))
print("{:^10}|{:+d}|{:_}|{:#b}".format("mid", 5, 1234567, 10))
