# Inventory report: records, multi-key sorts, f-string alignment
from collections import namedtuple, defaultdict, Counter
from functools import reduce, wraps, partial, total_ordering
from itertools import groupby, accumulate, chain, islice, combinations
from operator import attrgetter, itemgetter, mul

Item = namedtuple("Item", ["sku", "name", "category", "qty", "price"])
RAW = """\
A100,Widget,tools,12,3.5
B200,Gadget,toys,0,12.25
A101,Hammer,tools,5,15.0
C300,Teddy,toys,7,8.75
D400,Laptop,electronics,2,999.99
D401,Mouse,electronics,40,19.5
A102,Wrench,tools,5,11.0"""

def parse(text):
    for line in text.splitlines():
        sku, name, cat, qty, price = line.split(",")
        yield Item(sku, name, cat, int(qty), float(price))

items = list(parse(RAW))
items.sort(key=attrgetter("category", "name"))
print(f"{'SKU':<6}{'Name':<10}{'Cat':>12}{'Qty':>5}{'Price':>10}{'Value':>11}")
print("-" * 54)
for it_ in items:
    print(f"{it_.sku:<6}{it_.name:<10}{it_.category:>12}{it_.qty:>5d}{it_.price:>10.2f}{it_.qty * it_.price:>11,.2f}")
print("=" * 54)
total = sum(i.qty * i.price for i in items)
print(f"{'TOTAL':<33}{sum(map(attrgetter('qty'), items)):>5}{'':>10}{total:>11,.2f}")
for cat, grp in groupby(items, key=attrgetter("category")):
    g = list(grp)
    share = sum(i.qty * i.price for i in g) / total
    print(f"{cat.title():<12} {len(g):2d} items {share:7.2%} {'*' * round(share * 40)}")
by_price = sorted(items, key=lambda i: (-i.price, i.sku))
print([i.sku for i in by_price], max(items, key=itemgetter(4)).name, min(items, key=lambda i: (i.qty, i.name)).name)
out_of_stock = [i.name for i in items if not i.qty]
print(f"out of stock: {', '.join(out_of_stock) or 'none'}")
print(list(accumulate(sorted(i.qty for i in items))), reduce(mul, (i.qty for i in items if i.qty), 1))
pairs = [(a.name, b.name) for a, b in combinations(items, 2) if a.price + b.price < 20]
print(pairs)
index = defaultdict(set)
for i in items:
    for ch in set(i.name.lower()) & set("aeiou"):
        index[ch].add(i.sku)
print({k: sorted(v) for k, v in sorted(index.items())})
print(Counter(chain.from_iterable(i.name.lower() for i in items)).most_common(3))
print(list(islice((i.sku for i in items if i.price > 10), 2)))
def validate(*checks):
    def deco(f):
        @wraps(f)
        def w(x):
            for c in checks:
                if not c(x): raise ValueError(f"{f.__name__}: check {c.__name__} failed for {x!r}")
            return f(x)
        return w
    return deco
def positive(x): return x > 0
def small(x): return x < 100
@validate(positive, small)
def restock(n):
    "restock n units"
    return n * 2
for n in (5, -1, 500):
    try: print(restock(n))
    except ValueError as e: print("error:", e)
print(restock.__doc__, restock.__wrapped__(1000))
@total_ordering
class Money:
    __slots__ = ("cents",)
    def __init__(self, amount): self.cents = round(amount * 100)
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return self.cents < o.cents
    def __add__(self, o): m = Money(0); m.cents = self.cents + o.cents; return m
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    __hash__ = None
ms = [Money(i.price) for i in items]
print(sorted(ms), sum(ms, Money(0)), Money(1) > Money(0.99), Money(2) <= Money(2))
try: Money(1) < 5
except TypeError as e: print("TypeError", e)
fmt = partial("{:>{w}}|".format, w=8); print(fmt("x"), fmt(3.5))
print(f"{1234567.891:,.1f} {0.5:.0%} {42:#08x} {-7:+05d} {'mid':^9}| {3e-5:g} {1e16:g} {255:b}")
