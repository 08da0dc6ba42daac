package org.specula.core;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import org.specula.core.adaptive.Adaptive;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.core.adaptive.StatsReport;
import org.specula.core.assembly.SpecializerSet;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;
import org.specula.core.ast.Ast;
import org.specula.core.code.CodeObject;
import org.specula.core.compiler.Compiler;
import org.specula.core.parser.Parser;
import org.specula.core.dis.Dis;
import org.specula.core.interp.Interpreter;
import org.specula.core.interp.Pipeline;
import org.specula.core.interp.Runtimes;
import org.specula.core.interp.TracebackPrinter;
import org.specula.core.parser.SyntaxErrorException;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A Python virtual machine: the embedding entry point. Each run gets fresh modules, sys.argv
 * and the configured standard streams. Running a program never throws for anything the program
 * does: an uncaught Python exception is printed as a CPython-style traceback on stderr and gives
 * exit status 1.
 *
 * <pre>{@code
 * Vm vm = Vm.builder().stdout(System.out).stderr(System.err).argv(List.of("prog.py")).build();
 * int status = vm.runFile(Path.of("prog.py"));
 * }</pre>
 *
 * <p>Programs run on a dedicated thread with a large Java stack, so that deep chains of
 * re-entrant calls (dunder methods calling Python code) reach Python's RecursionError before the
 * JVM's stack runs out.
 */
public final class Vm {
    /** Java stack for the thread that runs a program. */
    private static final long STACK_BYTES = 1L << 30;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final List<String> argv;
    private final java.io.InputStream stdin;
    private final SpecializerSet specializerSet;
    private final Adaptive adaptive;
    private final boolean statsOnExit;
    private final Path statsJson;

    private Vm(Builder b) {
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.argv = b.argv;
        this.stdin = b.stdin;
        this.statsOnExit = b.statsOnExit;
        this.statsJson = b.statsJson;
        // Guice runs here, once per VM: never on a hot path. PRODUCTION: the one thing asked for is
        // built at once anyway, and this stage skips Guice's development-time bookkeeping (start-up).
        Module assembly = b.assembly != null ? b.assembly : new VmModule(b.options);
        this.specializerSet = Guice.createInjector(Stage.PRODUCTION, assembly).getInstance(SpecializerSet.class);
        for (String problem : specializerSet.problems()) stderr.println(problem);
        stderr.flush();
        this.adaptive = new Adaptive(specializerSet.policy(), specializerSet.specializers(), stderr);
    }

    /** The specializers this VM uses, in load order (empty for the generic VM). */
    public List<InstalledSpecializer> specializers() {
        return specializerSet.specializers();
    }

    /** The one-line problems met while assembling this VM (also printed on its stderr). */
    public List<String> assemblyProblems() {
        return specializerSet.problems();
    }

    /** The adaptive policy in force. */
    public AdaptivePolicy policy() {
        return specializerSet.policy();
    }

    /** The specialization statistics of everything this VM ran so far. */
    public AdaptiveStats.Snapshot stats() {
        return adaptive.snapshot();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs a file as {@code __main__}; returns the process exit status. */
    public int runFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            // as CPython: a directory runs its __main__.py
            Path main = abs.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                stderr.println("specula: can't find '__main__' module in " + pathRepr(file.toString()));
                stderr.flush();
                return 1;
            }
            String source = readSource(main);
            return source == null ? 1 : run(source, main.toString(), abs.toString(), true);
        }
        if (!Files.isReadable(abs)) {
            stderr.println("specula: can't open file " + pathRepr(abs.toString()) + ": "
                    + (Files.exists(abs) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory"));
            stderr.flush();
            return 2;
        }
        String source = readSource(abs);
        if (source == null) return 1;
        Path dir = abs.getParent();
        return run(source, abs.toString(), dir == null ? "" : dir.toString(), true);
    }

    /** Python's repr of a path string (quotes and backslashes; paths rarely need more). */
    private static String pathRepr(String s) {
        if (s.indexOf('\'') < 0) return "'" + s.replace("\\", "\\\\") + "'";
        if (s.indexOf('"') < 0) return '"' + s.replace("\\", "\\\\") + '"';
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Reads and decodes a program file; on failure prints CPython's message and returns null. */
    private String readSource(Path abs) {
        try {
            return Pipeline.decodeSource(Files.readAllBytes(abs), abs.toString());
        } catch (Pipeline.UndecodableSource e) {
            stdout.flush();
            stderr.println("SyntaxError: " + e.getMessage());
        } catch (IOException e) {
            stderr.println("specula: can't open file " + pathRepr(abs.toString()) + ": [Errno 5] " + e.getMessage());
        }
        stderr.flush();
        return null;
    }

    /** CPython 3.11.7's runpy frames above a {@code -m} module's code, in tracebacks. */
    private static final List<TracebackPrinter.Frame> RUNPY_FRAMES = List.of(
            new TracebackPrinter.Frame("<frozen runpy>", 198, "_run_module_as_main", -1, -1, -1, -1),
            new TracebackPrinter.Frame("<frozen runpy>", 88, "_run_code", -1, -1, -1, -1));
    /** ... and above a syntax error found while importing it. */
    private static final List<TracebackPrinter.Frame> RUNPY_COMPILE_FRAMES = List.of(
            new TracebackPrinter.Frame("<frozen runpy>", 189, "_run_module_as_main", -1, -1, -1, -1),
            new TracebackPrinter.Frame("<frozen runpy>", 159, "_get_module_details", -1, -1, -1, -1),
            new TracebackPrinter.Frame("<frozen importlib._bootstrap_external>", 1074, "get_code", -1, -1, -1, -1),
            new TracebackPrinter.Frame("<frozen importlib._bootstrap_external>", 1004, "source_to_code", -1, -1, -1,
                    -1),
            new TracebackPrinter.Frame("<frozen importlib._bootstrap>", 241, "_call_with_frames_removed", -1, -1, -1,
                    -1));

    /** Frames printed above the program's own in tracebacks (runpy's for -m), or null. */
    private List<TracebackPrinter.Frame> outerFrames;
    private List<TracebackPrinter.Frame> outerCompileFrames;

    /**
     * {@code specula -m module} for a module file: runs it as {@code __main__} the way runpy does
     * (compiled as an import, runpy's frames shown above the module's in tracebacks).
     */
    public int runModuleFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String source = readSource(abs);
        if (source == null) return 1;
        Path dir = abs.getParent();
        outerFrames = RUNPY_FRAMES;
        outerCompileFrames = RUNPY_COMPILE_FRAMES;
        try {
            return run(source, abs.toString(), dir == null ? "" : dir.toString(), false);
        } finally {
            outerFrames = null;
            outerCompileFrames = null;
        }
    }

    /** Runs source text as {@code __main__}, with filename shown in tracebacks. */
    public int runSource(String source, String filename) {
        return run(source, filename, "", false);
    }

    /**
     * Runs a program read from standard input ({@code specula -} or no argument): as a file, for
     * CPython's error locations, with filename {@code <stdin>}.
     */
    public int runStdin(String source) {
        return run(source, "<stdin>", "", true);
    }

    /** {@code specula -c CODE}: filename "<string>". */
    public int runCommand(String code) {
        return runSource(code, "<string>");
    }

    /** {@code specula -m dis FILE}: prints the disassembly of the file's module code. */
    public int disassembleFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            stderr.println("specula: can't open file " + pathRepr(abs.toString()) + ": [Errno 2] No such file or directory");
            stderr.flush();
            return 2;
        }
        String source = readSource(abs);
        if (source == null) return 1;
        return onProgramThread(() -> withRuntime("", rt -> {
            CodeObject code = Pipeline.compile(source, abs.toString());
            stdout.print(Dis.dis(code));
            return 0;
        }));
    }

    /** fileInput: the program was read from a file or stdin (not a string), as CPython's tokenizer sees it. */
    private int run(String source, String filename, String scriptDir, boolean fileInput) {
        return onProgramThread(() -> withRuntime(scriptDir, rt -> {
            CodeObject code;
            try {
                code = Pipeline.compile(fileInput ? source : Pipeline.stringInput(source), filename);
            } catch (SyntaxErrorException e) {
                if (outerCompileFrames != null) {
                    throw e.withByteColumns(!Pipeline.declaresEncoding(source), source).withFileText();
                }
                throw fileInput ? e.asFileInput().withByteColumns(!Pipeline.declaresEncoding(source), source)
                        .withFileText() : e.asStringInput().withByteColumns(false, source);
            }
            PyDict globals = new PyDict();
            globals.put("__name__", "__main__");
            globals.put("__doc__", Py.None);
            if (!filename.startsWith("<")) globals.put("__file__", filename);
            globals.put("__builtins__", rt.builtins);
            rt.modules.put("__main__", new PyModule("__main__", globals));
            Interpreter.runModule(code, globals);
            return 0;
        }));
    }

    private interface Body {
        int run(PyRuntime rt);
    }

    /** Sets up a runtime on this thread, runs body, and reports what escapes it. */
    private int withRuntime(String scriptDir, Body body) {
        PyRuntime rt = new PyRuntime(stdout, stderr, argv);
        rt.adaptive = adaptive;
        if (stdin != null) {
            rt.stdin = new java.io.BufferedReader(new java.io.InputStreamReader(stdin, java.nio.charset.StandardCharsets.UTF_8));
        }
        PyRuntime prev = PyRuntime.enter(rt);
        try {
            int status = runBody(rt, scriptDir, body);
            try {
                stdout.flush();
            } catch (PyException e) {
                // CPython's shutdown: flushing stdout failed (e.g. a closed pipe)
                stderr.println("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
                TracebackPrinter.print(e.value, stderr);
                status = 120;
            }
            reportStats();
            return status;
        } finally {
            stderr.flush();
            PyRuntime.exit(prev);
        }
    }

    /** -X stats and -X stats-json: the statistics at exit. */
    private void reportStats() {
        if (!statsOnExit && statsJson == null) return;
        AdaptiveStats.Snapshot snap = adaptive.snapshot();
        if (statsOnExit) {
            stderr.print(StatsReport.table(snap));
            stderr.flush();
        }
        if (statsJson != null) {
            try {
                Files.writeString(statsJson, StatsReport.json(snap), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                stderr.println("specula: error: cannot write statistics to " + statsJson + ": " + ioReason(e));
            }
        }
    }

    /** Why a file operation failed, in words (Java's messages for these are just the path). */
    private static String ioReason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Flushes stdout before writing to stderr; a failure (closed pipe) is ignored, as CPython does here. */
    private void flushQuietly() {
        try {
            stdout.flush();
        } catch (PyException ignored) {
            // reported by nobody: later writes are dropped by the stream
        }
    }

    private int runBody(PyRuntime rt, String scriptDir, Body body) {
        try {
            Runtimes.initialize(rt, scriptDir);
            return body.run(rt);
        } catch (SyntaxErrorException e) {
            flushQuietly();
            TracebackPrinter.printSyntaxError(e, stderr, outerCompileFrames);
            return 1;
        } catch (PyException e) {
            return uncaught(e.value);
        } catch (StackOverflowError e) {
            flushQuietly();
            stderr.println("RecursionError: maximum recursion depth exceeded");
            return 1;
        }
    }

    /** What CPython does with an exception that reaches the top: SystemExit sets the status. */
    private int uncaught(PyBaseException exc) {
        flushQuietly();
        try {
            if (exc.type.isSubtypeOf(Errors.SystemExit)) {
                Object code = exc.args.items.length == 0 ? Py.None
                        : exc.args.items.length == 1 ? exc.args.items[0] : exc.args;
                if (code == Py.None) return 0;
                if (code instanceof Long l) return (int) (long) l;
                if (code instanceof Boolean b) return b ? 1 : 0;
                if (code instanceof BigInteger) return -1;
                stderr.println(Ops.str(code));
                return 1;
            }
            TracebackPrinter.print(exc, stderr, outerFrames);
            // CPython re-raises SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2
            if (exc.type.isSubtypeOf(Errors.KeyboardInterrupt)) return 130;
        } catch (PyException again) {
            stderr.println("Error in sys.excepthook:");
            stderr.println(Ops.type(again.value).name);
        }
        return 1;
    }

    /** Runs body on a fresh thread with a large stack and waits for it. */
    private int onProgramThread(IntSupplier body) {
        AtomicInteger status = new AtomicInteger(1);
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                status.set(body.getAsInt());
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "specula-main", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                t.interrupt();
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] != null) {
            stdout.flush();
            stderr.println("Specula internal error: " + failure[0]);
            stderr.println("This is a bug in Specula, not in your program; please report it with the program that caused it.");
            stderr.flush();
            return 70;
        }
        return status.get();
    }

    /**
     * Opens an interactive session (the REPL's back end): one runtime and one {@code __main__}
     * dict kept across {@link Session#run} calls, all run on one program thread. The session's
     * builtins also get CPython's site-provided {@code exit} and {@code quit}.
     *
     * @param in what input() and sys.stdin read: the REPL shares its reader with the program
     */
    public Session openSession(java.io.BufferedReader in, String scriptDir) {
        return new Session(in, scriptDir);
    }

    /** What a {@link Session#run} call did. */
    public enum Outcome {
        /** Ran (or printed its exception or syntax error); the session goes on. */
        DONE,
        /** Interactive input that is not complete yet (an open bracket, block or string): read more. */
        INCOMPLETE,
        /** SystemExit: the session is over with {@link Session#exitStatus()}. */
        EXIT
    }

    private PyRuntime newSessionRuntime() {
        PyRuntime rt = new PyRuntime(stdout, stderr, argv);
        rt.adaptive = adaptive;
        return rt;
    }

    /** See {@link #openSession}. */
    public final class Session implements AutoCloseable {
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors
                .newSingleThreadExecutor(r -> {
                    Thread t = new Thread(null, r, "specula-main", STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        private final PyRuntime rt = newSessionRuntime();
        private final PyDict globals = new PyDict();
        private int exitStatus;

        private static final String SITE = String.join("\n",
                "class Quitter:",
                "    def __init__(self, name, eof):",
                "        self.name = name",
                "        self.eof = eof",
                "    def __repr__(self):",
                "        return 'Use %s() or %s to exit' % (self.name, self.eof)",
                "    def __call__(self, code=None):",
                "        raise SystemExit(code)",
                "Quitter.__module__ = '_sitebuiltins'",
                "exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')",
                "quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')",
                "");

        private Session(java.io.BufferedReader in, String scriptDir) {
            if (in != null) rt.stdin = in;
            onSessionThread(() -> {
                Runtimes.initialize(rt, scriptDir);
                globals.put("__name__", "__main__");
                globals.put("__doc__", Py.None);
                globals.put("__builtins__", rt.builtins);
                rt.modules.put("__main__", new PyModule("__main__", globals));
                PyDict site = new PyDict();
                site.put("__name__", "_sitebuiltins");
                site.put("__builtins__", rt.builtins);
                Interpreter.runModule(Pipeline.compile(SITE, "<site>"), site);
                rt.builtins.dict.put("exit", site.get("exit"));
                rt.builtins.dict.put("quit", site.get("quit"));
                return Outcome.DONE;
            });
        }

        /** The exit status after {@link Outcome#EXIT}. */
        public int exitStatus() {
            return exitStatus;
        }

        /**
         * Runs source in the session's {@code __main__}. Not interactive: a whole program (as a
         * file; {@code __file__} is set when filename is a path). Interactive: one REPL input,
         * CPython's 'single' mode: INCOMPLETE when more lines are needed (the caller reads on and
         * retries with the longer text; a compound statement is complete only after an empty
         * line), and a lone expression statement's value is printed with repr() and kept in
         * builtins {@code _} unless None. Exceptions and syntax errors are printed on stderr.
         */
        public Outcome run(String source, String filename, boolean interactive) {
            return onSessionThread(() -> {
                CodeObject code;
                boolean echo = false;
                try {
                    Ast.Module module = Parser.parseModule(source, filename);
                    if (interactive) {
                        List<Ast.Stmt> body = module.body();
                        boolean blankEnd = source.endsWith("\n\n") || source.isBlank();
                        if (!blankEnd && !body.isEmpty() && !(body.get(body.size() - 1) instanceof Ast.ExprStmt
                                || isSimple(body.get(body.size() - 1)))) {
                            return Outcome.INCOMPLETE;
                        }
                        echo = body.size() == 1 && body.get(0) instanceof Ast.ExprStmt;
                    }
                    code = echo ? Compiler.compileExpression(Parser.parseExpression(source.strip(), filename), filename)
                            : Pipeline.compile(source, filename);
                } catch (SyntaxErrorException e) {
                    if (interactive && incomplete(e, source)) return Outcome.INCOMPLETE;
                    flushQuietly();
                    TracebackPrinter.printSyntaxError(interactive ? e : e.asFileInput().withFileText(), stderr);
                    return Outcome.DONE;
                }
                if (!filename.startsWith("<")) globals.put("__file__", filename);
                Object value = Interpreter.runModule(code, globals);
                if (echo && value != Py.None) {
                    rt.builtins.dict.put("_", Py.None);
                    stdout.println(Ops.repr(value));
                    rt.builtins.dict.put("_", value);
                }
                return Outcome.DONE;
            });
        }

        private Outcome onSessionThread(java.util.function.Supplier<Outcome> body) {
            java.util.concurrent.Future<Outcome> f = thread.submit(() -> {
                PyRuntime prev = PyRuntime.enter(rt);
                try {
                    try {
                        return body.get();
                    } catch (PyException e) {
                        if (e.value.type.isSubtypeOf(Errors.SystemExit)) {
                            exitStatus = uncaught(e.value);
                            return Outcome.EXIT;
                        }
                        uncaught(e.value);
                        return Outcome.DONE;
                    } catch (StackOverflowError e) {
                        flushQuietly();
                        stderr.println("RecursionError: maximum recursion depth exceeded");
                        return Outcome.DONE;
                    } finally {
                        flushQuietly();
                        stderr.flush();
                    }
                } finally {
                    PyRuntime.exit(prev);
                }
            });
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exitStatus = 130;
                return Outcome.EXIT;
            } catch (java.util.concurrent.ExecutionException e) {
                flushQuietly();
                stderr.println("Specula internal error: " + e.getCause());
                stderr.println("This is a bug in Specula, not in your program; please report it with the program that caused it.");
                stderr.flush();
                return Outcome.DONE;
            }
        }

        /** Ends the session: -X stats and -X stats-json report here, as at the end of a run. */
        @Override public void close() {
            thread.shutdownNow();
            reportStats();
        }
    }

    /** A statement that needs no empty line to end it at the interactive prompt. */
    private static boolean isSimple(Ast.Stmt s) {
        return !(s instanceof Ast.FunctionDef || s instanceof Ast.ClassDef || s instanceof Ast.If
                || s instanceof Ast.For || s instanceof Ast.While || s instanceof Ast.With || s instanceof Ast.Try);
    }

    /** A syntax error that only says the input stopped early: the REPL reads another line. */
    private static boolean incomplete(SyntaxErrorException e, String source) {
        String m = e.msg == null ? "" : e.msg;
        if (m.startsWith("unexpected EOF while parsing") || m.endsWith("was never closed")
                || m.startsWith("unterminated triple-quoted string literal")) {
            return true;
        }
        String[] lines = source.split("\n", -1);
        // a decorator line waits for its def or class
        if (!source.endsWith("\n\n") && lines.length >= 2 && lines[lines.length - 2].strip().startsWith("@")) {
            return true;
        }
        // "if x:" then end of input; an empty line ends the block (CPython then reports the error)
        return m.startsWith("expected an indented block") && !source.endsWith("\n\n")
                && e.lineno > lines.length - 2;
    }

    /**
     * Configures a {@link Vm}: standard streams, {@code sys.argv}, the build (which
     * specializers, which policy) and statistics. Building runs the Guice assembly once.
     */
    public static final class Builder {
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        private List<String> argv = List.of("");
        private java.io.InputStream stdin;
        private VmOptions options = VmOptions.DEFAULT;
        private Module assembly;
        private boolean statsOnExit;
        private Path statsJson;

        /** sys.stdout and print(); the process's standard output when not set. */
        public Builder stdout(PrintStream out) { this.stdout = out; return this; }
        /** sys.stderr, tracebacks, and the VM's own warnings and assembly problems. */
        public Builder stderr(PrintStream err) { this.stderr = err; return this; }
        /** sys.argv; argv[0] is the script path as given. */
        public Builder argv(List<String> argv) { this.argv = List.copyOf(argv); return this; }
        /** sys.stdin and input(); the process's standard input when not set. */
        public Builder stdin(java.io.InputStream in) { this.stdin = in; return this; }
        /** The build choices (specializers, plugin path, policy); default: all plugins, default policy. */
        public Builder options(VmOptions options) { this.options = options; return this; }
        /**
         * A complete assembly module replacing {@code new VmModule(options)}, typically
         * {@code Modules.override(new VmModule(options)).with(custom)}.
         */
        public Builder assembly(Module module) { this.assembly = module; return this; }
        /** Print the specialization statistics table on stderr when a run ends ({@code -X stats}). */
        public Builder statsOnExit(boolean on) { this.statsOnExit = on; return this; }
        /** Write the statistics as JSON to file when a run ends ({@code -X stats-json=FILE}). */
        public Builder statsJson(Path file) { this.statsJson = file; return this; }
        /** Assembles the VM (Guice runs here) and prints any assembly problems on its stderr. */
        public Vm build() { return new Vm(this); }
    }
}
