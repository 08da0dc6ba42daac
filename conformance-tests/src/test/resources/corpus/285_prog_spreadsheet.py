# Spreadsheet evaluator: cell references, formulas via eval with a restricted namespace,
# dependency ordering, cycle detection, dict subclass with __missing__
import sys

class CycleError(Exception):
    pass

class Cells(dict):
    def __missing__(self, key):
        return 0

def col_index(col):
    n = 0
    for ch in col:
        n = n * 26 + ord(ch) - 64
    return n

def refs(formula):
    out, i = [], 0
    while i < len(formula):
        if formula[i].isupper():
            j = i
            while j < len(formula) and formula[j].isupper(): j += 1
            k = j
            while k < len(formula) and formula[k].isdigit(): k += 1
            if k > j:
                out.append(formula[i:k])
            i = k if k > i else i + 1
        else:
            i += 1
    return out

class Sheet:
    FUNCS = {"SUM": lambda *a: sum(a), "MAX": max, "MIN": min, "AVG": lambda *a: sum(a) / len(a), "ABS": abs}
    def __init__(self):
        self.raw = {}
        self.values = Cells()
    def set(self, cell, text):
        self.raw[cell] = text
    def evaluate(self):
        order, state = [], {}
        def visit(cell, path):
            if state.get(cell) == "done":
                return
            if state.get(cell) == "active":
                raise CycleError(" -> ".join(path + [cell]))
            state[cell] = "active"
            text = self.raw.get(cell, "")
            if text.startswith("="):
                for r in refs(text[1:]):
                    if r not in self.FUNCS:
                        visit(r, path + [cell])
            state[cell] = "done"
            order.append(cell)
        for cell in sorted(self.raw, key=lambda c: (col_index(c.rstrip("0123456789")), int(c.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))):
            visit(cell, [])
        for cell in order:
            text = self.raw.get(cell, "")
            if text.startswith("="):
                env = dict(self.FUNCS)
                env.update({r: self.values[r] for r in refs(text[1:]) if r not in self.FUNCS})
                try:
                    self.values[cell] = eval(text[1:], {"__builtins__": {}}, env)
                except ZeroDivisionError:
                    self.values[cell] = "#DIV/0!"
                except TypeError:
                    self.values[cell] = "#VALUE!"
            else:
                try:
                    self.values[cell] = int(text)
                except ValueError:
                    try:
                        self.values[cell] = float(text)
                    except ValueError:
                        self.values[cell] = text
        return order
    def show(self, rows, cols):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            print(f"{r:>3} " + "".join(cells))

sh = Sheet()
data = {"A1": "10", "A2": "20", "A3": "30.5", "A4": "=SUM(A1, A2, A3)", "B1": "=A1*2", "B2": "=B1+A2/4",
        "B3": "=AVG(A1, A2, B1, B2)", "B4": "=MAX(A4, B3) - MIN(A1, B1)", "C1": "label", "C2": "=A1/(A2-20)",
        "C3": "=C1+1", "C4": "=ABS(B4 - 100) ** 0.5", "D1": "=Z9 + 1"}
for k, v in data.items():
    sh.set(k, v)
order = sh.evaluate()
print("order:", " ".join(order))
sh.show(range(1, 5), "ABCD")
print(refs("SUM(A1,B22)+AA3*ZZ100"), col_index("A"), col_index("Z"), col_index("AA"), col_index("ZZ"))
sh.set("A1", "=B2")
try:
    sh.evaluate()
except CycleError as e:
    print("CycleError:", e, file=sys.stdout)
print(eval("2 ** 10 + len('abc')"), eval("[x * x for x in range(4)]"), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def sq(x):\n    return x * x\nresult = sq(12)", ns)
print(ns["result"], ns["sq"](3), sorted(k for k in ns if not k.startswith("__")))
try:
    eval("open('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
