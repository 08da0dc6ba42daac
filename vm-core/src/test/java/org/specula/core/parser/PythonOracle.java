package org.specula.core.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs CPython ({@code python3} on PATH) once over a batch of sources and returns, for each, either
 * {@code "OK <ast.dump(tree, include_attributes=True)>"} or
 * {@code "ERR <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>"}.
 */
final class PythonOracle {
    private PythonOracle() {}

    private static final String SCRIPT = String.join("\n",
            "import ast, sys, warnings",
            "warnings.simplefilter('ignore')",
            "data = open(sys.argv[1], encoding='utf-8', newline='').read()",
            "i = 0",
            "out = []",
            "while i < len(data):",
            "    j = data.index('\\n', i)",
            "    n = int(data[i:j])",
            "    src = data[j + 1:j + 1 + n]",
            "    i = j + 1 + n",
            "    mode = 'exec'",
            "    if src.startswith('#eval\\n'):",
            "        mode = 'eval'",
            "        src = src[6:]",
            "    try:",
            "        r = 'OK ' + ast.dump(ast.parse(src, 'f.py', mode), include_attributes=True)",
            "    except SyntaxError as e:",
            "        r = 'ERR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)",
            "    out.append(r)",
            "w = open(sys.argv[2], 'w', encoding='utf-8', newline='')",
            "for r in out:",
            "    w.write('%d\\n%s' % (len(r), r))",
            "w.close()",
            "");

    /** True when python3 can be run. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; assert sys.version_info >= (3, 11)")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs all sources through CPython's parser. Sources starting with "#eval\n" are parsed in eval mode. */
    static List<String> run(List<String> sources) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("specula-oracle");
        try {
            Path in = dir.resolve("in.txt"), out = dir.resolve("out.txt"), script = dir.resolve("oracle.py");
            StringBuilder sb = new StringBuilder();
            for (String s : sources) sb.append(s.codePointCount(0, s.length())).append('\n').append(s);
            Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", script.toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("python3 failed: " + log);
            String data = Files.readString(out, StandardCharsets.UTF_8);
            List<String> results = new ArrayList<>();
            int i = 0;
            while (i < data.length()) {
                int j = data.indexOf('\n', i);
                int n = Integer.parseInt(data.substring(i, j));
                int start = j + 1;
                int end = data.offsetByCodePoints(start, n);
                results.add(data.substring(start, end));
                i = end;
            }
            return results;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }
}
