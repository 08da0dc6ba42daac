package org.specula.cli;

import org.specula.api.spi.Family;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.core.assembly.VmOptions;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code specula} command, modelled on {@code python3}'s command line:
 * {@code specula [options] (file.py | -c CODE | -m MODULE | -) [args...]}.
 */
public final class Main {
    /** Guice's switch for its bytecode generation (read once, when Guice is first used). */
    private static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";
    static final String VERSION = "Specula 0.1.0 (Python 3.11 semantics)";

    static final String USAGE_LINE = "usage: specula [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String USAGE = String.join("\n",
            USAGE_LINE,
            "Options:",
            "-c cmd   : program passed in as string (terminates option list)",
            "-m mod   : run library module as a script (terminates option list);",
            "           'specula -m dis FILE' disassembles FILE",
            "-h       : print this help message and exit (also -? or --help)",
            "-V       : print the Specula version number and exit (also --version)",
            "-i       : inspect interactively after running script; forces a prompt even",
            "           if stdin does not appear to be a terminal",
            "-X opt   : set implementation-specific option; Specula's own (others are ignored):",
            "           -X specializers=ID,... : load only the named specializers (empty: none)",
            "           -X warmup=N      : a site tries to specialize on its N-th execution (8)",
            "           -X deopt-after=N : a specialized site missing N times in a row",
            "                              goes back to adaptive (53)",
            "           -X backoff=N     : wait N executions after a failed attempt, doubling",
            "                              after each further failure (16)",
            "           -X backoff-cap=N : the longest such wait (4096)",
            "           -X compile-after=N : compile a function to JVM code after N calls and",
            "                              loop iterations (1000; 0: no compiled tier)",
            "           -X eager         : warm-up 1, deopt after 1 miss, back-off 1, compile at once",
            "           -X stats         : print specialization statistics on stderr at exit",
            "           -X stats-json=FILE : write the statistics as JSON to FILE at exit",
            "--no-specialize : the generic interpreter: load no specializer",
            "--plugin-path DIR : also load the specializer plugin jars in DIR (repeatable;",
            "           also --plugin-path=DIR)",
            "--list-specializers : print the specializers the other options select and exit",
            "conformance ... : run the conformance suites against this build",
            "           (specula conformance -h for its options)",
            "Arguments:",
            "file     : program read from script file",
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
        // Start-up: the VM's assembly uses no Guice method interception, so Guice need not load
        // its bytecode generator (ASM, ~50 classes that cannot go in the class-data archive either)
        if (System.getProperty(GUICE_BYTECODE_GEN) == null) System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
        PrintStream out = new PrintStream(new BufferedOutputStream(new PipeAwareStream(
                new FileOutputStream(FileDescriptor.out)), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The choices the options before the program make: how the VM is assembled
     * ({@code --no-specialize}, {@code --plugin-path}, {@code -X specializers}), its adaptive
     * policy ({@code -X warmup} ...) and what it reports ({@code -X stats}, {@code -X stats-json}).
     */
    static final class Settings {
        /** The largest count the adaptive policy accepts. */
        static final int MAX_COUNT = 1 << 30;

        boolean specialize = true;
        Set<String> only;
        final List<Path> pluginPaths = new ArrayList<>();
        boolean eager;
        Integer warmup;
        Integer deoptAfter;
        Integer backoff;
        Integer backoffCap;
        Integer compileAfter;
        boolean stats;
        Path statsJson;
        boolean listSpecializers;

        /**
         * Takes one {@code -X} option ({@code name} or {@code name=value}); unknown names are
         * accepted and ignored, as python3 does. Returns an error message for a bad value of one
         * of Specula's own options, or null.
         */
        String xOption(String option) {
            int eq = option.indexOf('=');
            String name = eq < 0 ? option : option.substring(0, eq);
            String value = eq < 0 ? null : option.substring(eq + 1);
            switch (name) {
                case "specializers" -> {
                    if (value == null) return "-X specializers needs a value: -X specializers=ID,ID,... (empty for none)";
                    Set<String> ids = new LinkedHashSet<>();
                    for (String id : value.split(",")) {
                        if (!id.isBlank()) ids.add(id.strip());
                    }
                    only = ids;
                }
                case "warmup" -> {
                    warmup = count(value);
                    if (warmup == null) return countError(name, value);
                }
                case "deopt-after" -> {
                    deoptAfter = count(value);
                    if (deoptAfter == null) return countError(name, value);
                }
                case "backoff" -> {
                    backoff = count(value);
                    if (backoff == null) return countError(name, value);
                }
                case "backoff-cap" -> {
                    backoffCap = count(value);
                    if (backoffCap == null) return countError(name, value);
                }
                case "compile-after" -> {
                    compileAfter = "0".equals(value) ? Integer.valueOf(0) : count(value);
                    if (compileAfter == null) return countError(name, value);
                }
                case "eager" -> {
                    if (value != null) return "-X eager takes no value, not '" + value + "'";
                    eager = true;
                }
                case "stats" -> {
                    if (value != null) return "-X stats takes no value, not '" + value + "'";
                    stats = true;
                }
                case "stats-json" -> {
                    if (value == null || value.isEmpty()) return "-X stats-json needs a file name: -X stats-json=FILE";
                    statsJson = Path.of(value);
                }
                default -> {
                    // another implementation's option (CPython's dev, utf8, ...): ignored
                }
            }
            return null;
        }

        /** A positive count no larger than {@link #MAX_COUNT}, or null. */
        private static Integer count(String value) {
            if (value == null || value.isEmpty() || value.length() > 10) return null;
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                if (c < '0' || c > '9') return null;
            }
            long n = Long.parseLong(value);
            return n >= 1 && n <= MAX_COUNT ? (int) n : null;
        }

        private static String countError(String name, String value) {
            return "-X " + name + (value == null ? " needs a value" : "=" + value + ": invalid value")
                    + "; expected -X " + name + "=N with N a whole number from 1 to " + MAX_COUNT;
        }

        /**
         * The adaptive policy: the default (or the eager one with {@code -X eager}) with the given
         * counts. A back-off start given alone raises the cap to it if needed, a cap given alone
         * lowers the start to it; both given must be in order. Returns null when they are not.
         */
        AdaptivePolicy policy() {
            AdaptivePolicy base = eager ? AdaptivePolicy.EAGER : AdaptivePolicy.DEFAULT;
            int start = backoff != null ? backoff : base.backoffStart();
            int cap = backoffCap != null ? backoffCap : base.backoffCap();
            if (backoff == null) start = Math.min(start, cap);
            if (backoffCap == null) cap = Math.max(cap, start);
            if (cap < start) return null;
            return new AdaptivePolicy(warmup != null ? warmup : base.warmup(),
                    deoptAfter != null ? deoptAfter : base.deoptAfter(), start, cap,
                    compileAfter != null ? compileAfter : base.compileAfter());
        }

        VmOptions vmOptions(AdaptivePolicy policy) {
            VmOptions o = VmOptions.DEFAULT.withSpecialize(specialize).withOnly(only).withPolicy(policy);
            for (Path p : pluginPaths) o = o.withPluginPath(p);
            return o;
        }
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("conformance")) {
            // a subcommand, not a program: run ./conformance to run a script of that name
            return ConformanceCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
        }
        Settings settings = new Settings();
        int i = 0;
        boolean inspect = false;
        options:
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
                case "-c", "-m" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the " + a + " option");
                    break options;
                }
                case "-" -> {
                    break options;
                }
                case "-i" -> {
                    inspect = true;
                    i++;
                }
                case "-u", "-B", "-E", "-s", "-S", "-I", "-q", "-O", "-OO", "-b", "-bb", "-d", "-P" -> {
                    // CPython options with no effect here (buffering, bytecode files, environment, ...)
                    i++;
                }
                case "-W" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the -W option");
                    i += 2;
                }
                case "-X" -> {
                    if (i + 1 >= args.length) return usageError(err, "Argument expected for the -X option");
                    String bad = settings.xOption(args[i + 1]);
                    if (bad != null) return valueError(err, bad);
                    i += 2;
                }
                case "--no-specialize" -> {
                    settings.specialize = false;
                    i++;
                }
                case "--list-specializers" -> {
                    settings.listSpecializers = true;
                    i++;
                }
                case "--plugin-path" -> {
                    if (i + 1 >= args.length || args[i + 1].isEmpty()) {
                        return usageError(err, "Argument expected for the --plugin-path option");
                    }
                    settings.pluginPaths.add(Path.of(args[i + 1]));
                    i += 2;
                }
                default -> {
                    if (a.startsWith("--plugin-path=")) {
                        String dir = a.substring("--plugin-path=".length());
                        if (dir.isEmpty()) return usageError(err, "Argument expected for the --plugin-path option");
                        settings.pluginPaths.add(Path.of(dir));
                    } else if (a.startsWith("-X")) {
                        // python3 also takes -Xname=value as one argument
                        String bad = settings.xOption(a.substring(2));
                        if (bad != null) return valueError(err, bad);
                    } else if (a.startsWith("-W")) {
                        // -Waction: warning control, no effect here
                    } else if (a.startsWith("--")) {
                        return usageError(err, "unknown option " + a);
                    } else if (a.startsWith("-")) {
                        return usageError(err, "Unknown option: " + a.substring(0, 2));
                    } else {
                        break options;
                    }
                    i++;
                }
            }
        }
        AdaptivePolicy policy = settings.policy();
        if (policy == null) {
            return valueError(err, "-X backoff-cap=" + settings.backoffCap + " is less than -X backoff=" + settings.backoff);
        }
        Launcher vm = new Launcher(settings.vmOptions(policy), settings.stats, settings.statsJson, out, err);
        if (settings.listSpecializers) return listSpecializers(vm.build(List.of("")), out);
        if (i >= args.length) {
            if (inspect || System.console() != null) return interactive(vm, List.of(""), out, err);
            return runStdin(vm, List.of(""), err);
        }
        String a = args[i];
        switch (a) {
            case "-c" -> {
                List<String> argv = new ArrayList<>();
                argv.add("-c");
                argv.addAll(Arrays.asList(args).subList(i + 2, args.length));
                return vm.build(argv).runCommand(args[i + 1]);
            }
            case "-m" -> {
                return runModule(vm, args[i + 1], Arrays.asList(args).subList(i + 2, args.length), err);
            }
            case "-" -> {
                return runStdin(vm, Arrays.asList(args).subList(i, args.length), err);
            }
            default -> {
                List<String> argv = new ArrayList<>(Arrays.asList(args).subList(i, args.length));
                if (inspect) return inspectFile(vm, Path.of(a), argv, out, err);
                return vm.build(argv).runFile(Path.of(a));
            }
        }
    }

    /** Builds the VMs of one command line: its options and streams, each with its own sys.argv. */
    private record Launcher(VmOptions options, boolean stats, Path statsJson, PrintStream out, PrintStream err) {
        Vm build(List<String> argv) {
            return Vm.builder().stdout(out).stderr(err).argv(argv).options(options).statsOnExit(stats)
                    .statsJson(statsJson).build();
        }
    }

    /**
     * {@code --list-specializers}: one aligned line per specializer the VM loaded (id, families,
     * priority, version, origin), then their count. Assembly problems are on stderr already.
     */
    static int listSpecializers(Vm vm, PrintStream out) {
        List<InstalledSpecializer> loaded = vm.specializers();
        if (loaded.isEmpty()) {
            out.println("no specializers loaded");
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "FAMILIES", "PRIORITY", "VERSION", "ORIGIN"});
        for (InstalledSpecializer s : loaded) {
            StringBuilder families = new StringBuilder();
            for (Family f : Family.values()) {
                if (!s.families().contains(f)) continue;
                if (families.length() > 0) families.append(',');
                families.append(f.name());
            }
            rows.add(new String[] {s.id(), families.toString(), Integer.toString(s.priority()), s.version(), s.origin()});
        }
        int[] width = new int[rows.get(0).length - 1];
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], r[c].length());
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                line.append(r[c]).append(" ".repeat(width[c] - r[c].length() + 2));
            }
            out.println(line.append(r[width.length]));
        }
        out.println(loaded.size() + (loaded.size() == 1 ? " specializer loaded" : " specializers loaded"));
        return 0;
    }

    static final String BANNER = VERSION + "\nType exit() or Ctrl-D (i.e. EOF) to exit.";

    /** The interactive prompt on the process's standard input, as {@code python3} on a terminal. */
    private static int interactive(Launcher vm, List<String> argv, PrintStream out, PrintStream err) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Vm.Session session = vm.build(argv).openSession(in, "")) {
            err.println(BANNER);
            return repl(session, in, out);
        }
    }

    /** {@code specula -i file.py}: runs the file, then the prompt with its globals (no banner). */
    private static int inspectFile(Launcher vm, Path file, List<String> argv, PrintStream out, PrintStream err) {
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
        try (Vm.Session session = vm.build(argv).openSession(in, dir == null ? "" : dir.toString())) {
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

    /** A malformed command line, reported as python3 does: the message, the usage line, status 2. */
    private static int usageError(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE_LINE);
        err.println("Try `specula -h' for more information.");
        return 2;
    }

    /** A bad value for one of Specula's own options: one line, status 2. */
    private static int valueError(PrintStream err, String message) {
        err.println("specula: error: " + message);
        return 2;
    }

    private static int runModule(Launcher vm, String module, List<String> rest, PrintStream err) {
        if (module.equals("dis")) {
            if (rest.isEmpty()) {
                err.println("specula -m dis: a file to disassemble is required (reading stdin is not supported)");
                return 2;
            }
            return vm.build(List.of(rest.get(0))).disassembleFile(Path.of(rest.get(0)));
        }
        Path file = Path.of(module.replace('.', '/') + ".py");
        if (!file.toFile().isFile()) {
            err.println("specula: No module named " + module);
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file.toAbsolutePath().toString());
        argv.addAll(rest);
        return vm.build(argv).runModuleFile(file);
    }

    private static int runStdin(Launcher vm, List<String> argv, PrintStream err) {
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
        return vm.build(a).runStdin(source);
    }
}
