# A data pipeline that fails deep inside a generator chain: the traceback spans
# generator frames, a method, a lambda and a chained exception.
class RecordError(Exception):
    pass

def read(rows):
    for i, row in enumerate(rows):
        yield i, row

def parse(items):
    for i, row in items:
        name, qty, price = row.split(",")
        yield {"line": i, "name": name.strip(), "qty": int(qty), "price": float(price)}

class Pricer:
    def __init__(self, discount):
        self.discount = discount
    def apply(self, records):
        for r in records:
            yield self.total(r)
    def total(self, r):
        try:
            return r["name"], r["qty"] * r["price"] / self.discount(r)
        except ZeroDivisionError as e:
            raise RecordError(f"line {r['line']}: bad discount for {r['name']!r}") from e

rows = ["apple, 3, 0.5", "pear, 2, 1.25", "plum, 0, 2.0", "fig, 5, 0.2"]
pricer = Pricer(lambda r: r["qty"] // 2)
totals = {}
for name, total in pricer.apply(parse(read(rows))):
    totals[name] = total
    print(f"{name:<6}{total:8.3f}")
print("unreachable", totals)
