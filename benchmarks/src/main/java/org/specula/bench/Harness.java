package org.specula.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness's command line (run it with {@code benchmarks/run}):
 *
 * <pre>
 * Harness --root DIR [--runs N] [--size full|tiny] [--only a,b] [--mode compare|steady|smoke]
 *         [--iterations N] [--last K] [--python CMD] [--programs DIR] [--no-results]
 * </pre>
 *
 * <ul>
 * <li>compare (default): each program as a whole process under CPython, Specula generic and
 *     Specula default, taking turns, N runs each; median wall time and peak memory.</li>
 * <li>steady: each program ITERATIONS times inside one process per build (a child JVM with
 *     {@link SteadyWorker}, CPython with {@code steady_loop.py}); median of the last K.</li>
 * <li>smoke: tiny size, one run per build, outputs compared, no timing.</li>
 * </ul>
 * Outputs (stdout and exit status) of the builds must be identical; a mismatch is a FAILURE and
 * makes the exit status 1. Results go to {@code benchmarks/results/} (not in smoke mode).
 */
public final class Harness {
    /** The parsed command line. */
    record Config(Path root, int runs, String size, List<String> only, String mode, int iterations,
                  int last, String python, boolean writeResults, Path programs) {
        static Config parse(String[] args) {
            Path root = Path.of(".");
            int runs = 5, iterations = 10, last = 5;
            String size = null, mode = "compare", python = "python3";
            List<String> only = List.of();
            boolean write = true;
            Path programs = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--root" -> root = Path.of(value(args, ++i, a));
                    case "--runs" -> runs = positive(value(args, ++i, a), a);
                    case "--size" -> size = value(args, ++i, a);
                    case "--only" -> only = Arrays.stream(value(args, ++i, a).split(",")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
                    case "--mode" -> mode = value(args, ++i, a);
                    case "--iterations" -> iterations = positive(value(args, ++i, a), a);
                    case "--last" -> last = positive(value(args, ++i, a), a);
                    case "--python" -> python = value(args, ++i, a);
                    case "--no-results" -> write = false;
                    case "--programs" -> programs = Path.of(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (!List.of("compare", "steady", "smoke").contains(mode)) {
                throw new IllegalArgumentException("--mode must be compare, steady or smoke, not " + mode);
            }
            if (size == null) size = mode.equals("smoke") ? "tiny" : "full";
            if (!List.of("full", "tiny").contains(size)) {
                throw new IllegalArgumentException("--size must be full or tiny, not " + size);
            }
            root = root.toAbsolutePath().normalize();
            return new Config(root, runs, size, only, mode, iterations, Math.min(last, iterations), python,
                    write && !mode.equals("smoke"),
                    programs == null ? root.resolve("benchmarks/programs") : programs.toAbsolutePath().normalize());
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
            return args[i];
        }

        private static int positive(String s, String option) {
            int n = Integer.parseInt(s);
            if (n < 1) throw new IllegalArgumentException(option + " must be at least 1");
            return n;
        }
    }

    private final Config config;
    private final Path jar;
    private final String pythonVersion;
    private final List<Build> builds = new ArrayList<>();

    Harness(Config config) {
        this.config = config;
        this.jar = config.root().resolve("vm-cli/target/specula.jar");
        this.pythonVersion = pythonVersion(config.python());
        if (pythonVersion != null) builds.add(Build.CPYTHON);
        builds.add(Build.GENERIC);
        builds.add(Build.DEFAULT);
    }

    public static void main(String[] args) throws IOException {
        Config config;
        try {
            config = Config.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.err.println("usage: benchmarks/run [--runs N] [--size full|tiny] [--only a,b] "
                    + "[--mode compare|steady|smoke] [--iterations N] [--last K] [--python CMD] [--programs DIR] [--no-results]");
            System.exit(2);
            return;
        }
        System.exit(new Harness(config).run());
    }

    /** Runs the configured mode; returns the exit status (1 when any program failed). */
    int run() throws IOException {
        List<Program> programs = Program.discover(config.programs(), config.only());
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar + ": build it with ./specula --version");
        System.out.printf(Locale.ROOT, "mode %s, size %s, %d programs, builds %s%s%n", config.mode(), config.size(),
                programs.size(), builds.stream().map(Build::label).toList(),
                pythonVersion == null ? " (CPython 3.11+ not found: its column is n/a)" : " (" + pythonVersion + ")");
        Results results = new Results();
        for (Program p : programs) {
            System.out.print(p.name() + " ... ");
            System.out.flush();
            Results.ProgramResult r = results.add(p.name());
            switch (config.mode()) {
                case "compare" -> compare(p, r);
                case "steady" -> steady(p, r);
                default -> smoke(p, r);
            }
            System.out.println(r.failure() == null ? "ok" : "FAILURE");
        }
        System.out.println();
        if (config.mode().equals("smoke")) {
            for (Results.ProgramResult r : results.programs()) {
                if (r.failure() != null) System.out.println(r.name() + " FAILURE: " + r.failure());
            }
            System.out.println(results.anyFailure() ? "smoke: FAILED" : "smoke: all outputs identical");
            return results.anyFailure() ? 1 : 0;
        }
        System.out.print(Report.table(results));
        if (config.writeResults()) write(results);
        return results.anyFailure() ? 1 : 0;
    }

    /** The command that runs program under build as a whole process. */
    List<String> command(Build build, Program p) {
        List<String> cmd = new ArrayList<>();
        if (build == Build.CPYTHON) {
            cmd.add(config.python());
        } else {
            cmd.addAll(javaCommand(config.root()));
            cmd.add("-jar");
            cmd.add(jar.toString());
            if (build == Build.GENERIC) cmd.add("--no-specialize");
        }
        cmd.add(p.file().toString());
        cmd.add(config.size());
        return cmd;
    }

    /** java with the launcher's flags (and SPECULA_JAVA_OPTS, as the launcher honours it). */
    static List<String> javaCommand(Path root) {
        List<String> cmd = new ArrayList<>();
        cmd.add("java");
        cmd.addAll(Build.LAUNCHER_JVM_FLAGS);
        // the launcher's class-data sharing archive, when it made one (an empty file records a failure)
        Path jsa = root.resolve("vm-cli/target/specula.jsa").toAbsolutePath();
        try {
            if (Files.isRegularFile(jsa) && Files.size(jsa) > 0) {
                cmd.add("-XX:SharedArchiveFile=" + jsa);
                cmd.addAll(Build.LAUNCHER_CDS_QUIET);
            }
        } catch (java.io.IOException e) {
            // no archive: run as the launcher does without one
        }
        String extra = System.getenv("SPECULA_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) cmd.addAll(Arrays.asList(extra.trim().split("\\s+")));
        return cmd;
    }

    /** Whole processes, builds taking turns (A B C A B C ...), N runs each. */
    private void compare(Program p, Results.ProgramResult r) {
        Map<Build, List<Runner.Sample>> samples = new LinkedHashMap<>();
        for (Build b : builds) samples.put(b, new ArrayList<>());
        for (int run = 0; run < config.runs(); run++) {
            for (Build b : builds) {
                Runner.Sample s = Runner.run(command(b, p), config.root());
                samples.get(b).add(s);
                String why = mismatch(builds.get(0), samples.get(builds.get(0)).get(0), b, s);
                if (why != null) {
                    r.fail(why + (run > 0 ? " (run " + (run + 1) + ")" : ""));
                    return;
                }
            }
        }
        for (Build b : builds) {
            List<Double> secs = samples.get(b).stream().map(Runner.Sample::seconds).toList();
            r.samples().put(b, new Results.BuildSamples(secs, Stats.median(secs),
                    samples.get(b).stream().map(Runner.Sample::peakKb).toList()));
        }
    }

    /** One process per build running the program ITERATIONS times; median of the last K. */
    private void steady(Program p, Results.ProgramResult r) throws IOException {
        Path loop = Files.createTempFile("steady_loop", ".py");
        try (InputStream in = Harness.class.getResourceAsStream("steady_loop.py")) {
            Files.write(loop, in.readAllBytes());
        }
        Map<Build, String> outputs = new LinkedHashMap<>();
        try {
            for (Build b : builds) {
                Path out = Files.createTempFile("steady-out", ".txt");
                try {
                    List<String> cmd = new ArrayList<>();
                    if (b == Build.CPYTHON) {
                        cmd.addAll(List.of(config.python(), loop.toString()));
                    } else {
                        cmd.addAll(javaCommand(config.root()));
                        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                                SteadyWorker.class.getName(), b.label()));
                    }
                    cmd.addAll(List.of(p.file().toString(), config.size(),
                            Integer.toString(config.iterations()), out.toString()));
                    Runner.Sample s = Runner.run(cmd, config.root());
                    List<Double> secs = new ArrayList<>();
                    boolean allZero = true;
                    for (String line : s.stdout().split("\n")) {
                        String[] f = line.trim().split(" ");
                        if (f.length == 4 && f[0].equals("iteration")) {
                            secs.add(Long.parseLong(f[2]) / 1e9);
                            allZero &= f[3].equals("0");
                        }
                    }
                    if (s.exitStatus() != 0 || secs.size() != config.iterations() || !allZero) {
                        r.fail(b.label() + " failed in steady mode (exit " + s.exitStatus() + "): " + firstLines(s.stderr(), 3));
                        return;
                    }
                    outputs.put(b, Files.readString(out, StandardCharsets.UTF_8));
                    r.samples().put(b, new Results.BuildSamples(secs, Stats.medianOfLast(secs, config.last()),
                            List.of(s.peakKb())));
                } finally {
                    Files.deleteIfExists(out);
                }
            }
        } finally {
            Files.deleteIfExists(loop);
        }
        Build first = builds.get(0);
        for (Build b : builds) {
            String d = firstDifference(outputs.get(first), outputs.get(b));
            if (d != null) {
                r.fail("output of " + b.label() + " differs from " + first.label() + ": " + d);
                return;
            }
        }
    }

    /** One run per build, outputs compared, no timing. */
    private void smoke(Program p, Results.ProgramResult r) {
        Runner.Sample reference = null;
        for (Build b : builds) {
            Runner.Sample s = Runner.run(command(b, p), config.root());
            if (reference == null) reference = s;
            String why = mismatch(builds.get(0), reference, b, s);
            if (why != null) {
                r.fail(why);
                return;
            }
        }
    }

    /**
     * Why sample s of build b does not match the reference, or null when stdout and exit status
     * agree and the status is 0 (a program that fails alike everywhere is no benchmark either).
     */
    static String mismatch(Build refBuild, Runner.Sample ref, Build b, Runner.Sample s) {
        if (s.exitStatus() != ref.exitStatus()) {
            return b.label() + " exited with " + s.exitStatus() + ", " + refBuild.label() + " with " + ref.exitStatus()
                    + (s.exitStatus() != 0 ? ": " + firstLines(s.stderr(), 3) : ": " + firstLines(ref.stderr(), 3));
        }
        String d = firstDifference(ref.stdout(), s.stdout());
        if (d != null) return "output of " + b.label() + " differs from " + refBuild.label() + ": " + d;
        if (s.exitStatus() != 0) {
            return "exit status " + s.exitStatus() + " under " + b.label() + " (a benchmark must exit with 0): "
                    + firstLines(s.stderr(), 3);
        }
        return null;
    }

    /** Where two outputs first differ ("line 3: 'x' vs 'y'"), or null when equal. */
    static String firstDifference(String a, String b) {
        if (a.equals(b)) return null;
        String[] la = a.split("\n", -1), lb = b.split("\n", -1);
        for (int i = 0; i < Math.max(la.length, lb.length); i++) {
            String x = i < la.length ? la[i] : "<end>", y = i < lb.length ? lb[i] : "<end>";
            if (!x.equals(y)) return "line " + (i + 1) + ": '" + clip(x) + "' vs '" + clip(y) + "'";
        }
        return "they differ";
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static String firstLines(String s, int n) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - n), lines.size());
        return String.join(" | ", tail);
    }

    private void write(Results results) throws IOException {
        Path dir = config.root().resolve("benchmarks/results");
        Files.createDirectories(dir);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("mode", config.mode());
        settings.put("size", config.size());
        if (config.mode().equals("compare")) {
            settings.put("runs", config.runs());
            settings.put("order", "builds take turns: " + String.join(" ", builds.stream().map(Build::label).toList()) + ", repeated");
        } else {
            settings.put("iterations", config.iterations());
            settings.put("median_of_last", config.last());
        }
        settings.put("builds", builds.stream().map(Build::label).toList());
        settings.put("jvm_flags", javaCommand(config.root()).subList(1, javaCommand(config.root()).size()));
        settings.put("memory", "VmHWM of /proc/PID/status of the process and its descendants, polled every "
                + Runner.POLL_MILLIS + " ms, max kept");
        Map<String, Object> machine = machine(now);
        String json = Report.json(settings, machine, results);
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = stamp + (config.mode().equals("steady") ? "-steady" : "");
        Files.writeString(dir.resolve(name + ".json"), json);
        String latest = config.mode().equals("steady") ? "latest-steady" : "latest";
        Files.writeString(dir.resolve(latest + ".json"), json);
        String title = (config.mode().equals("steady") ? "Steady state (median of last " + config.last() + " of "
                + config.iterations() + " in-process runs)" : "Whole process, cold (median of " + config.runs() + " runs)")
                + ", size " + config.size();
        String subtitle = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + " · " + machine.get("cores") + " cores · " + machine.get("jvm")
                + " · " + (pythonVersion == null ? "no CPython" : pythonVersion) + " · " + machine.get("git_commit");
        Files.writeString(dir.resolve(latest + ".svg"), Report.svg(title, subtitle, results));
        System.out.println("wrote " + dir.resolve(name + ".json") + ", " + latest + ".json and " + latest + ".svg");
    }

    /** Machine information for the results: cores, memory, OS, JVM, CPython, git commit, date. */
    private Map<String, Object> machine(ZonedDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_mb", memTotalMb());
        m.put("os", osName());
        m.put("jvm", capture(List.of("java", "-version"), true).lines().findFirst().orElse("?"));
        m.put("jvm_version_full", capture(List.of("java", "-version"), true).strip());
        m.put("cpython", pythonVersion);
        String commit = capture(List.of("git", "rev-parse", "--short=12", "HEAD"), false).strip();
        boolean dirty = !capture(List.of("git", "status", "--porcelain", "--untracked-files=no"), false).isBlank();
        m.put("git_commit", commit + (dirty ? " (with uncommitted changes)" : ""));
        return m;
    }

    private static Object memTotalMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) return Runner.parseKb(l) / 1024;
            }
        } catch (IOException e) {
            // not Linux
        }
        return null;
    }

    private static String osName() {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        try {
            for (String l : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (l.startsWith("PRETTY_NAME=")) return l.substring(12).replace("\"", "") + " (" + os + ")";
            }
        } catch (IOException e) {
            // no os-release
        }
        return os;
    }

    /** "Python 3.11.7" when python is CPython 3.11 or later, else null. */
    static String pythonVersion(String python) {
        String v = capture(List.of(python, "--version"), true).strip();
        Matcher m = Pattern.compile("Python (\\d+)\\.(\\d+)").matcher(v);
        if (!m.find()) return null;
        int major = Integer.parseInt(m.group(1)), minor = Integer.parseInt(m.group(2));
        return major > 3 || (major == 3 && minor >= 11) ? v : null;
    }

    /** The output of a short command (stderr merged when asked), or "" when it cannot run. */
    private static String capture(List<String> cmd, boolean mergeStderr) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(mergeStderr)
                    .redirectError(mergeStderr ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
