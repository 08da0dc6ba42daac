from collections import deque, defaultdict, Counter
from itertools import product, chain, groupby
MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########"""
grid = MAZE.splitlines()
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
def solve():
    q = deque([start]); seen = {start: None}
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            path = []; p = (r, c)
            while p: path.append(p); p = seen[p]
            return path[::-1]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            n = (r + dr, c + dc)
            if grid[n[0]][n[1]] != "#" and n not in seen:
                seen[n] = (r, c); q.append(n)
path = solve()
print(len(path) - 1, path[:4])
rows = [list(row) for row in grid]
for r, c in path[1:-1]: rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
d = defaultdict(int)
try: dd = defaultdict(None); dd["x"]
except KeyError as e: print("KeyError", e)
print(Counter("mississippi"), Counter("abc") == Counter("cba"), Counter(a=1) < Counter(a=2))
z = deque(maxlen=0); z.append(1); print(z, deque([1, 2]) + deque([3]), deque([1]) * 3, 2 in deque([1, 2]))
dq = deque(range(6)); dq.rotate(-2); del dq[0]; dq.insert(1, "x"); dq.remove(5); print(dq, dq.pop(), dq.popleft())
runs = ["".join(g) for _, g in groupby("aaabbbcccd")]; print(runs, max(runs, key=len))
print(sorted(Counter(chain(*product("ab", repeat=3))).items()))
