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
        assertTrue(u.err().startsWith("Unknown option: --bogus"), u.err());
        Run m = run("/no/such/file.py");
        assertEquals(2, m.status());
        assertEquals("specula: can't open file '/no/such/file.py': [Errno 2] No such file or directory\n", m.err());
    }
}
