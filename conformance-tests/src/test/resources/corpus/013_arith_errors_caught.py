# ZeroDivisionError and OverflowError caught and printed.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
attempt("int /", lambda: 1 / 0)
attempt("int //", lambda: 1 // 0)
attempt("int %", lambda: 1 % 0)
attempt("float /", lambda: 1.0 / 0)
attempt("float //", lambda: 1.0 // 0.0)
attempt("float %", lambda: 1.5 % 0.0)
attempt("divmod", lambda: divmod(5, 0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("big / 0", lambda: 2 ** 100 / 0)
attempt("float overflow", lambda: 10.0 ** 400)
attempt("int to float", lambda: float(10 ** 400))
attempt("big true div", lambda: 10 ** 400 / 3)
attempt("exp ok", lambda: 2.0 ** 10)
attempt("mul inf", lambda: 1e308 * 10)
try:
    x = 10
    y = x // (x - 10)
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e.args)
