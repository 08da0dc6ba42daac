# Conway's game of life on a set of live cells and on a fixed grid
def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols, r0=0, c0=0):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c0 + cols))
                     for r in range(r0, r0 + rows))

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == "#"}

glider = parse("""
.#.
..#
###
""")
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells, bbox rows {min(r for r, _ in cells)}..{max(r for r, _ in cells)}")
    print(render(cells, 6, 6))
    cells = step(cells)

blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)

def grid_step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new

grid = [[0] * 10 for _ in range(10)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 6), (6, 7), (7, 6), (7, 7)]:
    grid[r][c] = 1
history = []
for i in range(30):
    key = tuple(map(tuple, grid))
    if key in history:
        print("repeat at", i, "first seen", history.index(key))
        break
    history.append(key)
    grid = grid_step(grid)
print("\n".join("".join(".#"[v] for v in row) for row in grid))
print("population:", sum(map(sum, grid)))

rpent = parse(".##\n##.\n.#.")
pops = []
for i in range(60):
    rpent = step(rpent)
    pops.append(len(rpent))
print(pops[:20], max(pops), pops.index(max(pops)))
rs = [r for r, _ in rpent]; cs = [c for _, c in rpent]
print(min(rs), max(rs), min(cs), max(cs))
print(render(rpent, 8, 12, -4, -5))
