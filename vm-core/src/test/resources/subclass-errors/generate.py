"""Generates subclass-errors/cases.tsv: operations on instances of subclasses of built-in types
that raise under CPython 3.11, with CPython's exception type and message.

Run with python3 3.11 from this directory:  python3 generate.py > cases.tsv
Each output line is  <python statement> TAB <ExceptionType: message>.
SubclassErrorMessagesTest runs every statement on Specula and compares the messages.
"""

PRELUDE = """
class I0(int): pass
class F0(float): pass
class S0(str): pass
class L0(list): pass
class T0(tuple): pass
class D0(dict): pass
class St0(set): pass
class Fz0(frozenset): pass
"""

SUBCLASS_VALUES = ["I0(1)", "F0(1.5)", "S0('s')", "L0([1])", "T0((1,))", "D0({1: 2})", "St0({1})", "Fz0({1})"]
PLAIN_VALUES = ["1", "1.5", "'s'", "[1]", "(1,)", "{1: 2}", "{1}", "frozenset({1})", "None"]
BINARY = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
COMPARE = ["<", "<=", ">", ">="]

UNARY_TEMPLATES = [
    "-{x}", "+{x}", "~{x}", "abs({x})", "len({x})", "hash({x})", "iter({x})", "next({x})", "{x}()",
    "int({x})", "float({x})", "round({x})", "chr({x})", "ord({x})", "range({x})",
    "{x}[0]", "{x}['a']", "{x}[1:2]", "{x}[0] = 1", "del {x}[0]",
    "[1][{x}]", "'s'[{x}]", "(1,)[{x}]", "[1][{x}] = 1", "del [1][{x}]",
    "for q in {x}: pass", "'a' in {x}", "1 in {x}", "{x} in 's'", "{x} in {{1: 2}}", "{x} in {{1}}",
    "{{{x}: 1}}", "{{{x}}}", "a, b = {x}",
    "list({x})", "tuple({x})", "set({x})", "dict({x})", "sorted({x})", "sum({x})", "min({x})", "max({x})",
    "sorted([{x}, None])", "sum([{x}, None])", "sum([None, {x}])", "min([{x}, None])", "max([None, {x}])",
    "''.join([{x}])", "''.join({x})", "', '.join(['a', {x}])",
    "'%d' % {x}", "'%s %s' % {x}", "'%x' % {x}", "'%c' % {x}", "format({x}, 'd')", "format({x}, 'q')",
    "divmod({x}, None)", "divmod(None, {x})", "pow({x}, None)", "pow({x}, 2, 3)",
    "isinstance(1, {x})", "issubclass(int, {x})", "{x}.foo", "getattr({x}, 'foo')",
    "enumerate({x})", "zip({x})", "reversed({x})", "map(None, {x})", "filter(None, {x})",
    "bin({x})", "hex({x})", "oct({x})",
    "str.upper({x})", "list.append({x}, 1)", "dict.keys({x})", "'s'.count({x})", "'s'.startswith({x})",
    "[1, 2].index(1, {x})", "[1].pop({x})", "'abc'.split({x})", "'s'.center({x})", "'s' * {x}", "{x} * 's'",
    "[1] * {x}", "{x} * [1]", "(1,) * {x}", "{x} * (1,)",
]


def cases():
    for x in SUBCLASS_VALUES:
        for y in PLAIN_VALUES + SUBCLASS_VALUES:
            for op in BINARY:
                yield f"{x} {op} {y}"
                yield f"{y} {op} {x}"
                yield f"v = {x}\nv {op}= {y}"
                yield f"v = {y}\nv {op}= {x}"
            for op in COMPARE:
                yield f"{x} {op} {y}"
                yield f"{y} {op} {x}"
        for template in UNARY_TEMPLATES:
            yield template.format(x=x)


def main():
    env = {}
    exec(PRELUDE, env)
    seen = set()
    for code in cases():
        if code in seen:
            continue
        seen.add(code)
        try:
            exec(code, dict(env))
        except Exception as e:
            message = f"{type(e).__name__}: {e}"
            if "\t" in message or "\n" in message:
                continue
            # only messages that can name a type: the point is which type they name
            print(code.replace("\n", "\\n") + "\t" + message)


if __name__ == "__main__":
    main()
