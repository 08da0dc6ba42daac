# tokenizer + interpreter loop: generate arithmetic programs (assignments and expressions over
# integer variables), tokenize them character by character, parse them with a recursive-descent
# parser into a postfix instruction list, and run that on a small stack machine.
# Exercises str indexing and character classification, str slicing, list append/pop as a stack,
# dict lookups with str keys, if/elif dispatch chains, tuples as instructions and recursion.
# Should benefit from: BINARY_SUBSCR (str by int, list by int, dict by str), COMPARE_OP (str ==,
# str <=, int), CONTAINS_OP (str in str), LOAD_METHOD + CALL (list.append/pop, str methods),
# LOAD_ATTR (instance), CALL (Python methods), FOR_ITER (list).
import sys

SIZES = {"full": (1200, 58), "tiny": (60, 2)}  # (statements per program, programs)

DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_"
OPERATORS = "+-*/%()="


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " " or ch == "\t":
            i += 1
        elif ch == "\n" or ch == ";":
            tokens.append(("end", ch))
            i += 1
        elif ch in DIGITS:
            j = i
            while j < n and src[j] in DIGITS:
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch in LETTERS:
            j = i
            while j < n and (src[j] in LETTERS or src[j] in DIGITS):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in OPERATORS:
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r" % ch)
    tokens.append(("end", ""))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.code = []

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def program(self):
        while self.pos < len(self.tokens):
            kind, value = self.peek()
            if kind == "end":
                self.pos += 1
                continue
            self.statement()
        return self.code

    def statement(self):
        kind, value = self.peek()
        nxt = self.tokens[self.pos + 1]
        if kind == "name" and nxt == ("op", "="):
            self.pos += 2
            self.expr()
            self.code.append(("store", value))
        else:
            self.expr()
            self.code.append(("print", None))

    def expr(self):
        self.term()
        while True:
            kind, value = self.peek()
            if kind == "op" and (value == "+" or value == "-"):
                self.pos += 1
                self.term()
                self.code.append(("binop", value))
            else:
                return

    def term(self):
        self.factor()
        while True:
            kind, value = self.peek()
            if kind == "op" and (value == "*" or value == "/" or value == "%"):
                self.pos += 1
                self.factor()
                self.code.append(("binop", value))
            else:
                return

    def factor(self):
        kind, value = self.advance()
        if kind == "num":
            self.code.append(("push", value))
        elif kind == "name":
            self.code.append(("load", value))
        elif kind == "op" and value == "-":
            self.factor()
            self.code.append(("neg", None))
        elif kind == "op" and value == "(":
            self.expr()
            if self.advance() != ("op", ")"):
                raise SyntaxError("expected )")
        else:
            raise SyntaxError("unexpected token %r" % (value,))


def run(code):
    stack = []
    env = {}
    out = 0
    for op, arg in code:
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env.get(arg, 1))
        elif op == "binop":
            b = stack.pop()
            a = stack.pop()
            if arg == "+":
                stack.append(a + b)
            elif arg == "-":
                stack.append(a - b)
            elif arg == "*":
                stack.append((a * b) % 1000000007)
            elif arg == "/":
                stack.append(a // b if b != 0 else 0)
            else:
                stack.append(a % b if b != 0 else 0)
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "neg":
            stack.append(-stack.pop())
        elif op == "print":
            out = (out * 31 + stack.pop()) % 1000000007
    for name in sorted(env):
        out = (out * 7 + env[name]) % 1000000007
    return out


class Generator:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound

    def expression(self, depth):
        r = self.next(10)
        if depth <= 0 or r < 3:
            if self.next(2) == 0:
                return str(self.next(1000))
            return "v%d" % self.next(12)
        if r == 3:
            return "-" + self.expression(depth - 1)
        if r == 4:
            return "(" + self.expression(depth - 1) + ")"
        op = "+-*/%"[self.next(5)]
        return self.expression(depth - 1) + " " + op + " " + self.expression(depth - 1)

    def program(self, statements):
        lines = []
        for i in range(statements):
            if self.next(4) == 0:
                lines.append(self.expression(5))
            else:
                lines.append("v%d = %s" % (self.next(12), self.expression(5)))
        return "\n".join(lines)


def main():
    statements, programs = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    checksum = 0
    ntokens = 0
    for p in range(programs):
        src = Generator(p + 7).program(statements)
        tokens = tokenize(src)
        ntokens += len(tokens)
        code = Parser(tokens).program()
        for rep in range(3):
            checksum = (checksum * 1000003 + run(code)) % 1000000007
    print("%d tokens" % ntokens)
    print("checksum:", checksum)


main()
