# while loops with else, break and continue.
i = 0
while i < 5:
    print("i", i)
    i += 1
else:
    print("loop finished normally")
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("breaking at", n)
        break
else:
    print("not printed")
print("n =", n)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)
else:
    print("else after continue-loop")
while False:
    print("never")
else:
    print("else of empty while")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
