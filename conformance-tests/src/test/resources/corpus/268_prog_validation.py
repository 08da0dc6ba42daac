# Exception-heavy input validation: custom hierarchy, chaining, finally, else, re-raise
class ValidationError(Exception):
    def __init__(self, field, message):
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}")

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class MultipleErrors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
    def __str__(self):
        return super().__str__() + ": " + "; ".join(map(str, self.errors))

def require(d, key, conv, check=None, msg="invalid"):
    if key not in d or d[key] in ("", None):
        raise MissingField(key)
    try:
        value = conv(d[key])
    except (ValueError, TypeError) as e:
        raise ValidationError(key, f"cannot convert {d[key]!r}") from e
    if check and not check(value):
        raise ValidationError(key, msg)
    return value

def validate_user(raw):
    errors, out = [], {}
    rules = [("name", str, lambda s: s.isalpha() and s[0].isupper(), "must be a capitalised word"),
             ("age", int, lambda n: 0 < n < 130, "out of range"),
             ("email", str.strip, lambda s: s.count("@") == 1 and "." in s.split("@")[1], "malformed"),
             ("score", float, lambda x: x == x and x not in (float("inf"), float("-inf")), "not finite")]
    for key, conv, check, msg in rules:
        try:
            out[key] = require(raw, key, conv, check, msg)
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise MultipleErrors(errors)
    return out

inputs = [
    {"name": "Ann", "age": "34", "email": " ann@example.com ", "score": "9.5"},
    {"name": "bob", "age": "-3", "email": "bob@@x", "score": "nan"},
    {"age": "abc", "email": "", "score": "1e400"},
    {"name": "Cy", "age": 7.9, "email": "cy@x.org", "score": 3},
    {"name": "Dee", "age": None, "email": "d@e.f", "score": [1]},
]
for i, raw in enumerate(inputs):
    try:
        user = validate_user(raw)
    except MultipleErrors as e:
        print(f"#{i} FAIL {e}")
        for err in e.errors:
            cause = err.__cause__
            print(f"     - {type(err).__name__:<15} {err.field:<6} {err.message:<28} cause={type(cause).__name__ if cause else '-'}: {cause or ''}")
    else:
        print(f"#{i} OK   {user}")
    finally:
        print(f"#{i} done")

def parse_config(text):
    cfg = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = (p.strip() for p in line.split("=", 1))
        except ValueError:
            raise SyntaxError(f"line {n}: expected key=value, got {line!r}") from None
        if not key.isidentifier():
            raise SyntaxError(f"line {n}: bad key {key!r}")
        if value.lower() in ("true", "false"):
            cfg[key] = value.lower() == "true"
        else:
            for conv in (int, float):
                try:
                    cfg[key] = conv(value); break
                except ValueError:
                    continue
            else:
                cfg[key] = value.strip('"')
    return cfg
print(parse_config('# comment\nport = 8080\nratio=0.75\n\nname = "svc"\ndebug = TRUE\nhex = 0x10'))
for bad in ["just text", "1x = 3", "a = 1\nb"]:
    try:
        parse_config(bad)
    except SyntaxError as e:
        print("SyntaxError:", e, e.__suppress_context__, e.__context__ is not None)

def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except (ZeroDivisionError, KeyError) as e:
            last = e
            print(f"  attempt {i} failed: {type(e).__name__}: {e}")
        finally:
            print(f"  attempt {i} finished")
    raise RuntimeError("all attempts failed") from last
print(retry(lambda i: 10 // (i - 2) if i < 2 else {"k": i}["k"] * 10 if i == 3 else {}["x"], 4))
try:
    retry(lambda i: 1 / 0, 2)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("middle")
    except ValueError as e:
        return repr(e), repr(e.__context__), e.__cause__
print(nested())
