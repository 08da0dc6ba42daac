import heapq, bisect
from collections import defaultdict
graph = defaultdict(list)
for u, v, w in [("a","b",4),("a","c",1),("c","b",2),("b","d",1),("c","d",5),("d","e",3)]:
    graph[u].append((v, w)); graph[v].append((u, w))
def dijkstra(src):
    dist = {src: 0}; pq = [(0, src)]; prev = {}
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]: continue
        for v, w in sorted(graph[u]):
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w; prev[v] = u; heapq.heappush(pq, (d + w, v))
    return dist, prev
dist, prev = dijkstra("a")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev: path.append(prev[path[-1]])
    print(f"{node}: {dist[node]:>2} via {'->'.join(reversed(path))}")
h = [5, 3, 8, 1, 9, 2]; heapq.heapify(h); print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge("ace", "bd", reverse=False)))
grades = [60, 70, 80, 90]
for score in [33, 60, 75, 99]: print(score, "FDCBA"[bisect.bisect(grades, score)])
xs = []; [bisect.insort(xs, v) for v in [5, 1, 4, 1]]; print(xs, bisect.bisect_left(xs, 1), bisect.bisect_right(xs, 1))
recs = [(1, "a"), (3, "b"), (5, "c")]; print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
