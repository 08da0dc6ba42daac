package org.specula.cli;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scripted sessions at the interactive prompt (Main.repl), compared with CPython 3.11's. */
class ReplTest {
    record Run(int status, String out, String err) {}

    static Run session(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new StringReader(input));
        int status;
        try (Vm.Session s = Vm.builder().stdout(o).stderr(e).argv(List.of("")).build().openSession(in, "")) {
            status = Main.repl(s, in, o);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void echoesExpressionValuesAndKeepsUnderscore() {
        Run r = session("1 + 2\n_ * 10\nNone\nprint('x')\n_\n'a' 'b'\nx = 5\nx\n");
        assertEquals(new Run(0, ">>> 3\n>>> 30\n>>> >>> x\n>>> 30\n>>> 'ab'\n>>> >>> 5\n>>> \n", ""), r);
    }

    @Test
    void multiLineDefAndForBlocksEndAtAnEmptyLine() {
        Run r = session("def f(a):\n    return a * 2\n\nfor i in range(2):\n    print(f(i))\n\n"
                + "@staticmethod\ndef g(): pass\n\nx = (1,\n\n 2)\nx\ns = '''a\nb'''\ns\ny = 1 + \\\n 2\ny\nif 1: print('one')\n\n");
        assertEquals(new Run(0, ">>> ... ... >>> ... ... 0\n2\n>>> ... ... >>> ... ... >>> (1, 2)\n"
                + ">>> ... >>> 'a\\nb'\n>>> ... >>> 3\n>>> ... one\n>>> \n", ""), r);
    }

    @Test
    void tracebackThenTheSessionGoesOn() {
        Run r = session("def f():\n    return 1 / 0\n\nf()\nf\n");
        assertEquals(0, r.status());
        assertEquals("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "  File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n", r.err());
        assertEquals(true, r.out().matches("(?s)>>> \\.\\.\\. \\.\\.\\. >>> >>> <function f at 0x[0-9a-f]+>\n>>> \n"),
                r.out());
    }

    @Test
    void syntaxErrorThenTheSessionGoesOn() {
        Run r = session("1 +\nif 1:\n\n2\n");
        assertEquals(new Run(0, ">>> >>> ... >>> 2\n>>> \n",
                "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
                + "  File \"<stdin>\", line 2\n    \n    ^\n"
                + "IndentationError: expected an indented block after 'if' statement on line 1\n"), r);
    }

    @Test
    void exitsAtEndOfInputOrByExitOrSysExit() {
        assertEquals(new Run(0, ">>> \n", ""), session(""));
        assertEquals(new Run(0, ">>> Use quit() or Ctrl-D (i.e. EOF) to exit\n>>> ", ""), session("quit\nexit()\n1\n"));
        assertEquals(new Run(3, ">>> >>> ", ""), session("import sys\nsys.exit(3)\nprint('no')\n"));
        assertEquals(new Run(1, ">>> ", "bye\n"), session("exit('bye')\n"));
    }

    @Test
    void inputReadsTheNextLinesOfTheSession() {
        Run r = session("n = input('? ')\nhello\nn\n");
        assertEquals(new Run(0, ">>> ? >>> 'hello'\n>>> \n", ""), r);
    }
}
