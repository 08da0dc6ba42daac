package org.specula.core;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A Python virtual machine: the embedding entry point. Each Vm has its own modules, sys.argv and
 * standard streams. Running a program never throws for anything the program does: an uncaught
 * Python exception is printed as a CPython-style traceback on stderr and gives exit status 1.
 *
 * <pre>{@code
 * Vm vm = Vm.builder().stdout(System.out).stderr(System.err).argv(List.of("prog.py")).build();
 * int status = vm.runFile(Path.of("prog.py"));
 * }</pre>
 */
public final class Vm {
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final List<String> argv;

    private Vm(Builder b) {
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.argv = b.argv;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs a file as {@code __main__}; returns the process exit status. */
    public int runFile(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Runs source text as {@code __main__}, with filename shown in tracebacks. */
    public int runSource(String source, String filename) {
        throw new UnsupportedOperationException("TODO");
    }

    /** {@code specula -c CODE}: filename "<string>". */
    public int runCommand(String code) {
        return runSource(code, "<string>");
    }

    public static final class Builder {
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        private List<String> argv = List.of("");

        public Builder stdout(PrintStream out) { this.stdout = out; return this; }
        public Builder stderr(PrintStream err) { this.stderr = err; return this; }
        /** sys.argv; argv[0] is the script path as given. */
        public Builder argv(List<String> argv) { this.argv = List.copyOf(argv); return this; }
        public Vm build() { return new Vm(this); }
    }
}
