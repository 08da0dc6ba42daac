# Huffman coding with a sorted-list priority queue, bit strings, encode/decode round trip
class Leaf:
    def __init__(self, ch, freq):
        self.ch, self.freq = ch, freq
    def __repr__(self):
        return f"Leaf({self.ch!r}, {self.freq})"

class Node:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq
    def __repr__(self):
        return f"Node({self.freq})"

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    queue = [(f, i, Leaf(ch, f)) for i, (ch, f) in enumerate(sorted(freq.items()))]
    queue.sort(key=lambda t: (t[0], t[1]))
    counter = len(queue)
    while len(queue) > 1:
        f1, _, a = queue.pop(0)
        f2, _, b = queue.pop(0)
        item = (f1 + f2, counter, Node(a, b))
        counter += 1
        lo = 0
        while lo < len(queue) and (queue[lo][0], queue[lo][1]) < (item[0], item[1]):
            lo += 1
        queue.insert(lo, item)
    return queue[0][2], freq

def codes(tree, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(tree, Leaf):
        table[tree.ch] = prefix or "0"
    else:
        codes(tree.left, prefix + "0", table)
        codes(tree.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, tree):
    if isinstance(tree, Leaf):
        return tree.ch * len(bits)
    out, node = [], tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)

def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return [int(padded[i:i + 8], 2) for i in range(0, len(padded), 8)]

for text in ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog" * 3]:
    tree, freq = build(text)
    table = codes(tree)
    bits = encode(text, table)
    assert decode(bits, tree) == text
    packed = pack(bits)
    print(f"{text[:24]!r:28} {len(text) * 8:4d} -> {len(bits):4d} bits ({len(bits) / (len(text) * 8):6.1%}) bytes={packed[:6]}")
    for ch, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1]))[:6]:
        print(f"    {ch!r}: {code:<8} x{freq[ch]}")
    entropy_bits = sum(f * len(table[c]) for c, f in freq.items())
    print("    weighted length:", entropy_bits, "== bits:", entropy_bits == len(bits), "tree:", tree)
print(" ".join(f"{b:08b}" for b in pack("1011")), hex(int("1" * 13, 2)), [format(b, "02x") for b in pack("111100001")])
