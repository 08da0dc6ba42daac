# A simple stack-based VM with an assembler, labels, calls and error reporting
class VMError(Exception):
    def __init__(self, msg, pc, op):
        super().__init__(f"{msg} (pc={pc}, op={op})")

def assemble(src):
    code, labels, fixups = [], {}, []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        op = op.upper()
        if len(args) > 1:
            raise SyntaxError(f"line {lineno}: too many operands in {raw.strip()!r}")
        arg = None
        if args:
            a = args[0]
            if a.lstrip("-").isdigit():
                arg = int(a)
            else:
                fixups.append((len(code), a, lineno))
        code.append([op, arg])
    for idx, name, lineno in fixups:
        if name not in labels:
            raise SyntaxError(f"line {lineno}: undefined label {name!r}")
        code[idx][1] = labels[name]
    return [tuple(c) for c in code]

class VM:
    def __init__(self, code, trace=False):
        self.code, self.stack, self.calls, self.out, self.trace = code, [], [], [], trace
        self.vars = {}
        self.steps = 0
    def pop(self, pc, op):
        try:
            return self.stack.pop()
        except IndexError:
            raise VMError("stack underflow", pc, op) from None
    def run(self, limit=100000):
        pc = 0
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
                  "EQ": lambda a, b: int(a == b)}
        while pc < len(self.code):
            op, arg = self.code[pc]
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded", pc, op)
            pc += 1
            if op == "PUSH": self.stack.append(arg)
            elif op == "POP": self.pop(pc, op)
            elif op == "DUP":
                v = self.pop(pc, op); self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(pc, op), self.pop(pc, op); self.stack += [b, a]
            elif op == "LOAD": self.stack.append(self.vars.get(arg, 0))
            elif op == "STORE": self.vars[arg] = self.pop(pc, op)
            elif op == "JMP": pc = arg
            elif op == "JZ":
                if self.pop(pc, op) == 0: pc = arg
            elif op == "CALL":
                self.calls.append(pc); pc = arg
            elif op == "RET":
                if not self.calls: raise VMError("return outside call", pc, op)
                pc = self.calls.pop()
            elif op == "PRINT": self.out.append(str(self.pop(pc, op)))
            elif op == "HALT": break
            elif op in binops:
                b, a = self.pop(pc, op), self.pop(pc, op)
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(str(e), pc - 1, op) from e
            else:
                raise VMError(f"unknown opcode {op!r}", pc - 1, op)
        return self.out

FACT = """
    push 1
    store 0        ; acc
    push 20
    store 1        ; n
loop:
    load 1
    jz done
    load 0
    load 1
    mul
    store 0
    load 1
    push 1
    sub
    store 1
    jmp loop
done:
    load 0
    print
    push 7
    call square
    print
    halt
square:
    dup
    mul
    ret
"""
vm = VM(assemble(FACT))
print(vm.run(), vm.steps, vm.vars)
FIB = "push 0\nstore 0\npush 1\nstore 1\npush 30\nstore 2\nl:\nload 2\njz e\nload 0\nprint\nload 0\nload 1\nadd\nload 1\nstore 0\nstore 1\nload 2\npush 1\nsub\nstore 2\njmp l\ne:\nhalt"
print(" ".join(VM(assemble(FIB)).run()))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "frob", "jmp nowhere", "push 1 2", "ret",
            "l:\njmp l", "push 5\npush 3\nlt\nprint\npush 3\npush 3\neq\nprint\npush -7\npush 2\nmod\nprint"]:
    try:
        print("ok:", VM(assemble(bad)).run(limit=500))
    except VMError as e:
        print("VMError:", e, "| cause:", repr(e.__cause__))
    except SyntaxError as e:
        print("SyntaxError:", e)
