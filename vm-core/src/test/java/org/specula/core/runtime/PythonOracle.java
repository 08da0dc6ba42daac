package org.specula.core.runtime;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs one python3 process over a batch of input lines (test helper; skips when python3 is absent). */
final class PythonOracle {
    private PythonOracle() {}

    private static Boolean available;

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] >= (3, 11))")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                available = p.waitFor(20, TimeUnit.SECONDS) && out.equals("True");
            } catch (Exception e) {
                available = false;
            }
        }
        return available;
    }

    /** Runs script (reading lines from the file named by sys.argv[1]) and returns its output lines. */
    static List<String> run(String script, List<String> input) throws Exception {
        Assumptions.assumeTrue(available(), "python3 (3.11+) not available: oracle comparison skipped");
        Path in = Files.createTempFile("specula-oracle", ".txt");
        Path py = Files.createTempFile("specula-oracle", ".py");
        try {
            Files.write(in, input, StandardCharsets.UTF_8);
            Files.writeString(py, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", py.toString(), in.toString()).redirectErrorStream(true).start();
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) out.add(line);
            }
            p.waitFor(120, TimeUnit.SECONDS);
            return out;
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(py);
        }
    }

    /** True when Errors has been implemented (after the merge); tests of error messages skip otherwise. */
    static boolean errorsAvailable() {
        try {
            Errors.valueError("x");
            return true;
        } catch (PyException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
