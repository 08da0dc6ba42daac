# Inventory system: abstract base via NotImplementedError, __init_subclass__ registry,
# class attributes, __getattr__, __contains__, __iter__, context manager transactions
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku = sku
    def __str__(self):
        sku, wanted, have = self.args
        return f"{sku}: wanted {wanted}, only {have} left"

class Product:
    registry = {}
    category = "generic"
    def __init_subclass__(cls, category=None, **kw):
        super().__init_subclass__(**kw)
        if category:
            cls.category = category
        Product.registry[cls.__name__] = cls
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price
    def tax_rate(self):
        raise NotImplementedError(f"{type(self).__name__} must define tax_rate")
    def price_with_tax(self):
        return round(self.price * (1 + self.tax_rate()), 2)
    def __repr__(self):
        return f"<{self.category}:{self.sku} {self.name} ${self.price:.2f}>"

class Food(Product, category="food"):
    def tax_rate(self): return 0.05

class Gadget(Product, category="electronics"):
    def __init__(self, sku, name, price, warranty=1):
        super().__init__(sku, name, price)
        self.warranty = warranty
    def tax_rate(self): return 0.2

class Book(Product, category="books"):
    def tax_rate(self): return 0.0

class Mystery(Product):
    pass

class Transaction:
    def __init__(self, inv):
        self.inv = inv
    def __enter__(self):
        self.snapshot = dict(self.inv.stock)
        return self.inv
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.inv.stock = self.snapshot
            print(f"  rollback after {exc_type.__name__}: {exc}")
            return issubclass(exc_type, InventoryError)
        print("  commit")
        return False

class Inventory:
    def __init__(self):
        self.products, self.stock = {}, {}
    def add(self, product, qty):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
    def remove(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
    def __contains__(self, sku):
        return self.stock.get(sku, 0) > 0
    def __iter__(self):
        for sku in sorted(self.products):
            yield self.products[sku], self.stock[sku]
    def __getattr__(self, name):
        if name.startswith("count_"):
            cat = name[len("count_"):]
            return sum(q for p, q in self if p.category == cat)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def transaction(self):
        return Transaction(self)
    def value(self):
        return sum(p.price_with_tax() * q for p, q in self)

inv = Inventory()
inv.add(Food("F1", "apple", 0.4), 100)
inv.add(Food("F2", "bread", 2.5), 20)
inv.add(Gadget("G1", "phone", 499.0, warranty=2), 5)
inv.add(Book("B1", "novel", 12.99), 7)
inv.add(Food("F1", "apple", 0.4), 50)
print(sorted(Product.registry), Mystery.category, Gadget.category)
for p, q in inv:
    print(f"{p!r:40} qty={q:>4} taxed={p.price_with_tax():>8.2f}")
print("value:", round(inv.value(), 2), "food:", inv.count_food, "books:", inv.count_books)
with inv.transaction() as i:
    i.remove("F1", 30)
    i.remove("G1", 1)
with inv.transaction() as i:
    i.remove("F2", 5)
    i.remove("B1", 100)
    print("not reached")
print(inv.stock)
try:
    with inv.transaction() as i:
        i.remove("F1", 1)
        {}["missing"]
except KeyError as e:
    print("escaped:", repr(e))
print(inv.stock["F1"], "F1" in inv, "ZZ" in inv)
try:
    Mystery("M1", "box", 1).price_with_tax()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    inv.total_weight
except AttributeError as e:
    print("AttributeError:", e)
try:
    inv.remove("G1", 10)
except InventoryError as e:
    print(type(e).__name__, e, e.args, e.sku)
print(getattr(inv, "count_electronics"), hasattr(inv, "nothing"), getattr(inv, "nothing", "dflt"))
print(isinstance(Food("x", "y", 1), Product), Food.__mro__[1].__name__, Food.__bases__[0].__name__)
