package org.specula.core.interp;

import org.specula.core.ast.Ast;
import org.specula.core.code.CodeObject;
import org.specula.core.compiler.Compiler;
import org.specula.core.parser.Parser;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;

/** source -> tokens -> AST -> code object: the front half of the pipeline in one call. */
public final class Pipeline {
    private Pipeline() {}

    /** Compiles a module's source; throws SyntaxErrorException on bad input. */
    public static CodeObject compile(String source, String filename) {
        Ast.Module module = Parser.parseModule(source, filename);
        try {
            return Compiler.compileModule(module, filename);
        } catch (SyntaxErrorException e) {
            throw withSourceLine(e, source);
        }
    }

    /** A source file's bytes that cannot be decoded: the message CPython's tokenizer gives. */
    public static final class UndecodableSource extends Exception {
        public UndecodableSource(String message) {
            super(message, null, false, false);
        }
    }

    private static final java.util.regex.Pattern CODING =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * Decodes a source file as CPython does (PEP 263): a UTF-8 BOM, else a coding declaration on
     * line 1 or 2, else strict UTF-8. Throws UndecodableSource with CPython's SyntaxError message.
     */
    public static String decodeSource(byte[] bytes, String filename) throws UndecodableSource {
        int start = 0;
        java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
        boolean declared = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 0; // decoded as U+FEFF, which the parser skips
        } else {
            int lineStart = 0;
            for (int line = 1; line <= 2 && lineStart < bytes.length; line++) {
                int end = lineStart;
                while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
                String text = new String(bytes, lineStart, end - lineStart, java.nio.charset.StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher m = CODING.matcher(text);
                if (m.find()) {
                    String name = m.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                    if (name.equals("latin-1") || name.startsWith("iso-latin-1") || name.startsWith("latin-1-")) {
                        name = "iso-8859-1";
                    }
                    if (name.equals("utf8") || name.startsWith("utf-8-")) name = "utf-8";
                    try {
                        cs = java.nio.charset.Charset.forName(name);
                        declared = true;
                    } catch (RuntimeException e) {
                        // unknown encodings: read as UTF-8
                    }
                    break;
                }
                String stripped = text.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) break;
                lineStart = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                        ? end + 2 : end + 1;
            }
        }
        try {
            return cs.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // find the first undecodable byte and its line
            java.nio.charset.CharsetDecoder d = cs.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            d.decode(in, out, true);
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) line++;
            }
            if (declared) {
                throw new UndecodableSource("(unicode error) '" + cs.name().toLowerCase(java.util.Locale.ROOT)
                        + "' codec can't decode byte 0x" + String.format("%02x", bytes[bad] & 0xff));
            }
            throw new UndecodableSource("Non-UTF-8 code starting with '\\x" + String.format("%02x", bytes[bad] & 0xff)
                    + "' in file " + filename + " on line " + line
                    + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
    }

    /** As CPython's string tokenizer for exec input (exec(), compile(), -c): the source ends with a newline. */
    public static String stringInput(String src) {
        return src.endsWith("\n") || src.endsWith("\r") ? src : src + "\n";
    }

    /** The compiler does not see the source text: add the offending line, as CPython shows it. */
    static SyntaxErrorException withSourceLine(SyntaxErrorException e, String source) {
        if (e.text != null || e.lineno < 1) return e;
        String[] lines = source.split("\n", -1);
        if (e.lineno > lines.length) return e;
        String line = lines[e.lineno - 1];
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (e.lineno < lines.length) line += "\n"; // CPython's SyntaxError.text keeps the newline
        return new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset, line);
    }

    /** Compiles source for import or exec: bad input raises a Python SyntaxError. */
    static CodeObject compileRaising(String source, String filename) {
        try {
            return compile(source, filename);
        } catch (SyntaxErrorException e) {
            throw toPython(e.withByteColumns(!declaresEncoding(source), source).withFileText());
        }
    }

    /** True when decoded source starts with a BOM or has a PEP 263 coding declaration on line 1 or 2. */
    public static boolean declaresEncoding(String source) {
        if (source.startsWith("\uFEFF")) return true;
        int start = 0;
        for (int line = 1; line <= 2 && start < source.length(); line++) {
            int end = start;
            while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') end++;
            String text = source.substring(start, end);
            if (CODING.matcher(text).find()) return true;
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) return false;
            start = end + 1;
        }
        return false;
    }

    /** The Python SyntaxError (or IndentationError, TabError) for a compile-time error. */
    static PyException toPython(SyntaxErrorException e) {
        Object t = PyRuntime.current().builtins.dict.getStr(e.kind);
        PyType type = t instanceof PyType pt ? pt : Errors.SyntaxError;
        Object text = e.text == null ? Py.None : e.text;
        PyTuple details = new PyTuple(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno,
                (long) e.endOffset);
        PyBaseException exc = (PyBaseException) Ops.call(type, new Object[] {e.msg, details}, null);
        return new PyException(exc);
    }
}
