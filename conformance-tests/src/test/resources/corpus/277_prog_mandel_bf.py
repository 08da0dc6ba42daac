# CPU-bound programs: ASCII Mandelbrot (float loops) and a Brainfuck interpreter
def mandelbrot(w, h, max_iter=60):
    chars = " .:-=+*#%@"
    rows = []
    for j in range(h):
        y0 = (j / h) * 2.4 - 1.2
        row = []
        for i in range(w):
            x0 = (i / w) * 3.5 - 2.5
            x = y = 0.0
            n = 0
            while x * x + y * y <= 4.0 and n < max_iter:
                x, y = x * x - y * y + x0, 2 * x * y + y0
                n += 1
            row.append(chars[n * (len(chars) - 1) // max_iter])
        rows.append("".join(row).rstrip())
    return rows

for line in mandelbrot(64, 24):
    print(line)

def bf(code, inp=""):
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape, ptr, pc, out, inp = [0] * 300, 0, 0, [], list(inp)
    steps = 0
    while pc < len(code):
        c = code[pc]
        if c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == "+": tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-": tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ".": out.append(chr(tape[ptr]))
        elif c == ",": tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == "[" and tape[ptr] == 0: pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0: pc = jumps[pc]
        pc += 1
        steps += 1
    return "".join(out), steps

HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(bf(HELLO))
REV = ">,[>,]<[.<]"
print(bf(REV, "stressed"))
SQUARES = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
out, steps = bf(SQUARES)
print(out.split()[:12], len(out.split()), steps)
for bad in ["[[]", "]["]:
    try:
        bf(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
