# Union-find (Kruskal MST), trie with autocomplete, LRU cache using dict ordering
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.count = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
dsu = DSU("ABCDEFG")
mst = [(w, a, b) for w, a, b in sorted(edges) if dsu.union(a, b)]
print(mst, sum(w for w, _, _ in mst), dsu.count)
d2 = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    d2.union(a, b)
groups = {}
for x in range(10):
    groups.setdefault(d2.find(x), []).append(x)
print(sorted(groups.values()), d2.count)

class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.size += 1
        node["$"] = node.get("$", 0) + weight
    def _walk(self, node, prefix):
        for key in sorted(node):
            if key == "$":
                yield prefix, node["$"]
            else:
                yield from self._walk(node[key], prefix + key)
    def complete(self, prefix, k=3):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        found = list(self._walk(node, prefix))
        found.sort(key=lambda t: (-t[1], t[0]))
        return [w for w, _ in found[:k]]
    def __contains__(self, word):
        node = self.root
        for ch in word:
            node = node.get(ch)
            if node is None:
                return False
        return "$" in node
    def __len__(self):
        return self.size

t = Trie()
text = "to tea ted ten inn in tea tea ten tent tempo temper ted i inn inn"
for w in text.split():
    t.insert(w)
print(len(t), "tea" in t, "te" in t, "tempo" in t, "x" in t)
for p in ("t", "te", "ten", "i", "z", ""):
    print(f"{p!r:6} -> {t.complete(p)}")
print(list(t._walk(t.root, ""))[:6])

class LRU:
    def __init__(self, cap):
        self.cap, self.data, self.hits, self.misses = cap, {}, 0, 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        return value
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    cache.get(k, lambda x: x * x)
print(cache)
d = {"a": 1, "b": 2, "c": 3}
d["a"] = d.pop("a")
d.update(z=0, b=20)
print(d, list(d.keys())[::-1], list(reversed(d.items())), d | {"q": 9}, {**d, "a": -1})
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
index = {}
for w in words:
    index.setdefault(w[0], []).append(w)
print(index, {k: len(v) for k, v in index.items() if len(v) > 1}, dict(sorted(index.items(), reverse=True)))
