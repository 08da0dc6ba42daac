# Tic-tac-toe with full minimax + memo, and Connect-Four style win detection
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None

memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = (1 if w == "X" else -1, None)
    elif " " not in b:
        res = (0, None)
    else:
        best = None
        for i, cell in enumerate(b):
            if cell != " ":
                continue
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        res = best
    memo[key] = res
    return res

print("value of empty board:", minimax(" " * 9, "X"), "positions:", len(memo))
b, player = " " * 9, "X"
while not winner(b) and " " in b:
    _, move = minimax(b, player)
    b = b[:move] + player + b[move + 1:]
    player = "O" if player == "X" else "X"
print("\n-+-+-\n".join("|".join(b[r * 3:r * 3 + 3]) for r in range(3)))
print("result:", winner(b) or "draw")
wins = sum(1 for (bb, p), (s, _) in memo.items() if s == 1)
print("X-winning positions:", wins, "O-winning:", sum(1 for v in memo.values() if v[0] == -1))
counts = {}
for (bb, p), (s, m) in memo.items():
    k = bb.count(" ")
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))

def c4_winner(grid):
    R, C = len(grid), len(grid[0])
    for r in range(R):
        for c in range(C):
            p = grid[r][c]
            if p == ".":
                continue
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                if all(0 <= r + k * dr < R and 0 <= c + k * dc < C and grid[r + k * dr][c + k * dc] == p for k in range(4)):
                    return p, (r, c), (dr, dc)
    return None
moves = [3, 3, 4, 2, 5, 6, 2, 4, 1, 5, 5, 4, 4, 6, 6, 6, 5]
grid = [["."] * 7 for _ in range(6)]
for turn, col in enumerate(moves):
    for r in range(5, -1, -1):
        if grid[r][col] == ".":
            grid[r][col] = "RY"[turn % 2]
            break
    w = c4_winner(grid)
    if w:
        print("turn", turn, "winner", w)
        break
print("\n".join(" ".join(row) for row in grid))
