#!/usr/bin/env python3
"""Machine code of Interpreter.loop per `case` label, from -XX:+PrintAssembly logs.

usage: loop_by_case.py Interpreter.java LOG [LOG ...]

Each log holds the disassembly of one or more compilations of Interpreter::loop (made with
-XX:+DebugNonSafepoints so that most instructions carry a source line); the last compilation in
each log is read. An instruction's bytes go to the source line of the nearest annotation of the
loop method before it, and a line to the `case` label above it in Interpreter.java ("(loop head)"
above the first case, "-" for code with no line of the loop, such as the prologue). Also counts
the loads from and stores to the Java frame's stack slots (spilled values).
"""
import collections
import re
import sys

INSN = re.compile(r'^  0x([0-9a-f]+):\s+(.*)')
LOOP_LINE = re.compile(r'Interpreter::loop@\d+ \(line (\d+)\)')
STACK_LOAD = re.compile(r'\bmov\w*\s+\w+, \w+ ptr \[rsp \+')
STACK_STORE = re.compile(r'\bmov\w*\s+\w+ ptr \[rsp \+ [^\]]+\], ')


def case_labels(source):
    labels, label = {}, '(loop head)'
    for number, text in enumerate(open(source).read().split('\n'), 1):
        m = re.match(r'\s+case ([A-Z_]+):', text)
        if m:
            label = m.group(1)
        labels[number] = label
    return labels


def last_compilation(log):
    text = open(log).read()
    parts = re.split(r'\n(?=Compiled method \(c2\).*Interpreter::loop)', text)
    loops = [p for p in parts if p.startswith('Compiled method') and 'Interpreter::loop' in p.split('\n')[0]]
    if not loops:
        sys.exit(f"{log}: no C2 compilation of Interpreter::loop")
    return loops[-1]


def measure(log, labels):
    per_case = collections.Counter()
    loads = stores = 0
    line, previous = None, None
    for text in last_compilation(log).split('\n'):
        m = INSN.match(text)
        if m:
            address = int(m.group(1), 16)
            if previous is not None:
                per_case[labels.get(line, '-') if line else '-'] += address - previous
            previous = address
            loads += bool(STACK_LOAD.search(m.group(2)))
            stores += bool(STACK_STORE.search(m.group(2)))
            continue
        m = LOOP_LINE.search(text)
        if m:
            line = int(m.group(1))
    return per_case, loads, stores


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    labels = case_labels(sys.argv[1])
    results = [measure(log, labels) for log in sys.argv[2:]]
    cases = sorted({c for r in results for c in r[0]}, key=lambda c: -sum(r[0][c] for r in results))
    print('case'.ljust(32) + ''.join(log.rsplit('/', 1)[-1][-14:].rjust(16) for log in sys.argv[2:]))
    for c in cases:
        print(str(c).ljust(32) + ''.join(str(r[0][c]).rjust(16) for r in results))
    print('bytes'.ljust(32) + ''.join(str(sum(r[0].values())).rjust(16) for r in results))
    print('stack-slot loads'.ljust(32) + ''.join(str(r[1]).rjust(16) for r in results))
    print('stack-slot stores'.ljust(32) + ''.join(str(r[2]).rjust(16) for r in results))


if __name__ == '__main__':
    main()
