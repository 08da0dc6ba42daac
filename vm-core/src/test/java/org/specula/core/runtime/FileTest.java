package org.specula.core.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.core.Vm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * open() and text file objects. Each program runs with {@code d} bound to a fresh temporary
 * directory (ending in a slash); the expected outputs were produced by CPython 3.11 (python3)
 * running the same programs when the test was written.
 */
class FileTest {
    @TempDir
    Path dir;

    private void assertRuns(String program, String expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Vm vm = Vm.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .argv(List.of("-c"))
                .build();
        String d = dir.toAbsolutePath() + "/";
        String src = "d = " + StrMethods.repr(d) + "\n" + program;
        int status = vm.runCommand(src);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(0, status, "exit status");
    }

    @Test
    void writeReadIterateSeekAppend() {
        assertRuns("""
with open(d + "a.txt", "w") as f:
    print(repr(f).replace(d, ""))
    print(f.write("hello\\nworld\\n"), f.name == d + "a.txt", f.mode, f.closed, f.encoding)
    f.writelines(["x\\n", "y"])
    print("z", 1, sep="-", file=f)
print(f.closed)
with open(d + "a.txt") as f:
    print(repr(f.read()))
with open(d + "a.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
f = open(d + "a.txt", "rt")
print(repr(f.readline()), f.readlines(), repr(f.readline()), f.mode)
print(f.tell()); f.seek(0); print(f.read(3), f.tell(), repr(f.readline(2)))
f.close(); f.close()
with open(d + "a.txt", "a") as f:
    f.write("appended\\n")
print([l.rstrip("\\n") for l in open(d + "a.txt")])
print(list(open(d + "a.txt", encoding="utf-8"))[-1:])
open(d + "u.txt", "w").write("unclosed")
print(open(d + "u.txt").read())
with open(d + "h.txt", "w", encoding="utf-8") as f:
    print(f.write("h\\u00e9llo \\u20ac\\n"), f.tell(), f.encoding)
with open(d + "h.txt") as f:
    print(repr(f.read()), f.tell())
with open(d + "g.txt", "w+") as f:
    f.write("abc\\ndef\\n"); f.seek(0); print(repr(f.read()), f.tell())
    print(f.seek(0, 2), f.readable(), f.writable(), f.seekable())
with open(d + "g.txt", "r+") as f:
    print(repr(f.read(2))); f.seek(0); f.write("XY"); f.seek(0); print(repr(f.read()))
    f.seek(0); f.truncate(); print(repr(f.read()))
import io
print(type(f), io.TextIOWrapper is type(f), issubclass(io.UnsupportedOperation, OSError))
""", """
<_io.TextIOWrapper name='a.txt' mode='w' encoding='UTF-8'>
12 True w False UTF-8
True
'hello\\nworld\\nx\\nyz-1\\n'
1 'hello\\n'
2 'world\\n'
3 'x\\n'
4 'yz-1\\n'
'hello\\n' ['world\\n', 'x\\n', 'yz-1\\n'] '' rt
19
hel 3 'lo'
['hello', 'world', 'x', 'yz-1', 'appended']
['appended\\n']
unclosed
8 11 utf-8
'héllo €\\n' 11
'abc\\ndef\\n' 8
8 True True True
'ab'
'XYc\\ndef\\n'
''
<class '_io.TextIOWrapper'> True True
""");
    }

    @Test
    void universalNewlinesAndNewlineArgument() {
        assertRuns("""
with open(d + "c.txt", "w", newline="") as f: f.write("a\\r\\nb\\rc\\nd")
print(repr(open(d + "c.txt").read()))
print(open(d + "c.txt").readlines())
for nl in ["", "\\n", "\\r", "\\r\\n"]:
    print(repr(nl), open(d + "c.txt", newline=nl).readlines())
for nl in [None, "", "\\n", "\\r", "\\r\\n"]:
    with open(d + "e.txt", "w", newline=nl) as f: f.write("1\\n2\\r\\n")
    print(repr(nl), repr(open(d + "e.txt", newline="").read()))
try:
    open(d + "e.txt", newline="x")
except ValueError as e:
    print(e)
""", """
'a\\nb\\nc\\nd'
['a\\n', 'b\\n', 'c\\n', 'd']
'' ['a\\r\\n', 'b\\r', 'c\\n', 'd']
'\\n' ['a\\r\\n', 'b\\rc\\n', 'd']
'\\r' ['a\\r', '\\nb\\r', 'c\\nd']
'\\r\\n' ['a\\r\\n', 'b\\rc\\nd']
None '1\\n2\\r\\n'
'' '1\\n2\\r\\n'
'\\n' '1\\n2\\r\\n'
'\\r' '1\\r2\\r\\r'
'\\r\\n' '1\\r\\n2\\r\\r\\n'
illegal newline value: x
""");
    }

    @Test
    void errorsMatchCPython() {
        assertRuns("""
import io
def show(e):
    print(type(e).__name__, str(e).replace(d, "<d>"), getattr(e, "errno", None))
for args in [("nope.txt",), (d + "nope.txt",), (d,), (d, "w"), (d + "zz/a.txt", "w"), (d + "x.txt", "x")]:
    try:
        open(*args).close()
    except OSError as e:
        show(e)
try:
    open(d + "x.txt", "x")
except FileExistsError as e:
    show(e)
for m in ["rw", "q", "rr", "", "tb", "w+t", "at"]:
    try:
        open(d + "m.txt", m).close()
        print(m, "ok")
    except ValueError as e:
        print(repr(m), "->", e)
f = open(d + "x.txt")
try:
    f.write("x")
except io.UnsupportedOperation as e:
    print("UO", e, isinstance(e, OSError), isinstance(e, ValueError), type(e))
f.close()
for op in [lambda: f.read(), lambda: f.write("x"), lambda: iter(f), lambda: f.readline(), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print(e)
try:
    with f: pass
except ValueError as e:
    print(e)
with open(d + "w.txt", "w") as g:
    for v in [5, None, ["a"]]:
        try:
            g.write(v)
        except TypeError as e:
            print(e)
    try:
        g.read()
    except OSError as e:
        print(type(e).__name__, e)
for bad in [3.5, None]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open(d + "w.txt", 5)
except TypeError as e:
    print(e)
try:
    open(d + "w.txt", encoding="nope")
except LookupError as e:
    print(e)
try:
    open(d + "w.txt").readline(None)
except TypeError as e:
    print(e)
""", """
FileNotFoundError [Errno 2] No such file or directory: 'nope.txt' 2
FileNotFoundError [Errno 2] No such file or directory: '<d>nope.txt' 2
IsADirectoryError [Errno 21] Is a directory: '<d>' 21
IsADirectoryError [Errno 21] Is a directory: '<d>' 21
FileNotFoundError [Errno 2] No such file or directory: '<d>zz/a.txt' 2
FileExistsError [Errno 17] File exists: '<d>x.txt' 17
'rw' -> must have exactly one of create/read/write/append mode
'q' -> invalid mode: 'q'
'rr' -> invalid mode: 'rr'
'' -> Must have exactly one of create/read/write/append mode and at most one plus
'tb' -> can't have text and binary mode at once
w+t ok
at ok
UO not writable True True <class 'io.UnsupportedOperation'>
I/O operation on closed file.
I/O operation on closed file.
I/O operation on closed file.
I/O operation on closed file.
I/O operation on closed file.
I/O operation on closed file.
write() argument must be str, not int
write() argument must be str, not None
write() argument must be str, not list
UnsupportedOperation not readable
expected str, bytes or os.PathLike object, not float
expected str, bytes or os.PathLike object, not NoneType
open() argument 'mode' must be str, not int
unknown encoding: nope
'NoneType' object cannot be interpreted as an integer
""");
    }

    @Test
    void typicalScriptsEncodingsAndIterationTell() {
        assertRuns("""
with open(d + "big.txt", "w") as f:
    for i in range(3000):
        f.write(f"line {i},{i*i}\\n")
total = 0
with open(d + "big.txt") as f:
    for line in f:
        a, b = line.strip().split(",")
        total += int(b)
print(total)
with open(d + "big.txt") as f:
    print(len(f.read()), len(f.read()))
with open(d + "big.txt") as f:
    print(f.readline(), end="")
    for i, l in enumerate(f):
        if i == 2: break
    print(l, end="")
    print(f.readline(), end="")
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    f.seek(0); print(f.tell())
with open(d + "a.txt", "w") as f, open(d + "b.txt", "w") as g:
    f.write("A"); g.write("B")
print(open(d + "a.txt").read() + open(d + "b.txt").read())
try:
    with open(d + "c.txt", "w") as f:
        f.write("partial")
        raise KeyError("k")
except KeyError:
    print(f.closed, open(d + "c.txt").read())
print(repr(f).replace(d, ""))
with open(d + "l.txt", "w", encoding="latin-1") as f:
    f.write("caf\\u00e9")
with open(d + "l.txt", encoding="latin-1") as f:
    print(f.read(), f.encoding)
with open(d + "l.txt", errors="replace") as f:
    print(ascii(f.read()))
with open(d + "l.txt", errors="ignore") as f:
    print(ascii(f.read()))
try:
    open(d + "l.txt").read()
except UnicodeDecodeError as e:
    print("UDE", e)
print(hasattr(f, "read"), callable(f.write), "readline" in dir(f))
f = open(d + "a.txt")
print(f.read(), f.read(), f.readline() == "", f.readlines())
print(next(iter(f), "END"))
f.close()
print(f.closed, f.name == d + "a.txt", f.mode)
with open(d + "bom.txt", "w", encoding="utf-8-sig") as f:
    f.write("x")
print(ascii(open(d + "bom.txt").read()), ascii(open(d + "bom.txt", encoding="UTF_8_sig").read()))
""", """
8995500500
51427 0
line 0,0
line 3,9
line 4,16
OSError telling position disabled by next() call
0
AB
True partial
<_io.TextIOWrapper name='c.txt' mode='w' encoding='UTF-8'>
café latin-1
'caf\\ufffd'
'caf'
UDE 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data
True True True
A  True []
END
True True r
'\\ufeffx' 'x'
""");
    }

    @Test
    void encodeErrorsAndCodePointCounts() {
        assertRuns("""
for enc, txt in [("ascii", "ab\\u00e9c"), ("latin-1", "x\\u20ac"), ("cp1252", "a\\u0100"), ("ascii", "\\U0001f600")]:
    for err in [None, "replace", "ignore"]:
        try:
            with open(d + "enc.txt", "w", encoding=enc, errors=err) as f:
                print(f.write(txt))
            print(ascii(open(d + "enc.txt", encoding=enc).read()))
        except UnicodeEncodeError as e:
            print(type(e).__name__, e)
with open(d + "enc.txt", "w", encoding="latin-1") as f:
    f.write("\\u00e9\\u00ff")
try:
    open(d + "enc.txt", errors="bogus").read()
except LookupError as e:
    print(e)
with open(d + "em.txt", "w") as f:
    print(f.write("\\U0001f600a\\U0001f601\\nb"))
with open(d + "em.txt") as f:
    print(ascii(f.read(1)), ascii(f.read(2)), ascii(f.readline(1)), ascii(f.readline()), f.tell())
""", """
UnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 2: ordinal not in range(128)
4
'ab?c'
4
'abc'
UnicodeEncodeError 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)
2
'x?'
2
'x'
UnicodeEncodeError 'charmap' codec can't encode character '\\u0100' in position 1: character maps to <undefined>
2
'a?'
2
'a'
UnicodeEncodeError 'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)
1
'?'
1
''
unknown error handler name 'bogus'
5
'\\U0001f600' 'a\\U0001f601' '\\n' 'b' 11
""");
    }

    @Test
    void argumentChecking() {
        assertRuns("""
def tr(fn):
    try:
        r = fn()
        print("ok", repr(r).replace(d, ""))
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, ""))
tr(lambda: open())
tr(lambda: open(file=d + "k.txt", mode="w").write(""))
tr(lambda: open(d + "k.txt", "r", -1, None, None, None, True).read())
tr(lambda: open(d + "k.txt", foo=1))
tr(lambda: open(d + "k.txt", "r", 1, 2, 3, 4, 5, 6, 7))
f = open(d + "k.txt", "w")
f.write("a\\nbb\\nccc\\n"); f.close()
f = open(d + "k.txt")
tr(lambda: f.readlines(3))
tr(lambda: f.read(-5))
tr(lambda: f.foo)
tr(lambda: setattr(f, "name", "z"))
tr(lambda: setattr(f, "closed", True))
tr(lambda: f.read("a"))
tr(lambda: f.read(1, 2))
tr(lambda: f.seek(1, 1))
tr(lambda: f.seek(0, 5))
tr(lambda: f.seek(-1))
tr(lambda: f.__enter__() is f)
tr(lambda: f.__exit__(None, None, None))
tr(lambda: f.closed)
tr(lambda: open(d + "k.txt", "a+").read())
tr(lambda: open(d + "k.txt", "x+"))
tr(lambda: open(d + "k.txt", encoding=5))
tr(lambda: open(d + "k.txt", errors="bogus").read())
tr(lambda: open(d + "k.txt", newline=5))
tr(lambda: isinstance(f, type(open(d + "k.txt"))))
""", """
TypeError open() missing required argument 'file' (pos 1)
ok 0
ok ''
TypeError 'foo' is an invalid keyword argument for open()
TypeError open() takes at most 8 arguments (9 given)
ok ['a\\n', 'bb\\n']
ok 'ccc\\n'
AttributeError '_io.TextIOWrapper' object has no attribute 'foo'
AttributeError attribute 'name' of '_io.TextIOWrapper' objects is not writable
AttributeError attribute 'closed' of '_io.TextIOWrapper' objects is not writable
TypeError argument should be integer or None, not 'str'
TypeError read expected at most 1 argument, got 2
UnsupportedOperation can't do nonzero cur-relative seeks
ValueError invalid whence (5, should be 0, 1 or 2)
ValueError negative seek position -1
ok True
ok None
ok True
ok ''
FileExistsError [Errno 17] File exists: 'k.txt'
TypeError open() argument 'encoding' must be str or None, not int
ok 'a\\nbb\\nccc\\n'
TypeError open() argument 'newline' must be str or None, not int
ok True
""");
    }

    @Test
    void unclosedFilesDoNotExhaustDescriptors() {
        // CPython closes these when they are collected; Specula holds no OS handle between calls.
        assertRuns("""
open(d + "r.txt", "w").write("data\\n")
n = 0
for i in range(25000):
    n += len(open(d + "r.txt").read())
for i in range(2000):
    open(d + f"w{i % 7}.txt", "w").write("x" * i)
print(n, len(open(d + "w6.txt").read()))
""", """
125000 1994
""");
    }
}
