# Event bus with decorator-registered handlers, callable-class decorators, decorator factories
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, ())), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def emit(self, event, **payload):
        results = []
        for prio, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopPropagation as sp:
                results.append(f"stopped by {fn.__name__}: {sp}")
                break
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
                continue
            results.append(r)
        self.history.append((event, tuple(sorted(payload))))
        return results

class StopPropagation(Exception):
    pass

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except exceptions as e:
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

def logged(prefix):
    def deco(cls):
        orig_init = cls.__init__
        def __init__(self, *a, **k):
            orig_init(self, *a, **k)
            print(f"{prefix} created {type(self).__name__}{a}")
        cls.__init__ = __init__
        return cls
    return deco

bus = EventBus()

@bus.on("order", priority=5)
def validate(item, qty):
    if qty <= 0:
        raise StopPropagation(f"bad qty {qty}")
    return f"valid {item}"

@bus.on("order")
@CountCalls
def ship(item, qty):
    """Ship it."""
    return f"shipped {qty}x{item}"

@bus.on("order", priority=1)
def bill(item, qty):
    return f"billed {qty * {'pen': 2, 'ink': 7}[item]}"

@bus.on("refund")
def refund(**kw):
    return f"refund {sorted(kw.items())}"

print(bus.emit("order", item="pen", qty=3))
print(bus.emit("order", item="ink", qty=0))
print(bus.emit("order", item="cup", qty=1))
print(bus.emit("refund", id=7, amount=2.5), bus.emit("unknown"))
print(ship.calls, ship.__name__, ship.__doc__, type(ship).__name__, bus.history)

@retry(3, exceptions=(ValueError,))
def flaky(x, attempt):
    if attempt < 3:
        raise ValueError(f"attempt {attempt}")
    return x * 10
@retry(2)
def hopeless(attempt):
    raise KeyError(attempt)
print(flaky(4), flaky.__name__, flaky.__wrapped__.__name__)
try:
    hopeless()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

@logged("[log]")
class Service:
    def __init__(self, name, port=80):
        self.name, self.port = name, port
    @CountCalls
    def ping(self, n=1):
        return f"{self.name}:{self.port} pong x{n}"
    @staticmethod
    def version():
        return "1.0"
    @classmethod
    def default(cls):
        return cls("default", 8080)

s = Service("api", 443)
d = Service.default()
print(s.ping(), s.ping(2), d.ping(), Service.ping.calls, Service.version(), s.version())
def compose(*decorators):
    def apply(fn):
        for dec in reversed(decorators):
            fn = dec(fn)
        return fn
    return apply
def tag(name):
    def deco(fn):
        def inner(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return inner
    return deco
@compose(tag("b"), tag("i"))
def hello(who):
    return f"hello {who}"
print(hello("world"))
