package org.specula.conformance.kit.gen;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.specula.conformance.kit.Choices;
import org.specula.core.interp.Pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ProgramGeneratorTest {
    private final ProgramGenerator gen = new ProgramGenerator();

    /** The first differing stdout lines, or the differing status / last stderr line. */
    static String difference(Runs.Outcome cpython, Runs.Outcome specula) {
        StringBuilder sb = new StringBuilder();
        String[] a = cpython.out().split("\n", -1), b = specula.out().split("\n", -1);
        int shown = 0;
        for (int i = 0; i < Math.max(a.length, b.length) && shown < 4; i++) {
            String x = i < a.length ? a[i] : "<none>", y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                sb.append("stdout line ").append(i + 1).append(":\n  CPython: ").append(x)
                        .append("\n  Specula: ").append(y).append('\n');
                shown++;
            }
        }
        if (cpython.status() != specula.status() || !cpython.lastErr().equals(specula.lastErr())) {
            sb.append("CPython: status ").append(cpython.status()).append(", ").append(cpython.lastErr())
                    .append("\nSpecula: status ").append(specula.status()).append(", ").append(specula.lastErr()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void agreesWithCPython() throws Exception {
        Assumptions.assumeTrue(Runs.hasPython311(), "python3 (CPython 3.11) is not on the PATH: differential check skipped");
        int n = Integer.getInteger("gen.cpython.samples", 200);
        long seed0 = Long.getLong("gen.cpython.seed", 0);
        List<String> programs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Choices fresh = Choices.random(seed0 + i);
            programs.add(gen.generate(fresh));
            labels.add("seed " + (seed0 + i));
            if (i % 4 == 0) {   // and what the shrinker would try: a truncated, a lowered sequence
                int[] seq = fresh.recorded();
                programs.add(gen.generate(Choices.replay(Arrays.copyOf(seq, seq.length * 2 / 3))));
                labels.add("seed " + (seed0 + i) + " truncated to " + seq.length * 2 / 3 + " choices");
                int[] lowered = seq.clone();
                for (int k = 0; k < lowered.length; k += 3) lowered[k] /= 2;
                programs.add(gen.generate(Choices.replay(lowered)));
                labels.add("seed " + (seed0 + i) + " every third choice halved");
            }
        }
        n = programs.size();
        List<Runs.Outcome> expected = Runs.cpython(programs);
        StringBuilder failures = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < n; i++) {
            Runs.Outcome actual = Runs.generic(programs.get(i));
            String cpythonErr = expected.get(i).lastErr();
            if (cpythonErr.startsWith("SyntaxError") || cpythonErr.startsWith("IndentationError")) {
                fail(labels.get(i) + ": CPython rejects the program: " + cpythonErr + "\n" + programs.get(i));
            }
            if (!actual.equals(expected.get(i))) {
                bad++;
                if (bad <= 5) {
                    failures.append("\n=== ").append(labels.get(i)).append(" ===\n").append(programs.get(i))
                            .append(difference(expected.get(i), actual));
                }
            }
        }
        System.out.println("generator vs CPython: " + n + " programs, " + bad + " differ");
        if (bad > 0) fail(bad + " of " + n + " programs differ:" + failures);
    }

    /** Compiles on Specula, or fails with the program. */
    private static void assertCompiles(String src, String what) {
        try {
            Pipeline.compile(src, "<gen>");
        } catch (RuntimeException e) {
            fail(what + " does not compile: " + e + "\n" + src);
        }
    }

    @Test
    void twoThousandSeedsCompile() {
        for (long seed = 0; seed < 2000; seed++) {
            assertCompiles(gen.generate(Choices.random(seed)), "seed " + seed);
        }
    }

    @Test
    void optionsBoundTheSize() {
        ProgramGenerator small = new ProgramGenerator(new GeneratorOptions(1, 1, 1, 1, 9, 1, 0, 1_000));
        long smallChars = 0, defaultChars = 0;
        for (long seed = 0; seed < 200; seed++) {
            String p = small.generate(Choices.random(seed));
            assertCompiles(p, "small options, seed " + seed);
            assertTrue(p.lines().filter(l -> l.startsWith("run(")).count() <= 1, p);
            smallChars += p.length();
            defaultChars += gen.generate(Choices.random(seed)).length();
        }
        assertTrue(smallChars * 2 < defaultChars, smallChars + " vs " + defaultChars);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GeneratorOptions(0, 1, 1, 1, 1, 1, 0, 1));
    }

    @Test
    void replayingTheRecordedChoicesGivesTheSameProgram() {
        for (long seed = 0; seed < 300; seed++) {
            Choices fresh = Choices.random(seed);
            String program = gen.generate(fresh);
            int[] recorded = fresh.recorded();
            Choices replay = Choices.replay(recorded);
            assertEquals(program, gen.generate(replay), "seed " + seed);
            assertArrayEquals(recorded, replay.recorded(), "seed " + seed);
        }
    }

    @Test
    void allZeroChoicesGiveATinyProgram() {
        String program = gen.generate(Choices.replay(new int[0]));
        assertCompiles(program, "the all-zero program");
        assertEquals("""
                def f0(x, y):
                    acc = x
                    return acc


                def run(name, n, f, *args):
                    seen = []
                    for i in range(n):
                        fresh = [type(a)(a) if isinstance(a, list) else a for a in args]
                        try:
                            r = repr(f(*fresh))
                        except Exception as e:
                            r = type(e).__name__ + ': ' + str(e)
                        if r not in seen:
                            seen.append(r)
                    print(name, '->', ' | '.join(seen))


                run("f0 int", 12, f0, 1, 1)
                """, program);
        assertEquals(new Runs.Outcome("f0 int -> 1\n", "", 0), Runs.generic(program));
    }

    @Test
    void editedAndTruncatedSequencesGiveValidPrograms() {
        Random r = new Random(42);
        for (long seed = 0; seed < 300; seed++) {
            Choices fresh = Choices.random(seed);
            String original = gen.generate(fresh);
            int[] seq = fresh.recorded();
            List<int[]> edits = new ArrayList<>();
            edits.add(Arrays.copyOf(seq, r.nextInt(seq.length + 1)));             // truncated
            int[] deleted = new int[Math.max(0, seq.length - 5)];                 // a run deleted
            int at = r.nextInt(deleted.length + 1);
            System.arraycopy(seq, 0, deleted, 0, at);
            System.arraycopy(seq, at + (seq.length - deleted.length), deleted, at, deleted.length - at);
            edits.add(deleted);
            int[] lowered = seq.clone();                                            // values lowered
            for (int i = 0; i < lowered.length; i++) if (r.nextInt(4) == 0) lowered[i] /= 2;
            edits.add(lowered);
            int[] garbage = seq.clone();                                            // out-of-range values
            for (int i = 0; i < garbage.length; i++) if (r.nextInt(8) == 0) garbage[i] = r.nextInt(1000) - 10;
            edits.add(garbage);
            for (int[] e : edits) {
                String program = gen.generate(Choices.replay(e));
                assertCompiles(program, "an edit of seed " + seed);
                if (e.length < seq.length / 2) {
                    assertTrue(program.length() <= original.length() * 2 + 400, "a truncated sequence should not grow the program");
                }
            }
        }
        // smaller choices give simpler programs: halving every choice shrinks programs on average
        long original = 0, halved = 0;
        for (long seed = 0; seed < 300; seed++) {
            Choices fresh = Choices.random(seed);
            original += gen.generate(fresh).length();
            int[] seq = fresh.recorded();
            for (int i = 0; i < seq.length; i++) seq[i] /= 2;
            halved += gen.generate(Choices.replay(seq)).length();
        }
        assertTrue(halved < original * 0.9, "halved choices: " + halved + " chars, original: " + original);
        // a sample of edited programs also runs to completion on the generic VM
        for (long seed = 0; seed < 40; seed++) {
            Choices fresh = Choices.random(seed);
            gen.generate(fresh);
            int[] seq = fresh.recorded();
            Runs.Outcome o = Runs.generic(gen.generate(Choices.replay(Arrays.copyOf(seq, seq.length / 2))));
            assertTrue(o.status() == 0 || o.status() == 1, "status " + o.status());
        }
    }

    @Test
    void edgePairsFitIn64BitsButTheirSumsOrProductsDoNot() {
        StringBuilder src = new StringBuilder("def fits(v):\n    return -2 ** 63 <= v < 2 ** 63\n\n\n");
        for (String[] p : ProgramGenerator.EDGE_PAIRS) {
            src.append("x, y = ").append(p[0]).append(", ").append(p[1]).append('\n')
                    .append("print(fits(x) and fits(y), not all(fits(v) for v in (x + y, x - y, x * y, x + x)))\n");
        }
        Runs.Outcome o = Runs.generic(src.toString());
        assertEquals(new Runs.Outcome("True True\n".repeat(ProgramGenerator.EDGE_PAIRS.length), "", 0), o, src.toString());
    }

    /** Features and the markers that show them in a program's source. */
    private static final Map<String, String> FEATURES = new LinkedHashMap<>();
    static {
        FEATURES.put("for over range", "for i in range(");
        FEATURES.put("for over list", "for e in [");
        FEATURES.put("for over tuple", "for e in (");
        FEATURES.put("bounded while", "while j < ");
        FEATURES.put("branch", "    if ");
        FEATURES.put("else", "else:");
        FEATURES.put("big int near 2**63", "2 ** 63");
        FEATURES.put("2**64", "2 ** 64");
        FEATURES.put("inf", "float('inf')");
        FEATURES.put("-inf", "float('-inf')");
        FEATURES.put("nan", "float('nan')");
        FEATURES.put("-0.0", "-0.0");
        FEATURES.put("1e308", "1e308");
        FEATURES.put("floor division", " // ");
        FEATURES.put("modulo", " % ");
        FEATURES.put("true division", " / ");
        FEATURES.put("product", " * ");
        FEATURES.put("comparison", " < ");
        FEATURES.put("list subscript", "xs[k]");
        FEATURES.put("list store", "xs[k] = v");
        FEATURES.put("tuple subscript", "t[k]");
        FEATURES.put("dict subscript", "d[k]");
        FEATURES.put("dict store", "d[k] = v");
        FEATURES.put("negative index", "[-1]");
        FEATURES.put("out-of-range index", "g0[-4]");
        FEATURES.put("missing key", "g0[a]");
        FEATURES.put("class", "class P0:");
        FEATURES.put("attribute store", "o.c = n");
        FEATURES.put("shapes (attributes in different orders)", "if flip:");
        FEATURES.put("extra attribute on one instance", "].z = ");
        FEATURES.put("class attribute changed mid-run", "P0.k = ");
        FEATURES.put("method replaced mid-run", "P0.m = P0_m2");
        FEATURES.put("property", "@property");
        FEATURES.put("property replaced mid-run", "P0.p = property(");
        FEATURES.put("defaults", "b=2");
        FEATURES.put("keyword call", "lambda: c0(1, b=5)");
        FEATURES.put("**kwargs", "**kw");
        FEATURES.put("*args", "*rest");
        FEATURES.put("tuple unpacking", "a, b = s");
        FEATURES.put("starred unpacking", "a, *b = s");
        FEATURES.put("wrong-length unpacking", "u0, (1, 2, 3))");
        FEATURES.put("in", " in ");
        FEATURES.put("not in", " not in ");
        FEATURES.put("len", "len(");
        FEATURES.put("raise", "raise ");
        FEATURES.put("caught and printed", "print(type(e).__name__, e)");
        FEATURES.put("finally", "finally:");
        FEATURES.put("class with __add__ etc.", "class N0:");
        FEATURES.put("int subclass", "class I0(int):");
        FEATURES.put("list subclass", "class L0(list):");
        FEATURES.put("dict subclass", "class D0(dict):");
        FEATURES.put("operator replaced mid-run", "N0.__add__ = ");
        FEATURES.put("f-string", "f\"{");
        FEATURES.put("generator", "yield ");
        FEATURES.put("comprehension", " for e in (x, 1, 2.5)]");
        FEATURES.put("dict comprehension", "{i: i * y for i in range(");
        FEATURES.put("closure", "nonlocal total");
        FEATURES.put("lambda", "lambda e:");
        FEATURES.put("ints at the 64-bit edge after small ints", " edge\", ");
        FEATURES.put("comparison function", "def q0(x, y):");
        FEATURES.put("NaN/-0.0/inf comparison phase", " special\", ");
        FEATURES.put("int against a nearly equal float", "2.0 ** 53");
        FEATURES.put("for loop over an argument", "for e in s:");
        FEATURES.put("list of mixed element types iterated or unpacked", "[1, 'a', 2.5, None, 3])");
        FEATURES.put("too-long list unpacked", "[1, 2, 3, 4])");
        FEATURES.put("each instance through the same sites", " each of objs");
        FEATURES.put("attribute store from an argument", "o.a = n");
        FEATURES.put("instance attributes printed in order", "vars(o)");
    }

    /** The program without the driver's {@code run} helper (whose loop, if and not-in are in every program). */
    private static String withoutRunHelper(String p) {
        int start = p.indexOf("def run(name, n, f, *args):");
        int end = p.indexOf("\n\n\n", start);
        return p.substring(0, start) + p.substring(end + 3);
    }

    private static final Pattern RUN = Pattern.compile("^run\\(\"(f\\d+) (\\w+)\"", Pattern.MULTILINE);

    @Test
    void everyFeatureAppearsAndTypesFlip() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int flipping = 0, uncaught = 0, arith = 0;
        for (long seed = 0; seed < 500; seed++) {
            String p = withoutRunHelper(gen.generate(Choices.random(seed)));
            for (Map.Entry<String, String> f : FEATURES.entrySet()) {
                if (p.contains(f.getValue())) counts.merge(f.getKey(), 1, Integer::sum);
            }
            Map<String, Set<String>> kinds = new HashMap<>();
            Matcher m = RUN.matcher(p);
            while (m.find()) kinds.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            if (!kinds.isEmpty()) arith++;
            if (kinds.values().stream().anyMatch(s -> s.size() >= 3)) flipping++;
            String last = p.strip().substring(p.strip().lastIndexOf('\n') + 1);
            if (!last.startsWith("run(") && !last.startsWith("print('e")) uncaught++;
        }
        StringBuilder missing = new StringBuilder();
        for (String f : FEATURES.keySet()) {
            if (counts.getOrDefault(f, 0) < 3) missing.append(f).append(' ');
        }
        System.out.println("feature counts over 500 seeds: " + counts);
        System.out.println("programs with arithmetic functions: " + arith + ", with a function driven with >= 3 operand types: "
                + flipping + ", ending in an uncaught exception: " + uncaught);
        assertTrue(missing.isEmpty(), "features seen in fewer than 3 of 500 programs: " + missing);
        assertTrue(flipping >= arith / 2, "type flips: " + flipping + " of " + arith);
        assertTrue(uncaught >= 20, "uncaught endings: " + uncaught);
    }
}
