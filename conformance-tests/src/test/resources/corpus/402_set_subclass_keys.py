# A set-subclass instance used as a key of a set: its own hash if it has one, else looked up
# as the equal frozenset (CPython's set_contains / set_discard / set_remove); dict keys do not.
class MySet(set):
    pass
class HSet(set):
    def __hash__(self):
        return hash(frozenset(self)) 
s = {frozenset({1}), frozenset({2, 3})}
print(MySet([1]) in s, MySet([3, 2]) in s, MySet([4]) in s, HSet([1]) in s, {1} in s)
t = set(s)
t.discard(MySet([1])); print(sorted(map(sorted, t)))
t.remove(MySet([2, 3])); print(t)
try:
    t.remove(MySet([9]))
except KeyError as e:
    print("KeyError", e)
class Bad(set):
    def __hash__(self):
        raise ValueError("no")
try:
    Bad([1]) in s
except ValueError as e:
    print("ValueError", e)
try:
    [1] in s
except TypeError as e:
    print(e)
d = {frozenset({1}): "x"}
try:
    print(d[MySet([1])])
except TypeError as e:
    print(e)
