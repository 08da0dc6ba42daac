# break, continue and pass in nested loops.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("outer", i)
    for j in range(5):
        if j > i:
            break
        if j == 0:
            continue
        print("  inner", i, j)
def noop():
    pass
class Empty:
    pass
print(noop(), type(Empty()).__name__)
for i in range(3):
    pass
while True:
    break
found = None
for i in range(100):
    if i * i > 50:
        found = i
        break
print("found", found)
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    out.append(i)
print(out)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print("late", i)
if True:
    pass
else:
    pass
print("done")
