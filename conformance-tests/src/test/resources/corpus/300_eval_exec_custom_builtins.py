# eval/exec take their builtins from the globals' __builtins__ (a dict or a module).
import sys

for src in ["len('x')", "open('x')", "print"]:
    try:
        print(eval(src, {"__builtins__": {}}))
    except NameError as e:
        print("NameError:", e)

safe = {"__builtins__": {"len": len, "str": str, "NameError": NameError}}
print(eval("len('abc') + 1", safe))
exec("try:\n    r = sorted([2, 1])\nexcept NameError as e:\n    r = str(e)\n", safe)
print(safe["r"])

g = {}
exec("x = abs(-3)", g)
print(g["x"], type(g["__builtins__"]).__name__)

mod = sys.modules["builtins"]
print(eval("max(1, 5)", {"__builtins__": mod}))
print(eval("min(4, 2)", {"__builtins__": {"min": lambda *a: "custom"}}))
try:
    exec("NameErr", {"__builtins__": {"len": len}})
except NameError as e:
    print("NameError:", e)
eval("open('x')", {"__builtins__": {}})
