# Classic algorithms: DP, parser, simulation
from functools import lru_cache, reduce
from itertools import accumulate, product, permutations
from collections import deque, Counter, defaultdict, namedtuple

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i-1][j-1] + 1 if x == y else max(dp[i-1][j], dp[i][j-1])
    out = []; i, j = len(a), len(b)
    while i and j:
        if a[i-1] == b[j-1]: out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]: i -= 1
        else: j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("", "x"))

@lru_cache(maxsize=128)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
print(edit("kitten", "sitting"), edit.cache_info().maxsize)
edit.cache_clear(); print(edit.cache_info())

def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))

Tok = namedtuple("Tok", ["kind", "val"])
def tokenize(s):
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace(): i += 1; continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."): j += 1
            yield Tok("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])); i = j
        elif ch in "+-*/()^%": yield Tok("op", ch); i += 1
        else: raise SyntaxError(f"bad char {ch!r} at {i}")

class Parser:
    def __init__(self, s): self.toks = deque(tokenize(s))
    def peek(self): return self.toks[0] if self.toks else Tok("eof", None)
    def take(self): return self.toks.popleft()
    def expr(self):
        v = self.term()
        while self.peek().val in ("+", "-"):
            op = self.take().val; r = self.term(); v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().val in ("*", "/", "%"):
            op = self.take().val; r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        b = self.unary()
        if self.peek().val == "^": self.take(); return b ** self.factor()
        return b
    def unary(self):
        t = self.take()
        if t.val == "-": return -self.unary()
        if t.val == "(":
            v = self.expr(); assert self.take().val == ")"; return v
        return t.val
for src in ["1 + 2 * 3", "(1+2)*3", "2^3^2", "-4 % 3", "7/2 - 1.5", "10 % -3", "2 $ 3"]:
    try:
        print(f"{src:>12} = {Parser(src).expr()!r}")
    except SyntaxError as e:
        print(f"{src:>12} ! {e}")

def life(cells, steps):
    for _ in range(steps):
        n = Counter((x + dx, y + dy) for x, y in cells for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
        cells = {p for p, k in n.items() if k == 3 or (k == 2 and p in cells)}
    return cells
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
print(sorted(life(glider, 4)))
rows = []
for y in range(4):
    rows.append("".join("#" if (x, y) in glider else "." for x in range(4)))
print("\n".join(rows))
print(list(accumulate([3, 1, 4, 1, 5], max)), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
best = min(permutations("ABCD"), key=lambda p: sum(abs(ord(a) - ord(b)) * i for i, (a, b) in enumerate(zip(p, p[1:]))))
print("".join(best))
coins = [1, 5, 10, 25]
ways = [1] + [0] * 100
for c in coins:
    for v in range(c, 101): ways[v] += ways[v - c]
print(ways[100], ways[30])
