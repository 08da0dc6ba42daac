package org.specula.core.interp;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** input() and sys.stdin; expected outputs produced by CPython 3.11 with the same standard input. */
class StdinTest {
    private static String run(String source, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Vm vm = Vm.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .argv(List.of("-c"))
                .build();
        assertEquals(0, vm.runCommand(source), "exit status");
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inputAndSysStdin() {
        String src = """
import sys
a = input('p1: '); b = input()
print(repr(a), repr(b), repr(sys.stdin.readline()), repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print(repr(line))
    if line.startswith('stop'): break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.isatty(), sys.stdin is sys.__stdin__)
try: input('last> ')
except EOFError as e: print('EOF', e)
""";
        String expected = """
p1: 'line1\\r' 'line2' '\\n' 'abc' 'def\\n'
'x1\\n'
'stop here\\n'
['r1\\n', 'r2 no newline']
'' '' False True
last> EOF EOF when reading a line
""";
        assertEquals(expected, run(src, "line1\r\nline2\n\nabcdef\nx1\nstop here\nr1\nr2 no newline"));
    }

    @Test
    void readAllThenSplit() {
        assertEquals("[3, 4, 5] 12\n", run("""
import sys
nums = [int(x) for x in sys.stdin.read().split()]
print(nums, sum(nums))
""", "3 4\n5\n"));
    }
}
