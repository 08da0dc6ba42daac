package org.specula.core.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Text file objects (io.TextIOWrapper) and the open() builtin: text modes only (there is no
 * bytes type). Reads decode the rest of the file at once and apply universal newlines on the
 * fly; writes are buffered and flushed on flush/close/seek/tell/read, before any other open()
 * and at JVM exit (CPython flushes files when they are collected).
 */
public final class PyFile implements PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", null);
    /** io.UnsupportedOperation (OSError, ValueError). */
    public static final PyType UNSUPPORTED;
    private static final Set<PyFile> DIRTY = new LinkedHashSet<>();

    static {
        TYPE.qualname = "_io.TextIOWrapper";
        PyDict ns = new PyDict();
        ns.put("__module__", "io");
        UNSUPPORTED = PyType.newClass("UnsupportedOperation", new PyType[] {Errors.OSError, Errors.ValueError}, ns);
        install();
        Runtime.getRuntime().addShutdownHook(new Thread(PyFile::flushAll));
    }

    private final Object name;
    private final String mode;
    private final String encodingName;
    private final Charset charset;
    private final String errors;
    private final String newline;
    private final boolean readable, writable, append;
    /** The file and the RandomAccessFile mode; the OS file is opened only during an operation. */
    private final java.io.File file;
    private final String rafMode;
    /** The OS file position between operations. */
    private long fpos;
    private boolean closed;
    /** utf-8-sig: a BOM is skipped at the start on reading and written at the start of an empty file. */
    private boolean sig;
    /** False while iterating with next() (CPython disables tell() then). */
    private boolean telling = true;
    /** Decoded, untranslated text from byte offset rbufStart to the end of the file, or null. */
    private String rbuf;
    private int ridx;
    private long rbufStart;
    private final StringBuilder wbuf = new StringBuilder();

    private PyFile(Object name, String mode, String encodingName, Charset cs, String errors, String newline,
                   boolean readable, boolean writable, boolean append, java.io.File file, String rafMode, long fpos) {
        this.name = name;
        this.mode = mode;
        this.encodingName = encodingName;
        this.charset = cs;
        this.errors = errors;
        this.newline = newline;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.file = file;
        this.rafMode = rafMode;
        this.fpos = fpos;
    }

    @Override public PyType type() { return TYPE; }

    /** Registers open in a builtins dict. */
    public static void register(PyDict d) {
        d.put("open", new PyBuiltinFunction("open", false, PyFile::open));
    }

    /** The io module's contents. */
    public static void fillIoModule(PyDict d) {
        register(d);
        d.put("UnsupportedOperation", UNSUPPORTED);
        d.put("TextIOWrapper", TYPE);
        d.put("DEFAULT_BUFFER_SIZE", 8192L);
        d.put("SEEK_SET", 0L);
        d.put("SEEK_CUR", 1L);
        d.put("SEEK_END", 2L);
    }

    private static final String[] OPEN_ARGS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static synchronized void flushAll() {
        for (PyFile f : DIRTY.toArray(new PyFile[0])) {
            try {
                f.flushWrites();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
    }

    static Object open(Object[] args, String[] kw) {
        for (int i = 0; kw != null && i < kw.length; i++) {
            if (!java.util.Arrays.asList(OPEN_ARGS).contains(kw[i]))
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for open()");
        }
        Object[] a = Args.parse("open", args, kw, 0, OPEN_ARGS, 0, 1);
        Object file = a[0];
        String mode = optStr(a[1], "mode", "r");
        if (a[2] != null && !(a[2] instanceof Long || a[2] instanceof Boolean))
            throw Errors.typeError("'" + Ops.typeName(a[2]) + "' object cannot be interpreted as an integer");
        String encoding = optStr(a[3], "encoding", null);
        String errors = optStr(a[4], "errors", null);
        String newline = optStr(a[5], "newline", null);
        if (a[7] != null && a[7] != Py.None) throw Errors.valueError("opener is not supported by Specula yet");
        String path;
        if (file instanceof String s) path = s;
        else if (file instanceof Long || file instanceof Boolean) throw Errors.valueError("opening file descriptors is not supported by Specula yet");
        else {
            Object fs = Ops.type(file).lookup("__fspath__");
            if (fs == null) throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
            Object r = Ops.callMethod(file, fs, new Object[0], null);
            if (!(r instanceof String s))
                throw Errors.typeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not " + Ops.typeName(r));
            path = s;
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        Set<Character> seen = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0 || !seen.add(c)) throw Errors.valueError("invalid mode: '" + mode + "'");
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) throw Errors.valueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        if (binary) throw Errors.valueError("binary mode is not supported by Specula yet");
        if (kinds == 0) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n"))
            throw Errors.valueError("illegal newline value: " + newline);
        Charset cs = StandardCharsets.UTF_8;
        boolean sig = false;
        if (encoding != null) {
            String norm = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
            sig = norm.equals("utf-8-sig");
            String jname = switch (norm) {
                case "utf-8-sig", "utf8", "u8", "utf", "cp65001" -> "UTF-8";
                case "latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin" -> "ISO-8859-1";
                case "ascii", "us-ascii", "646" -> "US-ASCII";
                case "utf-16", "utf16" -> "UTF-16";
                case "utf-32", "utf32" -> "UTF-32";
                default -> norm.matches("cp125[0-8]") ? "windows-" + norm.substring(2) : norm;
            };
            try {
                cs = Charset.forName(jname);
            } catch (RuntimeException e) {
                throw Errors.of(Errors.LookupError, "unknown encoding: " + encoding);
            }
        }
        flushAll();
        Path p = Paths.get(path);
        boolean wantWrite = writing || appending || creating || updating;
        long fpos = 0;
        try {
            if (Files.isDirectory(p)) throw osError(21, "Is a directory", path);
            boolean exists = Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p);
            if (creating && exists) throw osError(17, "File exists", path);
            if (reading && !exists) throw osError(2, "No such file or directory", path);
            Path parent = p.toAbsolutePath().getParent();
            if (!exists && parent != null && !Files.isDirectory(parent)) {
                if (Files.exists(parent)) throw osError(20, "Not a directory", path);
                throw osError(2, "No such file or directory", path);
            }
            if (exists && ((reading || updating) && !Files.isReadable(p) || wantWrite && !Files.isWritable(p)))
                throw osError(13, "Permission denied", path);
            try (RandomAccessFile raf = new RandomAccessFile(p.toFile(), wantWrite ? "rw" : "r")) {
                if (writing) raf.setLength(0);
                if (appending) fpos = raf.length();
            }
        } catch (IOException e) {
            throw osError(13, "Permission denied", path);
        }
        PyFile f = new PyFile(file, mode, encoding == null ? "UTF-8" : encoding, cs, errors == null ? "strict" : errors, newline,
                reading || updating, !reading || updating, appending, p.toFile(), wantWrite ? "rw" : "r", fpos);
        f.sig = sig;
        return f;
    }

    private static String optStr(Object v, String what, String dflt) {
        if (v == null || v == Py.None && !what.equals("mode")) return dflt;
        if (v instanceof String s) return s;
        throw Errors.typeError("open() argument '" + what + "' must be str" + (what.equals("mode") ? "" : " or None") + ", not " + Ops.typeName(v));
    }

    private static PyException osError(int errno, String msg, String path) {
        return new PyException((PyBaseException) Ops.call(Errors.OSError, new Object[] {(long) errno, msg, path}, null));
    }

    private static PyException ioError(IOException e) {
        return Errors.of(Errors.OSError, String.valueOf(e.getMessage()));
    }

    // ------------------------------------------------------------------ operations

    private void checkOpen() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) throw Errors.of(UNSUPPORTED, "not readable");
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw Errors.of(UNSUPPORTED, "not writable");
    }

    private interface IoOp { void run(RandomAccessFile raf) throws IOException; }

    /**
     * Runs op on the file opened at fpos and closes it again (fpos then follows the operation):
     * programs that never close their files, which CPython closes when they are collected, do
     * not run out of file descriptors.
     */
    private void withRaf(IoOp op) {
        try (RandomAccessFile raf = new RandomAccessFile(file, rafMode)) {
            raf.seek(fpos);
            op.run(raf);
            fpos = raf.getFilePointer();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private void flushWrites() {
        if (wbuf.length() == 0) return;
        synchronized (PyFile.class) {
            DIRTY.remove(this);
        }
        try {
            withRaf(raf -> {
                if (append) raf.seek(raf.length());
                if (sig && raf.getFilePointer() == 0) raf.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                raf.write(wbuf.toString().getBytes(charset));
            });
        } finally {
            wbuf.setLength(0);
        }
    }

    private void fillRead() {
        if (rbuf != null) return;
        flushWrites();
        byte[][] read = new byte[1][];
        rbufStart = fpos;
        withRaf(raf -> {
            long n = raf.length() - rbufStart;
            read[0] = new byte[(int) Math.max(0, n)];
            raf.readFully(read[0]);
        });
        rbuf = decode(read[0]);
        ridx = 0;
        if (sig && rbufStart == 0 && rbuf.startsWith("\uFEFF")) {
            rbuf = rbuf.substring(1);
            rbufStart = 3;
        }
    }

    private String decode(byte[] b) {
        CodingErrorAction act = errors.equals("replace") ? CodingErrorAction.REPLACE
                : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPORT;
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(act).onUnmappableCharacter(act);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError() && !errors.equals("strict") && !errors.equals("replace") && !errors.equals("ignore")) {
            if (java.util.Set.of("surrogateescape", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogatepass").contains(errors))
                throw Errors.valueError("errors='" + errors + "' is not supported by Specula yet");
            throw Errors.of(Errors.LookupError, "unknown error handler name '" + errors + "'");
        }
        if (r.isError()) {
            int pos = in.position();
            int bad = b[pos] & 0xFF;
            String reason = pos + r.length() >= b.length && bad >= 0xC2 && bad <= 0xF4 ? "unexpected end of data"
                    : bad >= 0x80 && bad < 0xC2 || bad > 0xF4 ? "invalid start byte" : "invalid continuation byte";
            String cname = charset == StandardCharsets.UTF_8 ? "utf-8" : charset.name().toLowerCase();
            throw Errors.of(Errors.UnicodeDecodeError, "'" + cname + "' codec can't decode byte 0x"
                    + String.format("%02x", bad) + " in position " + pos + ": " + reason);
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** The logical byte position (after flushing pending writes). */
    private long position() {
        if (rbuf != null) return rbufStart + rbuf.substring(0, ridx).getBytes(charset).length;
        flushWrites();
        return fpos;
    }

    private void dropRead() {
        if (rbuf == null) return;
        long pos = position();
        rbuf = null;
        fpos = pos;
    }

    /** Reads up to n characters (all when n < 0), translating newlines. */
    private String read(long n) {
        checkReadable();
        fillRead();
        StringBuilder sb = new StringBuilder();
        boolean translate = newline == null;
        long count = 0;
        while (ridx < rbuf.length() && (n < 0 || count < n)) {
            char c = rbuf.charAt(ridx++);
            count++;
            if (Character.isHighSurrogate(c) && ridx < rbuf.length() && Character.isLowSurrogate(rbuf.charAt(ridx))) {
                sb.append(c);
                c = rbuf.charAt(ridx++);
            }
            if (translate && c == '\r') {
                if (ridx < rbuf.length() && rbuf.charAt(ridx) == '\n') ridx++;
                c = '\n';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private String readline(long limit) {
        checkReadable();
        fillRead();
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (ridx < rbuf.length() && (limit < 0 || count < limit)) {
            char c = rbuf.charAt(ridx++);
            count++;
            if (Character.isHighSurrogate(c) && ridx < rbuf.length() && Character.isLowSurrogate(rbuf.charAt(ridx))) {
                sb.append(c).append(rbuf.charAt(ridx++));
                continue;
            }
            if (c == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r\n"))) {
                boolean crlf = ridx < rbuf.length() && rbuf.charAt(ridx) == '\n';
                if (newline == null) {
                    if (crlf) ridx++;
                    sb.append('\n');
                    return sb.toString();
                }
                if (newline.isEmpty()) {
                    sb.append('\r');
                    if (crlf) {
                        ridx++;
                        sb.append('\n');
                    }
                    return sb.toString();
                }
                sb.append('\r');
                if (crlf) {
                    ridx++;
                    sb.append('\n');
                    return sb.toString();
                }
                continue;
            }
            sb.append(c);
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) return sb.toString();
            if (c == '\r' && "\r".equals(newline)) return sb.toString();
        }
        return sb.toString();
    }

    private long write(Object s) {
        checkWritable();
        if (!(s instanceof String str)) throw Errors.typeError("write() argument must be str, not " + (s == Py.None ? "None" : Ops.typeName(s)));
        // Like CPython, a write after reading goes where the read-ahead stopped (the end here).
        rbuf = null;
        if (newline == null) {
            // os.linesep is "\n": nothing to translate
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            str = str.replace("\n", newline);
        }
        wbuf.append(encodable(str));
        synchronized (PyFile.class) {
            DIRTY.add(this);
        }
        if (wbuf.length() >= 8192) flushWrites();
        String orig = (String) s;
        return (long) orig.codePointCount(0, orig.length());
    }

    /** str with the characters the charset cannot encode handled per errors (strict: UnicodeEncodeError). */
    private String encodable(String str) {
        if (charset == StandardCharsets.UTF_8 || charset.name().startsWith("UTF-")) return str;
        java.nio.charset.CharsetEncoder enc = charset.newEncoder();
        if (enc.canEncode(str)) return str;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) sb.append(ch);
            else if (errors.equals("replace")) sb.append('?');
            else if (!errors.equals("ignore")) {
                String cname = charset == StandardCharsets.US_ASCII ? "ascii" : charset == StandardCharsets.ISO_8859_1 ? "latin-1" : "charmap";
                String why = cname.equals("ascii") ? "ordinal not in range(128)" : cname.equals("latin-1") ? "ordinal not in range(256)"
                        : "character maps to <undefined>";
                throw Errors.of(Errors.UnicodeEncodeError, "'" + cname + "' codec can't encode character " + StrMethods.asciiOf(ch)
                        + " in position " + str.codePointCount(0, i) + ": " + why);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private void close() {
        if (closed) return;
        try {
            flushWrites();
        } finally {
            closed = true;
        }
    }

    private long seek(Object[] args, String[] kw) {
        Args.noKw("seek", kw);
        Args.count("seek", args, kw, 1, 1, 2);
        checkOpen();
        long off = Ops.index(args[1]);
        long whence = args.length > 2 ? Ops.index(args[2]) : 0;
        if (whence == 1 && off != 0) throw Errors.of(UNSUPPORTED, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) throw Errors.of(UNSUPPORTED, "can't do nonzero end-relative seeks");
        if (whence < 0 || whence > 2) throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        if (whence == 0 && off < 0) throw Errors.valueError("negative seek position " + off);
        telling = true;
        long target = whence == 1 ? position() : -1;
        rbuf = null;
        flushWrites();
        if (whence == 2) withRaf(raf -> raf.seek(raf.length()));
        else fpos = whence == 0 ? off : target;
        return fpos;
    }

    // ------------------------------------------------------------------ type

    private static PyFile self(String name, Object[] args) {
        Args.checkSelf(name, TYPE, args);
        return (PyFile) args[0];
    }

    private static long size(Object[] args, int i) {
        if (args.length <= i || args[i] == Py.None) return -1;
        if (Ops.type(args[i]).lookup("__index__") == null)
            throw Errors.typeError("argument should be integer or None, not '" + Ops.typeName(args[i]) + "'");
        return Ops.index(args[i]);
    }

    private static void install() {
        PyType t = TYPE;
        Types.method(t, "read", (a, k) -> {
            PyFile f = self("read", a);
            Args.noKw("read", k);
            Args.count("read", a, k, 1, 0, 1);
            return f.read(size(a, 1));
        });
        Types.method(t, "readline", (a, k) -> {
            PyFile f = self("readline", a);
            Args.noKw("readline", k);
            Args.count("readline", a, k, 1, 0, 1);
            return f.readline(a.length > 1 ? Ops.index(a[1]) : -1);
        });
        Types.method(t, "readlines", (a, k) -> {
            PyFile f = self("readlines", a);
            Args.noKw("readlines", k);
            Args.count("readlines", a, k, 1, 0, 1);
            long hint = size(a, 1);
            PyList l = new PyList();
            long total = 0;
            for (String s = f.readline(-1); !s.isEmpty(); s = f.readline(-1)) {
                l.append(s);
                total += s.length();
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        Types.method(t, "write", (a, k) -> {
            PyFile f = self("write", a);
            return f.write(Args.one("write", a, k, 1));
        });
        Types.method(t, "writelines", (a, k) -> {
            PyFile f = self("writelines", a);
            Object lines = Args.one("writelines", a, k, 1);
            f.checkOpen();
            Object it = Ops.iter(lines);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) f.write(v);
            return Py.None;
        });
        Types.method(t, "close", (a, k) -> {
            Args.none("close", a, k, 1);
            self("close", a).close();
            return Py.None;
        });
        Types.method(t, "flush", (a, k) -> {
            Args.none("flush", a, k, 1);
            PyFile f = self("flush", a);
            f.checkOpen();
            f.flushWrites();
            return Py.None;
        });
        Types.method(t, "tell", (a, k) -> {
            Args.none("tell", a, k, 1);
            PyFile f = self("tell", a);
            f.checkOpen();
            if (!f.telling) throw Errors.of(Errors.OSError, "telling position disabled by next() call");
            return f.position();
        });
        Types.method(t, "seek", (a, k) -> self("seek", a).seek(a, k));
        Types.method(t, "truncate", (a, k) -> {
            PyFile f = self("truncate", a);
            Args.noKw("truncate", k);
            Args.count("truncate", a, k, 1, 0, 1);
            f.checkWritable();
            long pos = a.length > 1 && a[1] != Py.None ? Ops.index(a[1]) : f.position();
            f.dropRead();
            f.flushWrites();
            long keep = f.fpos;
            f.withRaf(raf -> raf.setLength(pos));
            f.fpos = keep;
            return pos;
        });
        Types.method(t, "readable", (a, k) -> { Args.none("readable", a, k, 1); PyFile f = self("readable", a); f.checkOpen(); return f.readable; });
        Types.method(t, "writable", (a, k) -> { Args.none("writable", a, k, 1); PyFile f = self("writable", a); f.checkOpen(); return f.writable; });
        Types.method(t, "seekable", (a, k) -> { Args.none("seekable", a, k, 1); self("seekable", a).checkOpen(); return true; });
        Types.method(t, "isatty", (a, k) -> { Args.none("isatty", a, k, 1); self("isatty", a).checkOpen(); return false; });
        Types.method(t, "__iter__", (a, k) -> { PyFile f = self("__iter__", a); f.checkOpen(); return f; });
        Types.method(t, "__next__", (a, k) -> {
            PyFile f = self("__next__", a);
            f.telling = false;
            String s = f.readline(-1);
            if (s.isEmpty()) {
                f.telling = true;
                throw Errors.stopIteration();
            }
            return s;
        });
        Types.method(t, "__enter__", (a, k) -> { PyFile f = self("__enter__", a); f.checkOpen(); return f; });
        Types.method(t, "__exit__", (a, k) -> { self("__exit__", a).close(); return Py.None; });
        Types.method(t, "__repr__", (a, k) -> {
            PyFile f = self("__repr__", a);
            return "<_io.TextIOWrapper name=" + Ops.repr(f.name) + " mode=" + StrMethods.repr(f.mode)
                    + " encoding=" + StrMethods.repr(f.encodingName) + ">";
        });
        PyGetSet.define(t, "closed", o -> ((PyFile) o).closed, null);
        PyGetSet.define(t, "name", o -> ((PyFile) o).name, null);
        PyGetSet.define(t, "mode", o -> ((PyFile) o).mode, null);
        PyGetSet.define(t, "encoding", o -> ((PyFile) o).encodingName, null);
        PyGetSet.define(t, "errors", o -> ((PyFile) o).errors, null);
        PyGetSet.define(t, "line_buffering", o -> false, null);
    }
}
