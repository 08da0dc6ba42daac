# try/except/else/finally combinations.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("  except: division by zero")
        return None
    else:
        print("  else: ok")
        return r
    finally:
        print("  finally for", a, b)
print(div(6, 3))
print(div(1, 0))
for v in ["12", "x", None]:
    try:
        n = int(v)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("parsed", n)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple clause caught", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("base class caught", type(e).__name__, e)
try:
    raise ValueError("bare except")
except:
    print("bare except caught")
try:
    pass
finally:
    print("finally without exception")
try:
    x = 1
except Exception:
    print("not printed")
else:
    print("else runs, x =", x)
try:
    raise KeyError("gone")
except Exception as e:
    saved = e
print(type(saved).__name__, saved.args)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def which(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except Exception:
        return "other"
print(which(ZeroDivisionError()), which(OverflowError()), which(IndexError()), which(TypeError()))
