# Tokenizer + recursive-descent calculator with error handling
class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r}, {self.pos})"

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(src):
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield Token("NUM", float(text) if "." in text else int(text), i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token("OP", "**", i); i += 2
        elif c in "+-*/%()=,":
            yield Token("OP", c, i); i += 1
        else:
            raise CalcError(f"bad character {c!r}", i)
    yield Token("EOF", None, n)

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def accept(self, value):
        if self.peek().kind == "OP" and self.peek().value == value:
            return self.next()
        return None
    def expect(self, value):
        t = self.accept(value)
        if t is None:
            raise CalcError(f"expected {value!r}, got {self.peek().value!r}", self.peek().pos)
        return t
    def statement(self):
        t = self.peek()
        if t.kind == "NAME" and self.toks[self.i + 1].value == "=":
            self.next(); self.next()
            v = self.expr()
            self.env[t.value] = v
            return v
        v = self.expr()
        if self.peek().kind != "EOF":
            raise CalcError("trailing input", self.peek().pos)
        return v
    def expr(self):
        v = self.term()
        while (op := self.accept("+") or self.accept("-")):
            r = self.term()
            v = v + r if op.value == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while True:
            op = self.accept("*") or self.accept("/") or self.accept("%")
            if not op:
                return v
            r = self.factor()
            if op.value == "*": v *= r
            elif op.value == "/":
                if r == 0:
                    raise CalcError("division by zero", op.pos)
                v /= r
            else: v %= r
    def factor(self):
        if self.accept("-"):
            return -self.factor()
        base = self.atom()
        if self.accept("**"):
            return base ** self.factor()
        return base
    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return t.value
        if t.kind == "NAME":
            if self.accept("("):
                args = [self.expr()]
                while self.accept(","):
                    args.append(self.expr())
                self.expect(")")
                return self.FUNCS[t.value](*args)
            try:
                return self.env[t.value]
            except KeyError:
                raise CalcError(f"unknown variable {t.value!r}", t.pos) from None
        if t.kind == "OP" and t.value == "(":
            v = self.expr(); self.expect(")"); return v
        raise CalcError(f"unexpected {t.value!r}", t.pos)

env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4",
         "x * y - 1.5", "max(1, x, 3) + min(4, 2)", "abs(-7) % 4", "2 ** 100",
         "1 / 0", "3 + ", "4 $ 4", "z + 1", "(1 + 2", "7 // 2", "1.5 * 4", "10 / 3"]
for line in lines:
    try:
        print(f"{line!r:>28} => {Parser(line, env).statement()!r}")
    except CalcError as e:
        print(f"{line!r:>28} !! {e} (pos={e.pos})")
print(sorted(env.items()))
print(list(tokenize("a+1.5"))[:3])
