package org.specula.cli;

import org.specula.core.Vm;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code specula} command, modelled on {@code python3}'s command line:
 * {@code specula [options] (file.py | -c CODE | -m MODULE | -) [args...]}.
 */
public final class Main {
    static final String VERSION = "Specula 0.1.0 (Python 3.11 semantics)";

    static final String USAGE = String.join("\n",
            "usage: specula [option] ... [-c cmd | -m mod | file | -] [arg] ...",
            "Options:",
            "-c cmd   : program passed in as string (terminates option list)",
            "-m mod   : run library module as a script (terminates option list);",
            "           'specula -m dis FILE' disassembles FILE",
            "-h       : print this help message and exit (also -? or --help)",
            "-V       : print the Specula version number and exit (also --version)",
            "file     : program read from script file",
            "-i       : inspect interactively after running script; forces a prompt even",
            "           if stdin does not appear to be a terminal",
            "-        : program read from stdin (default; interactive mode if a tty)",
            "arg ...  : arguments passed to program in sys.argv[1:]",
            "");

    private Main() {}

    /**
     * The process's stdout: a write error (the reader went away: {@code specula prog.py | head -1})
     * raises BrokenPipeError in the program, as CPython's print does, once; later writes are dropped.
     */
    static final class PipeAwareStream extends java.io.OutputStream {
        private final java.io.OutputStream out;
        private boolean broken;

        PipeAwareStream(java.io.OutputStream out) {
            this.out = out;
        }

        private void failed() {
            if (broken) return;
            broken = true;
            try {
                org.specula.core.runtime.PyRuntime.current();
            } catch (IllegalStateException notInProgram) {
                return;
            }
            throw org.specula.core.runtime.Errors.withArgs(org.specula.core.runtime.Errors.BrokenPipeError, 32L,
                    "Broken pipe");
        }

        @Override public void write(int b) {
            if (broken) return;
            try {
                out.write(b);
            } catch (IOException e) {
                failed();
            }
        }

        @Override public void write(byte[] b, int off, int len) {
            if (broken) return;
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failed();
            }
        }

        @Override public void flush() {
            if (broken) return;
            try {
                out.flush();
            } catch (IOException e) {
                failed();
            }
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new PipeAwareStream(
                new FileOutputStream(FileDescriptor.out)), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        int i = 0;
        boolean inspect = false;
        while (i < args.length) {
            String a = args[i];
            switch (a) {
                case "-h", "-?", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "-V", "--version" -> {
                    out.println(VERSION);
                    return 0;
                }
                case "-c" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the -c option");
                    List<String> argv = new ArrayList<>();
                    argv.add("-c");
                    argv.addAll(Arrays.asList(args).subList(i + 2, args.length));
                    return vm(out, err, argv).runCommand(args[i + 1]);
                }
                case "-m" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the -m option");
                    return runModule(args[i + 1], Arrays.asList(args).subList(i + 2, args.length), out, err);
                }
                case "-" -> {
                    return runStdin(Arrays.asList(args).subList(i, args.length), out, err);
                }
                case "-i" -> {
                    inspect = true;
                    i++;
                    continue;
                }
                case "-u", "-B", "-E", "-s", "-S", "-I", "-q", "-O", "-OO", "-b", "-bb", "-d" -> {
                    // CPython options with no effect here (buffering, bytecode files, environment, ...)
                    i++;
                    continue;
                }
                case "-X", "-W" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the " + a + " option");
                    i += 2;
                    continue;
                }
                default -> {
                    if (a.startsWith("--")) return usageError(err, "unknown option " + a);
                    if (a.startsWith("-")) return usageError(err, "Unknown option: " + a.substring(0, 2));
                    List<String> argv = new ArrayList<>(Arrays.asList(args).subList(i, args.length));
                    if (inspect) return inspectFile(Path.of(a), argv, out, err);
                    return vm(out, err, argv).runFile(Path.of(a));
                }
            }
        }
        if (inspect || System.console() != null) {
            return interactive(List.of(""), out, err);
        }
        return runStdin(List.of(""), out, err);
    }

    static final String BANNER = VERSION + "\nType exit() or Ctrl-D (i.e. EOF) to exit.";

    /** The interactive prompt on the process's standard input, as {@code python3} on a terminal. */
    private static int interactive(List<String> argv, PrintStream out, PrintStream err) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Vm.Session session = vm(out, err, argv).openSession(in, "")) {
            err.println(BANNER);
            return repl(session, in, out);
        }
    }

    /** {@code specula -i file.py}: runs the file, then the prompt with its globals (no banner). */
    private static int inspectFile(Path file, List<String> argv, PrintStream out, PrintStream err) {
        Path abs = file.toAbsolutePath().normalize();
        String source;
        try {
            source = Files.readString(abs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("specula: can't open file '" + abs + "': [Errno 2] No such file or directory");
            return 2;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path dir = abs.getParent();
        try (Vm.Session session = vm(out, err, argv).openSession(in, dir == null ? "" : dir.toString())) {
            // as python3 -i: the prompt follows even a SystemExit from the program
            session.run(source, abs.toString(), false);
            return repl(session, in, out);
        }
    }

    /**
     * The read-eval-print loop: prompts {@code >>> } and {@code ... } on out, one input at a time
     * run in session (CPython's 'single' mode, see {@link Vm.Session#run}); returns the exit status
     * (0 at end of input, after printing a newline, or sys.exit's).
     */
    static int repl(Vm.Session session, BufferedReader in, PrintStream out) {
        StringBuilder buf = new StringBuilder();
        while (true) {
            out.print(buf.length() == 0 ? ">>> " : "... ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                out.println();
                out.flush();
                return 0;
            }
            if (buf.length() == 0 && line.isBlank()) continue;
            buf.append(line).append('\n');
            Vm.Outcome o = session.run(buf.toString(), "<stdin>", true);
            if (o == Vm.Outcome.INCOMPLETE) continue;
            buf.setLength(0);
            if (o == Vm.Outcome.EXIT) {
                out.flush();
                return session.exitStatus();
            }
        }
    }

    private static Vm vm(PrintStream out, PrintStream err, List<String> argv) {
        return Vm.builder().stdout(out).stderr(err).argv(argv).build();
    }

    private static int usageError(PrintStream err, String message) {
        err.println(message);
        err.println("usage: specula [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        err.println("Try `specula -h' for more information.");
        return 2;
    }

    private static int runModule(String module, List<String> rest, PrintStream out, PrintStream err) {
        if (module.equals("dis")) {
            if (rest.isEmpty()) {
                err.println("specula -m dis: a file to disassemble is required (reading stdin is not supported)");
                return 2;
            }
            return vm(out, err, List.of(rest.get(0))).disassembleFile(Path.of(rest.get(0)));
        }
        Path file = Path.of(module.replace('.', '/') + ".py");
        if (!file.toFile().isFile()) {
            err.println("specula: No module named " + module);
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file.toAbsolutePath().toString());
        argv.addAll(rest);
        return vm(out, err, argv).runModuleFile(file);
    }

    private static int runStdin(List<String> argv, PrintStream out, PrintStream err) {
        String source;
        try {
            source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("specula: cannot read standard input: " + e.getMessage());
            return 2;
        }
        List<String> a = new ArrayList<>(argv);
        if (a.isEmpty()) a.add("");
        a.set(0, a.get(0).equals("-") ? "-" : "");
        return vm(out, err, a).runStdin(source);
    }
}
