# Priority queue / binary heap implementation and task scheduler
class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        for it in items:
            self.push(it)
    def __len__(self):
        return len(self.data)
    def __bool__(self):
        return bool(self.data)
    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.key(d[i]) < self.key(d[parent]):
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break
    def pop(self):
        d = self.data
        if not d:
            raise IndexError("pop from empty heap")
        top = d[0]
        last = d.pop()
        if d:
            d[0] = last
            i, n = 0, len(d)
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < n and self.key(d[l]) < self.key(d[small]): small = l
                if r < n and self.key(d[r]) < self.key(d[small]): small = r
                if small == i: break
                d[i], d[small] = d[small], d[i]
                i = small
        return top
    def peek(self):
        return self.data[0]
    def __iter__(self):
        while self:
            yield self.pop()

h = Heap([5, 3, 8, 1, 9, 2, 7, 1, 0, 6])
print(len(h), h.peek(), list(h), len(h))
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

words = "pear apple fig banana kiwi cherry date grape".split()
print([w for w in Heap(words, key=lambda w: (len(w), w))])
print([w for w in Heap(words, key=lambda w: tuple(-ord(c) for c in w))])

class Task:
    counter = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"<{self.name} p{self.priority} d{self.duration}>"

pq = Heap()
for name, prio, dur in [("build", 2, 5), ("test", 2, 3), ("deploy", 3, 2), ("lint", 1, 1),
                        ("docs", 5, 4), ("hotfix", 0, 2), ("review", 1, 3)]:
    pq.push(Task(name, prio, dur))
clock = 0
log = []
while pq:
    t = pq.pop()
    clock += t.duration
    log.append(f"{clock:>3}: {t.name:<7}(p={t.priority})")
    if t.name == "build":
        pq.push(Task("package", 2, 1))
print("\n".join(log))

def merge_sorted(*lists):
    heap = Heap(key=lambda e: (e[0], e[1]))
    for idx, lst in enumerate(lists):
        it = iter(lst)
        first = next(it, None)
        if first is not None:
            heap.push((first, idx, it))
    while heap:
        val, idx, it = heap.pop()
        yield val
        nxt = next(it, None)
        if nxt is not None:
            heap.push((nxt, idx, it))

print(list(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5])))
def kth_largest(nums, k):
    h = Heap()
    for n in nums:
        h.push(n)
        if len(h) > k:
            h.pop()
    return h.peek()
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest(list(range(100)), 10))
data = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
hd = Heap(data)
print([hd.pop() for _ in range(len(hd))], sorted([9, 1, 8, 2, 7])[:3], sorted("hello", reverse=True)[:2])
