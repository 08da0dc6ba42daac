# An exception propagating through finally blocks in nested functions and a loop.
def step(i):
    if i == 2:
        raise RuntimeError("step %d failed" % i)
    return i
def run_all():
    done = []
    for i in range(5):
        try:
            done.append(step(i))
        finally:
            print("finished attempt", i)
    return done
run_all()
