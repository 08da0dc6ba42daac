# JSON-like pretty printer and a tiny parser written in Python
def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if obj is None: return "null"
    if obj is True: return "true"
    if obj is False: return "false"
    if isinstance(obj, (int, float)): return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ch == "\t": out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e: out.append(f"\\u{ord(ch):04x}")
            else: out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj: return "[]"
        items = [pad + dumps(x, indent, level + 1, sort_keys) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(obj, dict):
        if not obj: return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = [f"{pad}{dumps(str(k))}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class ParseError(ValueError):
    pass

def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r": pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(s): raise ParseError("unexpected end")
        c = s[pos]
        if c == "{":
            pos += 1; d = {}; ws()
            if s[pos] == "}": pos += 1; return d
            while True:
                ws(); k = value(); ws()
                if s[pos] != ":": raise ParseError(f"expected ':' at {pos}")
                pos += 1
                d[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                if s[pos] == "}": pos += 1; return d
                raise ParseError(f"expected ',' or '}}' at {pos}")
        if c == "[":
            pos += 1; a = []; ws()
            if s[pos] == "]": pos += 1; return a
            while True:
                a.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                if s[pos] == "]": pos += 1; return a
                raise ParseError(f"expected ',' or ']' at {pos}")
        if c == '"':
            pos += 1; buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    esc = s[pos]
                    if esc == "u":
                        buf.append(chr(int(s[pos + 1:pos + 5], 16))); pos += 5; continue
                    buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos):
                pos += len(lit); return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE": pos += 1
        text = s[start:pos]
        if not text: raise ParseError(f"unexpected {c!r} at {pos}")
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    v = value(); ws()
    if pos != len(s): raise ParseError(f"extra data at {pos}")
    return v

data = {"name": "Widget \"Pro\"", "tags": ["a", "b\tc", "é"], "price": 12.5, "stock": 0,
        "dims": {"w": 10, "h": 2.25, "unit": None}, "active": True, "history": [],
        "meta": {}, "big": 2 ** 70, "neg": -1e-05, "nested": [[1, [2, [3]]], {"k": False}]}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, type(back["big"]).__name__)
print(dumps(data, indent=4, sort_keys=True)[:120])
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "tru", '{"a": 1} x', "@"]:
    try:
        print(loads(bad))
    except ParseError as e:
        print("ParseError:", e)
    except IndexError as e:
        print("IndexError:", e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(loads('  {"x": [1, 2.5, -3e2, "\\u0041\\n"], "y": {"z": null}}  '))
