package org.specula.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of the steady mode: runs one program under one Specula build ITERATIONS times
 * in this JVM, a fresh {@code Vm} each time, and prints {@code iteration I NANOS STATUS} per
 * iteration on stdout (only {@code Vm.runFile} is timed). The first iteration's program output
 * is written to OUTFILE; a later iteration that prints something else ends the worker with
 * status 3. The Python counterpart is {@code steady_loop.py}.
 *
 * <p>Usage: {@code SteadyWorker generic|default PROGRAM SIZE ITERATIONS OUTFILE}
 */
public final class SteadyWorker {
    private SteadyWorker() {
    }

    public static void main(String[] args) throws IOException {
        Build build = Build.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Path program = Path.of(args[1]);
        String size = args[2];
        int iterations = Integer.parseInt(args[3]);
        Path outFile = Path.of(args[4]);
        String first = null;
        for (int i = 1; i <= iterations; i++) {
            InProcess.Result r = InProcess.run(build, program, size);
            System.out.println("iteration " + i + " " + r.runNanos() + " " + r.exitStatus());
            System.out.flush();
            if (first == null) {
                first = r.stdout();
                Files.writeString(outFile, first, StandardCharsets.UTF_8);
                System.err.print(r.stderr());
            } else if (!first.equals(r.stdout())) {
                System.err.println("iteration " + i + " printed something else than iteration 1");
                System.exit(3);
            }
        }
    }
}
