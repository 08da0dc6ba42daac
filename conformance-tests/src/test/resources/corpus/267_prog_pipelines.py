# Generator pipelines, closures as counters/accumulators, send/throw/close
LOG = """2024-01-01 10:00:01 INFO  user=ann action=login ms=12
2024-01-01 10:00:05 WARN  user=bob action=login ms=340
2024-01-01 10:01:00 INFO  user=ann action=view ms=25
garbage line here
2024-01-01 10:02:13 ERROR user=cy  action=pay ms=1200
2024-01-01 10:03:00 INFO  user=bob action=view ms=31
2024-01-01 10:04:44 ERROR user=ann action=pay ms=980
2024-01-01 10:05:00 INFO  user=cy  action=logout ms=5"""

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4:
            errors.append(n)
            continue
        date, time, level, *kvs = parts
        rec = dict(kv.split("=", 1) for kv in kvs)
        rec.update(level=level, time=time, ms=int(rec["ms"]))
        yield rec

def where(recs, pred):
    return (r for r in recs if pred(r))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x

errors = []
pipeline = where(parse(read_lines(LOG), errors), lambda r: r["level"] != "INFO")
for r in pipeline:
    print(f"{r['time']} {r['level']:<5} {r['user']:<4} {r['action']:<6} {r['ms']:>5}ms")
print("bad lines:", errors)
recs = list(parse(read_lines(LOG), []))
print(sum(r["ms"] for r in recs), max(recs, key=lambda r: r["ms"])["user"], [r["user"] for r in take(3, recs)])
slow = {r["user"] for r in recs if r["ms"] > 100}
print(sorted(slow), sorted({r["action"] for r in recs}))

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc
c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
c1.reset(); print(c1(), c1.__closure__ is not None, len(c1.__code__.co_freevars))

def averager():
    total, n, avg = 0.0, 0, None
    while True:
        try:
            x = yield avg
        except ValueError:
            total, n, avg = 0.0, 0, None
            continue
        if x is None:
            break
        total += x; n += 1; avg = total / n
    return (n, avg)
a = averager(); next(a)
print([a.send(x) for x in (10, 20, 30, 40)])
print(a.throw(ValueError), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf); buf = []
    if buf: yield tuple(buf)
def running(it, fn, init):
    acc = init
    for x in it:
        acc = fn(acc, x)
        yield acc
squares = (i * i for i in range(1, 11))
print(list(chunks(squares, 3)), list(squares))
print(list(running(range(1, 8), lambda a, b: a * b, 1)), list(running("abc", str.__add__, "")))
def gen_with_cleanup(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleaned")
log = []
g = gen_with_cleanup(log)
print(next(g), next(g), log); g.close(); print(log, list(g))
adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])
def compose(*fns):
    def run(x):
        for f in reversed(fns): x = f(x)
        return x
    return run
print(compose(str.upper, str.strip, lambda s: s + "  ")(" hi "), compose()(5))
fib = lambda: (yield from (lambda a, b: iter(lambda: None, 1))(0, 1))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fibs())), next(x for x in fibs() if x > 1000))
print(list(zip(*[iter(range(9))] * 3)), list(map(lambda t: sum(t), zip(range(3), range(3, 6)))))
