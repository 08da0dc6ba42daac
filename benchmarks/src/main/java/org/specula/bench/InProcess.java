package org.specula.bench;

import org.specula.core.Vm;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a benchmark program inside this JVM with a fresh {@link Vm} of a Specula build. */
public final class InProcess {
    /** The result of one in-process run: exit status and what the program printed. */
    public record Result(int exitStatus, String stdout, String stderr, long runNanos) {
    }

    private InProcess() {
    }

    /** The VM options of a Specula build (GENERIC: no specializer; DEFAULT: every built-in plugin). */
    public static VmOptions options(Build build) {
        return switch (build) {
            case GENERIC -> VmOptions.DEFAULT.withSpecialize(false);
            case DEFAULT -> VmOptions.DEFAULT;
            case CPYTHON -> throw new IllegalArgumentException("CPython does not run in process");
        };
    }

    /**
     * Runs {@code program size} as {@code __main__} in a fresh VM; {@code runNanos} times only
     * {@link Vm#runFile}, not the VM's assembly.
     */
    public static Result run(Build build, Path program, String size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        Vm vm = Vm.builder().options(options(build)).stdout(o).stderr(e)
                .stdin(java.io.InputStream.nullInputStream())
                .argv(List.of(program.toString(), size)).build();
        long start = System.nanoTime();
        int status = vm.runFile(program);
        long nanos = System.nanoTime() - start;
        o.flush();
        e.flush();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), nanos);
    }
}
