# exceptions: control flow through raise/try/except/else/finally - a safe-division parser over
# mixed tokens, a custom exception hierarchy with attributes, exceptions crossing several frames,
# with-statements via context-manager classes, and EAFP dict/attribute access (KeyError,
# AttributeError, IndexError, StopIteration).
# Exercises exception object creation, handler matching against classes and tuples, unwinding
# through frames, finally blocks and __enter__/__exit__ calls.
# Should benefit from: CALL (class construction, Python methods), LOAD_ATTR (instance, method),
# BINARY_SUBSCR (dict by int, list by int), LOAD_GLOBAL, BINARY_OP (int); generic: raising,
# exception matching and unwinding.
import sys

SIZES = {"full": 480000, "tiny": 1000}  # iterations


class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class ParseError(AppError):
    pass


class RangeError(AppError):
    pass


class Tracker:
    def __init__(self):
        self.depth = 0
        self.entered = 0
        self.errors = 0

    def __enter__(self):
        self.depth += 1
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        if exc_type is not None and issubclass(exc_type, RangeError):
            self.errors += 1
            return True
        return False


def parse(token):
    if token.isdigit():
        return int(token)
    if token.startswith("-") and token[1:].isdigit():
        return -int(token[1:])
    raise ParseError(1, token)


def check(value, limit):
    if value > limit or value < -limit:
        raise RangeError(2, value)
    return value


def deep(n, value):
    if n == 0:
        return check(value, 500)
    return deep(n - 1, value) + 1


TOKENS = ["12", "x7", "-40", "900", "3", "", "-3000", "77", "abc", "0", "250", "-1"]


def main():
    n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    tracker = Tracker()
    table = {k: k * 3 for k in range(0, 200, 3)}
    acc = 0
    parse_errors = 0
    finallies = 0
    for i in range(n):
        token = TOKENS[i % len(TOKENS)]
        try:
            v = parse(token)
        except ParseError as e:
            parse_errors += 1
            acc += e.code + len(e.detail)
            v = 0
        else:
            acc += 1
        finally:
            finallies += 1
        with tracker:
            acc += deep(i % 6, v * (1 + i % 4))
        try:
            acc += table[i % 200]
        except KeyError:
            acc -= 1
        try:
            acc += len(TOKENS[i % 15])
        except IndexError:
            acc += 2
        try:
            acc += 10 // (i % 7)
        except (ZeroDivisionError, ValueError) as e:
            acc += len(type(e).__name__)
        try:
            tracker.missing_attribute
        except AttributeError:
            acc += 3
        it = iter(TOKENS[: i % 3])
        try:
            while True:
                acc += len(next(it))
        except StopIteration:
            pass
        acc %= 1000000007
    print("parse errors %d, range errors %d, with blocks %d, finally %d" % (
        parse_errors, tracker.errors, tracker.entered, finallies))
    print("checksum:", (acc * 31 + tracker.errors) % 1000000007)


main()
