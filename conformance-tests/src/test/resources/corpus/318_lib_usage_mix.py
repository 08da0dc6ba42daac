import itertools, functools, collections
print(type(itertools.count()).__name__, type(collections.deque()).__name__)
it = itertools.groupby([])
print(list(it))
print(list(itertools.product("ab", repeat=0)))
print(list(itertools.permutations("abc", 0)), list(itertools.combinations("abc", 0)))
print(functools.partial(max, 1)(5), functools.reduce(max, [3, 9, 2]))
nt = collections.namedtuple("nt", "a b")(1, [2])
print(nt, nt.__doc__ if False else "", collections.namedtuple("Q", "a b").__doc__)
print(collections.Counter("aaabbc").most_common()[-1], collections.Counter(["x"]) - collections.Counter(["x"]))
d = collections.defaultdict(int); d[3] += 1; print(d.items(), list(d.keys()))
print(isinstance(collections.OrderedDict(), dict), collections.deque([1, 2, 3], 2))
class Node(collections.namedtuple("Node", "val left right", defaults=(None, None))):
    __slots__ = ()
    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)
print(Node(1, Node(2, Node(3))).depth(), Node(1))
print(sorted(collections.Counter({"a": 1, "b": 3, "c": 2}), key=lambda k: -k.__len__()))
from functools import lru_cache
@lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)
print(list(zip(*itertools.tee(range(3)))), list(itertools.starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
print(dict(collections.Counter(x for x in "hello world" if x.isalpha())))
