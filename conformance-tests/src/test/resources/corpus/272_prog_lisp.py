# A tiny Lisp interpreter: tokenizer, reader, environments with closures, tail calls via loop
class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: __mul(a), "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
        "null?": lambda x: x == [], "length": len, "sqrt": lambda x: x ** 0.5, "abs": abs, "mod": lambda a, b: a % b,
        "display": lambda x: print(lispstr(x)) or None,
    })
    return env

def __mul(args):
    r = 1
    for a in args: r *= a
    return r

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if op == "define":
            name, expr = args
            if isinstance(name, list):
                env[name[0]] = Lambda(name[1:], expr, env)
            else:
                env[name] = evaluate(expr, env)
            return None
        if op == "set!":
            env.find(args[0])[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        fn = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(fn, Lambda):
            if len(vals) != len(fn.params):
                raise LispError(f"arity mismatch: {fn!r} got {len(vals)}")
            x, env = fn.body, Env(fn.params, vals, fn.env)
            continue
        if callable(fn):
            return fn(*vals)
        raise LispError(f"not a procedure: {lispstr(fn)}")

def lispstr(x):
    if isinstance(x, list):
        return "(" + " ".join(map(lispstr, x)) + ")"
    if x is True: return "#t"
    if x is False: return "#f"
    return str(x)

genv = standard_env()
program = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 30)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 5000 0)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c) (c) (c)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 15)
(list 1 2.5 'sym (list))
(sqrt 2)
(/ 7 2) (/ 8 2) (/ 7.0 2)
(display '(nested (list "of" things)))
(length '(a b c))
(undefined-thing 1)
(1 2 3)
(fact 1 2)
(car '())
)
"""
tokens = tokenize(program)
while tokens:
    try:
        result = evaluate(read(tokens), genv)
        if result is not None:
            print(lispstr(result))
    except LispError as e:
        print("LispError:", e)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(genv["fact"], isinstance(Symbol("x"), str), Symbol("ab") + "c", type(Symbol("q")).__name__)
