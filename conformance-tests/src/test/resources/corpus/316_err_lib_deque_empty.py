from collections import deque
q = deque([1])
q.popleft()
q.popleft()
