package org.specula.conformance.kit.gen;

import org.specula.core.Vm;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: runs generated programs on Specula's generic VM and (in one process) on CPython. */
final class Runs {
    private Runs() {}

    /** What a run shows: stdout, the last line of stderr, the exit status. */
    record Outcome(String out, String lastErr, int status) {
        @Override
        public String toString() {
            return "status " + status + ", stderr last line: " + lastErr + "\nstdout:\n" + out;
        }
    }

    static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    /** Runs on a fresh generic VM. */
    static Outcome generic(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = Vm.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .options(VmOptions.DEFAULT.withSpecialize(false))
                .build();
        int status = vm.runSource(source, "<gen>");
        return new Outcome(out.toString(StandardCharsets.UTF_8), lastLine(err.toString(StandardCharsets.UTF_8)), status);
    }

    private static final String DRIVER = """
            import io, os, sys, traceback
            d = sys.argv[1]
            for name in sorted(n for n in os.listdir(d) if n.endswith('.py')):
                with open(os.path.join(d, name)) as f:
                    src = f.read()
                buf = io.StringIO()
                sys.stdout = buf
                status, last = 0, ''
                try:
                    exec(compile(src, '<gen>', 'exec'), {'__name__': '__main__'})
                except SystemExit as e:
                    status = e.code if isinstance(e.code, int) else 1
                except BaseException as e:
                    status = 1
                    last = traceback.format_exception_only(type(e), e)[-1].strip()
                finally:
                    sys.stdout = sys.__stdout__
                with open(os.path.join(d, name[:-3] + '.out'), 'w') as f:
                    f.write(buf.getvalue())
                with open(os.path.join(d, name[:-3] + '.res'), 'w') as f:
                    f.write(str(status) + '\\n' + last)
            """;

    /** True when a {@code python3} that is CPython 3.11 is on the PATH. */
    static boolean hasPython311() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                    .redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(20, TimeUnit.SECONDS) && s.equals("True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs every program under CPython in one python3 process. */
    static List<Outcome> cpython(List<String> programs) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gen-cpython");
        try {
            for (int i = 0; i < programs.size(); i++) {
                Files.writeString(dir.resolve(String.format("p%05d.py", i)), programs.get(i));
            }
            Path driver = dir.resolve("driver.pyscript");
            Files.writeString(driver, DRIVER);
            Process p = new ProcessBuilder("python3", driver.toString(), dir.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("python3 driver failed: " + log);
            }
            List<Outcome> results = new ArrayList<>();
            for (int i = 0; i < programs.size(); i++) {
                String base = String.format("p%05d", i);
                String out = Files.readString(dir.resolve(base + ".out"));
                String[] res = Files.readString(dir.resolve(base + ".res")).split("\n", 2);
                results.add(new Outcome(out, res.length > 1 ? res[1].strip() : "", Integer.parseInt(res[0].strip())));
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
