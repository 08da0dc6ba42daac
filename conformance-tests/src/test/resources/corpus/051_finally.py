# finally runs on every exit path.
def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "return":
            return log
        if mode == "raise":
            raise RuntimeError("boom")
        log.append("end of try")
    finally:
        log.append("finally")
        print("  finally sees", log)
    log.append("after")
    return log
print(f("normal"))
print(f("return"))
try:
    f("raise")
except RuntimeError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        break
    finally:
        print("finally on break")
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(value_in_finally())
