# Uncaught AttributeError on a user object.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
class Node:
    def __init__(self, v):
        self.v = v
n = Node(1)
print(n.v)
print(n.nonexistent_field_qq)
