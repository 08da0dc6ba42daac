package org.specula.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("Specula "), v.out());
        Run h = run("-h");
        assertEquals(0, h.status());
        assertTrue(h.out().startsWith("usage: specula"), h.out());
    }

    @Test
    void runsACommandWithArguments() {
        Run r = run("-c", "import sys; print(sys.argv, 6 * 7)", "x", "y");
        assertEquals(new Run(0, "['-c', 'x', 'y'] 42\n", ""), r);
    }

    @Test
    void runsAFileWithSysArgv(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, "import sys\nprint(sys.argv[1:])\nraise SystemExit(4)\n");
        assertEquals(new Run(4, "['a', 'b']\n", ""), run(p.toString(), "a", "b"));
    }

    @Test
    void importsAModuleBesideTheScript(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("helper.py"), "def greet(n):\n    return 'hi ' + n\n");
        Path p = dir.resolve("main.py");
        Files.writeString(p, "import helper\nfrom helper import greet\nprint(helper.greet('a'), greet('b'))\n");
        assertEquals(new Run(0, "hi a hi b\n", ""), run(p.toString()));
    }

    @Test
    void disassemblesAFile(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("d.py");
        Files.writeString(p, "x = 1\n");
        Run r = run("-m", "dis", p.toString());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("LOAD_CONST"), r.out());
        assertTrue(r.out().contains("STORE_NAME"), r.out());
    }

    @Test
    void badUsageAndMissingFiles() {
        Run u = run("--bogus");
        assertEquals(2, u.status());
        assertTrue(u.err().startsWith("unknown option --bogus\n"), u.err());
        Run z = run("-z");
        assertEquals(2, z.status());
        assertTrue(z.err().startsWith("Unknown option: -z\n"), z.err());
        Run m = run("/no/such/file.py");
        assertEquals(2, m.status());
        assertEquals("specula: can't open file '/no/such/file.py': [Errno 2] No such file or directory\n", m.err());
    }

    @Test
    void ignoresCPythonOptionsWithoutEffect() {
        assertEquals(new Run(0, "1\n", ""), run("-u", "-B", "-X", "dev", "-c", "print(1)"));
    }

    @Test
    void directoryRunsItsMainModule(@TempDir Path dir) throws IOException {
        Run none = run(dir.toString());
        assertEquals(1, none.status());
        assertEquals("specula: can't find '__main__' module in '" + dir + "'\n", none.err());
        Files.writeString(dir.resolve("__main__.py"), "print('main of dir')\n");
        assertEquals(new Run(0, "main of dir\n", ""), run(dir.toString()));
    }

    @Test
    void sourceEncodings(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.write(bad, "x = 1\ny = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run(bad.toString());
        assertEquals(1, r.status());
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + bad
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", r.err());
        Path latin = dir.resolve("latin.py");
        Files.write(latin, "# -*- coding: latin-1 -*-\nprint('\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(new Run(0, "\u00e9\n", ""), run(latin.toString()));
        Path bom = dir.resolve("bom.py");
        Files.write(bom, "\ufeffprint('bom')\r\nprint('crlf')\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Run(0, "bom\ncrlf\n", ""), run(bom.toString()));
    }

    @Test
    void stdinProgramsReportEofErrorsAsFiles() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("try:\n    pass\n".getBytes(StandardCharsets.UTF_8)));
            Run r = run("-");
            assertEquals(new Run(1, "", "  File \"<stdin>\", line 2\n    pass\n"
                    + "SyntaxError: expected 'except' or 'finally' block\n"), r);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void brokenPipeRaisesBrokenPipeErrorOnce() {
        java.io.OutputStream failing = new java.io.OutputStream() {
            @Override public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Main.PipeAwareStream(failing), true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"-c", "print('x')\nprint('y')"}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "BrokenPipeError: [Errno 32] Broken pipe\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void moduleTracebacksShowRunpyFrames(@TempDir Path dir) throws IOException {
        Path mod = dir.resolve("m.py");
        Files.writeString(mod, "def f():\n    return 1 / 0\nf()\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = org.specula.core.Vm.builder().stdout(new PrintStream(new ByteArrayOutputStream()))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).argv(java.util.List.of(mod.toString()))
                .build().runModuleFile(mod);
        assertEquals(1, status);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
                + "  File \"<frozen runpy>\", line 88, in _run_code\n"
                + "  File \"" + mod + "\", line 3, in <module>\n    f()\n"
                + "  File \"" + mod + "\", line 2, in f\n    return 1 / 0\n           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", err.toString(StandardCharsets.UTF_8));
    }
}
