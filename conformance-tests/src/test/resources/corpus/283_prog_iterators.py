# Iterator classes and hand-written itertools: chain, groupby, product, permutations, accumulate
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i

def chain(*its):
    for it in its:
        yield from it
def groupby(items, key=lambda x: x):
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    group, k = [cur], key(cur)
    for x in it:
        if key(x) == k:
            group.append(x)
        else:
            yield k, group
            group, k = [x], key(x)
    yield k, group
def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result
def permutations(items, r=None):
    items = tuple(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def combinations(items, r):
    items = tuple(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items) - r + 1):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest
def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    acc = initial if initial is not None else next(it, None)
    if acc is None: return
    yield acc
    for x in it:
        acc = fn(acc, x)
        yield acc
def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop: break
        if i >= start and (i - start) % step == 0:
            yield x

print(list(Countdown(5)), sum(Countdown(100)), list(Seq(6)), 16 in Seq(10), list(reversed(Seq(4))))
print(list(chain("ab", [1, 2], (x for x in range(2)), Countdown(2))))
print([(k, "".join(g)) for k, g in groupby("aaabccdddd")], [(k, g) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), sum(1 for _ in permutations(range(5))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=None)))
print(list(islice(Countdown(20), 2, 12, 3)), list(islice(iter(int, 1), 0, 3)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"), list(zip("abc", Countdown(10))), dict(enumerate("xyz", 1)))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")), list(lines))
print(list(map(pow, [2, 3, 4], [5, 2])), list(filter(None, [0, 1, "", "x", None, [], [0]])), list(zip(*[(1, "a"), (2, "b")])))
print(any(x > 3 for x in Countdown(5)), all(Seq(0)), max(Countdown(7), key=lambda v: v % 4), min("hello"), sorted(Countdown(4)))
gen = (x * x for x in range(5))
print(type(gen).__name__, 9 in gen, list(gen))
nums = [5, 1, 4]
print(sum(nums, 10), sum([[1], [2, 3]], []), list(enumerate(reversed(nums))), [*Countdown(3), *"ab"], {*range(3)})
a, *rest = Countdown(4)
*init, last = "hello"
print(a, rest, init, last)
