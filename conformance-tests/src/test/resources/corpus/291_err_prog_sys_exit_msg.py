# Command dispatcher that validates its argv-like input and exits with a message
import sys

def cmd_add(args):
    return sum(int(a) for a in args)

def cmd_mul(args):
    r = 1
    for a in args:
        r *= int(a)
    return r

COMMANDS = {"add": cmd_add, "mul": cmd_mul}

def main(argv):
    if not argv:
        return "usage: prog COMMAND [ARGS...]"
    name, *rest = argv
    try:
        fn = COMMANDS[name]
    except KeyError:
        return f"unknown command {name!r}; choose from {', '.join(sorted(COMMANDS))}"
    try:
        print(f"{name}{rest} = {fn(rest)}")
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0

for argv in (["add", "1", "2", "3"], ["mul", "4", "x"], ["mul"], []):
    print("exit code would be:", main(argv))
sys.stderr.write("fatal: giving up\n")
sys.exit(main(["div", "1"]))
