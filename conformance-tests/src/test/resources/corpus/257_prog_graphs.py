# Graph algorithms on dict-of-lists graphs: BFS, DFS, Dijkstra, topo sort, components
class deque:
    """Minimal two-list deque."""
    def __init__(self, items=()):
        self.front, self.back = [], list(items)
    def append(self, x):
        self.back.append(x)
    def popleft(self):
        if not self.front:
            self.front, self.back = self.back[::-1], []
        return self.front.pop()
    def __len__(self):
        return len(self.front) + len(self.back)

class heapq:
    @staticmethod
    def heappush(h, item):
        h.append(item)
        h.sort()
    @staticmethod
    def heappop(h):
        return h.pop(0)

G = {
    "A": [("B", 4), ("C", 2)],
    "B": [("C", 5), ("D", 10)],
    "C": [("E", 3)],
    "D": [("F", 11)],
    "E": [("D", 4)],
    "F": [],
    "G": [("H", 1)],
    "H": [],
}

def bfs(g, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb, _ in g[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb, _ in g[start]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

def dfs_iter(g, start):
    stack, seen = [start], []
    while stack:
        n = stack.pop()
        if n in seen: continue
        seen.append(n)
        stack.extend(nb for nb, _ in reversed(g[n]))
    return seen

def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {}
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]: continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for v, _ in g[n]:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v, _ in g[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v); ready.sort()
    if len(out) != len(g):
        raise ValueError("cycle detected")
    return out

def components(g):
    und = {n: set() for n in g}
    for n in g:
        for v, _ in g[n]:
            und[n].add(v); und[v].add(n)
    seen, comps = set(), []
    for n in sorted(und):
        if n in seen: continue
        comp, stack = [], [n]
        while stack:
            x = stack.pop()
            if x in seen: continue
            seen.add(x); comp.append(x)
            stack.extend(und[x] - seen)
        comps.append(sorted(comp))
    return comps

print("bfs", bfs(G, "A"))
print("dfs", dfs(G, "A"), dfs_iter(G, "A"))
dist, prev = dijkstra(G, "A")
for n in sorted(dist):
    d = dist[n]
    print(f"  {n}: {d if d != float('inf') else 'inf':>4} via {'->'.join(path(prev, n)) if d < float('inf') else '-'}")
print("topo", topo(G))
print("components", components(G))
cyc = {1: [(2, 1)], 2: [(3, 1)], 3: [(1, 1)]}
try:
    topo(cyc)
except ValueError as e:
    print("error:", e)
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#.#.#E"]
def grid_bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q, dist = deque([start]), {start: 0}
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)], (r, c)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return None
print("grid", grid_bfs(grid))
adj = {i: [((i * 3) % 10, i), ((i + 1) % 10, 1)] for i in range(10)}
d2, p2 = dijkstra(adj, 0)
print(sorted(d2.items()), path(p2, 9))
