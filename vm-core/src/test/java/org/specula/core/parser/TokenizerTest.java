package org.specula.core.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tokenizer on its own: its token stream (kinds, texts, positions) is compared with CPython's
 * {@code tokenize} module for the same sources (comments and non-logical newlines, which
 * Specula's tokenizer drops, are filtered out of CPython's stream).
 */
class TokenizerTest {
    static final String[] SOURCES = {
        "x = 1\n",
        "def f(a, b=2):\n    return a + b  # comment\n\nprint(f(1))\n",
        "if x:\n    if y:\n        pass\n    else:\n        z = [1,\n             2]\nw = 3\n",
        "n = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890\n",
        "f = 1.5 + .5 + 1. + 1e10 + 1.5e-3 + 1_0.0_1\n",
        "s = 'a' \"b\" '''c\nd''' r'\\n' f'{x!r:>10}' if False else u'x'\n",
        "total = a + \\\n    b\n",
        "x = (1 +\n# comment inside brackets\n     2)\n",
        "a[1:2, ::3] **= ~b // c >> 2 << 1 != d <= e\n",
        "lambda *args, **kw: (yield)\n",
        "class C(B, metaclass=M):\n\tdef m(self): ...\n",
        "x = 1\n\n\n   \n# only a comment\ny = 2",
        "@decorator\ndef g() -> int:\n    x: int = 3\n    return x\n",
        "print(a := 10, b@c, d->e if f else g)\n",
    };

    @Test
    void tokenStreamsMatchCPython() throws Exception {
        assumeTrue(PythonOracle.available(), "python3 3.11 is not on the PATH: skipped");
        List<String> ours = new ArrayList<>();
        for (String src : SOURCES) ours.add(render(Tokenizer.tokenize(src, "t.py")));
        List<String> theirs = cpython(SOURCES);
        for (int i = 0; i < SOURCES.length; i++) {
            assertEquals(theirs.get(i), ours.get(i), "tokens of: " + SOURCES[i]);
        }
    }

    @Test
    void indentationAndErrors() {
        List<Token> t = Tokenizer.tokenize("if a:\n    b\nc\n", "t.py");
        assertEquals("NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE ENDMARKER", kinds(t));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseModule("if a:\n        b\n    c\n", "t.py"));
        assertEquals("IndentationError", e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        SyntaxErrorException tab = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseModule("if a:\n        b\n\tc\n", "t.py"));
        assertEquals("TabError", tab.kind);
        // bytes literals are a documented limitation: a clear SyntaxError, not a crash
        SyntaxErrorException b = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("x = b'a'\n", "t.py"));
        assertEquals("bytes literals are not supported by Specula yet", b.msg);
    }

    private static String kinds(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(NAMES[t.type]);
            if (t.type == Token.NAME || t.type == Token.OP) sb.append(':').append(t.text);
        }
        return sb.toString();
    }

    private static final String[] NAMES = {"?", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT",
        "ENDMARKER", "ERRORTOKEN"};

    /** One line per token: kind, then text and positions for the tokens that have them. */
    private static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(NAMES[t.type]);
            if (t.type <= Token.OP) {
                sb.append(' ').append(t.text.replace("\n", "\\n")).append(' ')
                  .append(t.line).append(',').append(t.col).append('-').append(t.endLine).append(',').append(t.endCol);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> cpython(String[] sources) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tok");
        StringBuilder script = new StringBuilder("import io, json, sys, tokenize\n"
                + "srcs = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                + "out = []\n"
                + "for src in srcs:\n"
                + "    lines = []\n"
                + "    for t in tokenize.generate_tokens(io.StringIO(src).readline):\n"
                + "        k = tokenize.tok_name[t.type]\n"
                + "        if k in ('COMMENT', 'NL'): continue\n"
                + "        if k in ('NAME', 'NUMBER', 'STRING', 'OP'):\n"
                + "            lines.append('%s %s %d,%d-%d,%d' % (k, t.string.replace('\\n', '\\\\n'), *t.start, *t.end))\n"
                + "        else: lines.append(k)\n"
                + "    out.append(''.join(l + '\\n' for l in lines))\n"
                + "json.dump(out, sys.stdout)\n");
        Path py = dir.resolve("tok.py");
        Files.writeString(py, script.toString());
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < sources.length; i++) {
            if (i > 0) json.append(',');
            json.append(jsonString(sources[i]));
        }
        Path in = dir.resolve("in.json");
        Files.writeString(in, json.append(']').toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", py.toString(), in.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return parseJsonStrings(out);
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Parses a JSON array of strings (as json.dump writes it, ASCII only). */
    private static List<String> parseJsonStrings(String json) {
        List<String> out = new ArrayList<>();
        int i = json.indexOf('[') + 1;
        while (true) {
            i = json.indexOf('"', i);
            if (i < 0) break;
            StringBuilder sb = new StringBuilder();
            for (i++; json.charAt(i) != '"'; i++) {
                char c = json.charAt(i);
                if (c == '\\') {
                    char n = json.charAt(++i);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
            }
            out.add(sb.toString());
            i++;
        }
        return out;
    }
}
