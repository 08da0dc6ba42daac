# assert statements passing and failing (caught).
assert True
assert 1 + 1 == 2, "math works"
print("passed asserts")
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError caught, args:", e.args, repr(str(e)))
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
def check(x):
    assert x >= 0, f"negative: {x}"
    return x * 2
for v in [1, -3, 2]:
    try:
        print(check(v))
    except AssertionError as e:
        print("failed:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
