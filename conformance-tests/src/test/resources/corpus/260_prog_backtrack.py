# N-queens and sudoku via backtracking, permutations and subsets generators
def queens(n):
    cols, d1, d2, placed = set(), set(), set(), []
    def place(r):
        if r == n:
            yield tuple(placed)
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            yield from place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); placed.pop()
    return place(0)

for n in range(1, 9):
    sols = list(queens(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(queens(8))
print("\n".join(" ".join("Q" if c == q else "." for c in range(8)) for q in first))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    return [[int(ch) if ch != "." else 0 for ch in line] for line in text.split()]

def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

calls = 0
def solve(b):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cand = candidates(b, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        b[r][c] = v
        if solve(b):
            return True
    b[r][c] = 0
    return False

board = parse(PUZZLE)
print(solve(board), calls)
for i, row in enumerate(board):
    if i % 3 == 0 and i:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
ok = all(sorted(row) == list(range(1, 10)) for row in board) and \
     all(sorted(col) == list(range(1, 10)) for col in zip(*board))
print("valid:", ok)

def permutations(seq):
    if len(seq) <= 1:
        yield list(seq); return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest

def subsets_sum(nums, target, start=0, chosen=()):
    if target == 0:
        yield chosen
    for i in range(start, len(nums)):
        if nums[i] <= target:
            yield from subsets_sum(nums, target - nums[i], i + 1, chosen + (nums[i],))

print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))
print(list(subsets_sum([2, 3, 5, 6, 8, 10], 10)))
def word_search(grid, word):
    R, C = len(grid), len(grid[0])
    def dfs(r, c, i, seen):
        if i == len(word): return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or grid[r][c] != word[i]:
            return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, i + 1, seen) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        seen.remove((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))
g = ["ABCE", "SFCS", "ADEE"]
print([(w, word_search(g, w)) for w in ("ABCCED", "SEE", "ABCB", "ASADFBCCEESE")])
