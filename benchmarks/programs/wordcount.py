# word count: generate a text from a syllable vocabulary with an integer LCG, then split it into
# lines and words, normalise case and punctuation, count words in a dict and report the most
# frequent ones. The output is independent of string hashing (results are sorted).
# Exercises str building with join, str methods (split, lower, strip, startswith), dict get/set
# with str keys, dict.items, sorted with a tuple key, and string formatting.
# Should benefit from: BINARY_SUBSCR (dict by str, list by int), STORE_SUBSCR (dict by str),
# LOAD_METHOD + CALL (str and dict methods), COMPARE_OP (str, tuple), FOR_ITER (list, str).
import sys

SIZES = {"full": 2300000, "tiny": 5000}  # words generated

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua",
             "ber", "dor", "fin", "gal", "hup", "jor", "wex", "yil", "an", "e"]
PUNCT = [".", ",", ";", "!", "?", ""]


def generate(count):
    state = 12345
    lines = []
    words = []
    for i in range(count):
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        r = state >> 16
        nsyl = 1 + r % 3
        word = SYLLABLES[(r >> 2) % 20]
        if nsyl > 1:
            word += SYLLABLES[(r >> 5) % 20]
        if nsyl > 2:
            word += SYLLABLES[(r >> 9) % 7]
        if r % 11 == 0:
            word = word.capitalize()
        elif r % 37 == 0:
            word = word.upper()
        word += PUNCT[(r >> 12) % 6] if r % 5 == 0 else ""
        words.append(word)
        if len(words) == 12:
            lines.append(" ".join(words))
            words = []
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(".,;!?").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    count = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    text = generate(count)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = 0
    for i, (word, n) in enumerate(ranked):
        h = 0
        for ch in word:
            h = (h * 131 + ord(ch)) & 0xFFFFFFFF
        total = (total * 1000003 + h * n + i) & 0xFFFFFFFFFFFFFFFF
    print("%d characters, %d distinct words; top: %s" % (
        len(text), len(ranked), " ".join("%s=%d" % kv for kv in ranked[:3])))
    print("checksum: %016x" % total)


main()
