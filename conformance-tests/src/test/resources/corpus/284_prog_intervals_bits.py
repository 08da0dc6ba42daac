# Intervals, bisect by hand, bit manipulation tricks, sliding windows and two pointers
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
def insert(intervals, new):
    return merge(intervals + [new])
def bisect_left(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]: hi = mid
        else: lo = mid + 1
    return lo

print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]), insert([[1, 2], [3, 5], [6, 7], [8, 10]], [4, 8]))
a = [1, 2, 2, 2, 5, 7, 9]
print([bisect_left(a, x) for x in (0, 2, 3, 9, 10)], [bisect_right(a, x) for x in (0, 2, 3, 9, 10)])
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
cut = [g for g, _ in grades]
print([("F" if bisect_right(cut, s) == 0 else grades[bisect_right(cut, s) - 1][1]) for s in (33, 60, 77, 89, 90, 100)])

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 255, 2 ** 64 - 1, 0b1011001)], bin(2 ** 64 - 1).count("1"))
print([n for n in range(1, 70) if n & (n - 1) == 0], (12 & -12), 0b1100 ^ 0b1010, ~5, -5 >> 1, -1 << 70, 5 << 62)
def gray(n): return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)])
def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets("abc"))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(x) for x in (1, 2, 0b10110000, 255)], hex(reverse_bits(0x12345678, 32)))
flags = {"read": 4, "write": 2, "exec": 1}
def perms(mode): return "".join(k[0] if mode & v else "-" for k, v in flags.items())
print([perms(m) for m in range(8)], int("755", 8), oct(0o644 | 0o111))

def max_window(nums, k):
    best = cur = sum(nums[:k])
    for i in range(k, len(nums)):
        cur += nums[i] - nums[i - k]
        best = max(best, cur)
    return best
def longest_unique(s):
    seen, start, best = {}, 0, (0, 0)
    for i, c in enumerate(s):
        if seen.get(c, -1) >= start:
            start = seen[c] + 1
        seen[c] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]
def two_sum_sorted(a, target):
    i, j = 0, len(a) - 1
    while i < j:
        s = a[i] + a[j]
        if s == target: return i, j
        if s < target: i += 1
        else: j -= 1
    return None
print(max_window([1, 4, 2, 10, 23, 3, 1, 0, 20], 4), longest_unique("abcabcbb"), longest_unique("pwwkew"), longest_unique(""))
print(two_sum_sorted([1, 2, 4, 7, 11, 15], 15), two_sum_sorted([1, 2], 7))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), int.from_bytes if False else (1024).bit_length(), abs(-2 ** 63), (2 ** 63).__index__())
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(1234, -2))
