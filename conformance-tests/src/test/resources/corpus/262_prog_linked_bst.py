# Linked list and binary search tree with __iter__ generators and dunder methods
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __add__(self, other):
        return LinkedList([*self, *other])

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], ll[2:5], 9 in ll, 7 in ll)
print(ll.reverse(), ll == LinkedList([6, 2, 9, 5, 1, 4, 1, 3]), ll == [6])
print(ll + LinkedList("ab"), sorted(ll), max(ll), sum(ll), list(zip(ll, "xyz")))
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)

class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root, self.size = None, 0
    def __setitem__(self, key, val):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._Node(key, val)
            if key < n.key: n.left = ins(n.left)
            elif key > n.key: n.right = ins(n.right)
            else: n.val = val
            return n
        self.root = ins(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key: return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __len__(self): return self.size
    def _inorder(self, n):
        if n:
            yield from self._inorder(n.left)
            yield n.key, n.val
            yield from self._inorder(n.right)
    def __iter__(self):
        return (k for k, _ in self._inorder(self.root))
    def items(self):
        return self._inorder(self.root)
    def __reversed__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.right
            n = stack.pop()
            yield n.key
            n = n.left
    def height(self, n=..., ):
        if n is ...: n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def range(self, lo, hi):
        def go(n):
            if n is None: return
            if lo < n.key: yield from go(n.left)
            if lo <= n.key <= hi: yield n.key
            if n.key < hi: yield from go(n.right)
        return list(go(self.root))

t = BST()
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    t[w] = t.get(w, 0) + i
print(list(t), len(t), t.height())
print(list(reversed(t)), dict(t.items()))
print(t["the"], t.get("cat", "?"), t.range("d", "l"))
try:
    t["zebra"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
nums = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums[k] = k * k
print(list(nums), nums.height(), nums.range(33, 62), [v for _, v in nums.items()][:4])
it = iter(nums)
print(next(it), next(it), list(it)[-2:], next(it, "done"))
gen = nums.items()
print(type(gen).__name__, next(gen), gen.send(None))
