package org.specula.conformance.kit.gen;

import org.specula.conformance.kit.Choices;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generates random, valid, terminating, deterministic Python programs for the differential
 * conformance suites (issue 4). Every decision is drawn from a {@link Choices}, so a program can
 * be replayed from its recorded choice sequence and shrunk by editing that sequence: any sequence
 * gives a valid program, and smaller choices give simpler programs (the all-zero sequence gives
 * one tiny function called by a short driver).
 *
 * <p>A program is module-level helper classes, then one to {@code maxSections} sections, each a
 * function (and sometimes a class) plus driver code that calls it in <em>phases</em>: in each
 * phase the function is called more times than the adaptive warm-up with one set of operand types
 * (int, float, str, bool, big ints near 2**63 and 2**64, float specials, instances of a class
 * with {@code __add__}/{@code __eq__}/{@code __lt__}/{@code __getitem__}, subclasses of int, list
 * and dict overriding an operator, ...), so specialization, misses, deoptimization and
 * respecialization happen inside the program. Each phase prints the distinct results (or
 * exception type and message) it saw, so any difference in behaviour is visible in stdout.
 * Sections cover arithmetic with loops and branches, container subscripts and stores, instance
 * attributes with different shapes, class attributes and methods replaced mid-run, properties,
 * calls with defaults and keywords, unpacking and for loops over sequences, raised/caught
 * exceptions, generators, comprehensions and closures, and comparisons; a program sometimes ends
 * with an uncaught exception (traceback, status 1).
 *
 * <p>The phases are chosen so that a fast path that is right for the first phase's operands but
 * wrong at an edge is reached on that edge: an arithmetic function's first phase is small ints,
 * and a later one may be ints that fit in 64 bits whose sum, difference or product does not
 * ({@code 2 ** 62 + 2 ** 62}, {@code 3037000500 * 3037000500}); a comparison function starts on
 * plain floats or ints, then meets NaN, -0.0 and infinities, ints at the edge and ints against
 * nearly equal floats; a sequence function first unpacks or iterates a well-formed list, then
 * lists of the wrong length, lists of mixed element types and other sequences; an object
 * function's load and store sites see instances of one class whose attributes were added in
 * different orders (one phase passes each instance in turn), and the driver then prints every
 * instance's attributes in their order ({@code vars}), so a store to the wrong slot shows.
 *
 * <p>Programs print no addresses (every printed class has a {@code __repr__}), use no sets of
 * strings, time or randomness, and bound every loop, so they terminate in milliseconds.
 */
public final class ProgramGenerator {
    private final GeneratorOptions options;

    /** A generator with {@link GeneratorOptions#DEFAULT}. */
    public ProgramGenerator() {
        this(GeneratorOptions.DEFAULT);
    }

    public ProgramGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public GeneratorOptions options() {
        return options;
    }

    /** A complete, valid, terminating Python program; every decision drawn from choices. */
    public String generate(Choices choices) {
        return new Build(choices, options).program();
    }

    /** The kinds of section, simplest first. */
    private enum Section { ARITH, CONTAINER, OBJECT, CALLS, UNPACK, EXCEPTIONS, ITERATION, COMPARE }

    /**
     * The operand-type phases of arithmetic functions (the first is the simplest). {@code EDGE}:
     * ints that fit in 64 bits but whose sum, difference or product does not.
     */
    private enum Operands { INT, EDGE, FLOAT, STR, BOOL, BIG, MIXED, N0, I0, LIST, L0, D0, NONE }

    /**
     * Pairs of ints that each fit in a signed 64-bit word while their sum, difference or product
     * (or twice one of them) does not: a site specialized on small ints must leave its fast path.
     */
    static final String[][] EDGE_PAIRS = {
            {"2 ** 62", "2 ** 62"}, {"2 ** 63 - 1", "1"}, {"-2 ** 63", "-1"}, {"3037000500", "3037000500"},
            {"-2 ** 63", "1"}, {"2 ** 63 - 1", "2 ** 63 - 1"}, {"-3037000500", "3037000500"}, {"2 ** 32", "2 ** 31"},
            {"-2 ** 63", "2 ** 63 - 1"}, {"1", "2 ** 63 - 1"}};

    private static final java.util.regex.Pattern USES_OPERAND = java.util.regex.Pattern.compile("\\b[xy]\\b");

    /** Estimated bytecodes the driver's {@code run} helper spends on one call. */
    private static final long RUN_COST = 25;

    /** One program under construction. */
    private static final class Build {
        private final Choices c;
        private final GeneratorOptions o;
        private final Set<Helper> helpers = EnumSet.noneOf(Helper.class);
        private final List<Source> definitions = new ArrayList<>();
        private final Source driver = new Source();
        private final int[] counters = new int[Section.values().length];

        Build(Choices c, GeneratorOptions o) {
            this.c = c;
            this.o = o;
        }

        String program() {
            int sections = 1 + c.below(o.maxSections());
            for (int s = 0; s < sections; s++) {
                Section kind = Section.values()[c.below(Section.values().length)];
                int n = counters[kind.ordinal()]++;
                switch (kind) {
                    case ARITH -> arith(n);
                    case CONTAINER -> container(n);
                    case OBJECT -> object(n);
                    case CALLS -> calls(n);
                    case UNPACK -> unpack(n);
                    case EXCEPTIONS -> exceptions(n);
                    case ITERATION -> iteration(n);
                    case COMPARE -> compare(n);
                }
            }
            if (c.chance(20)) uncaughtEnding();

            Source out = new Source();
            for (Helper h : helpers) {
                out.append(text(h.source)).blank().blank();
            }
            for (Source d : definitions) {
                out.append(d).blank().blank();
            }
            out.open("def run(name, n, f, *args):")
                    .line("seen = []")
                    .open("for i in range(n):")
                    // each call gets its own copy of a list argument: a function that extends
                    // its argument in place (acc = x; acc += ...) would otherwise grow it call
                    // after call, exponentially when it appends its own repr, and never finish
                    .line("fresh = [type(a)(a) if isinstance(a, list) else a for a in args]")
                    .open("try:").line("r = repr(f(*fresh))").close()
                    .open("except Exception as e:").line("r = type(e).__name__ + ': ' + str(e)").close()
                    .open("if r not in seen:").line("seen.append(r)").close()
                    .close()
                    .line("print(name, '->', ' | '.join(seen))")
                    .close().blank().blank();
            out.append(driver);
            return out.text();
        }

        private static Source text(String block) {
            Source s = new Source();
            for (String l : block.stripTrailing().split("\n")) {
                if (l.isBlank()) s.blank();
                else s.line(l);
            }
            return s;
        }

        private int calls() {
            return o.minCalls() + c.below(o.maxExtraCalls());
        }

        private int phases() {
            return 1 + c.below(o.maxPhases());
        }

        private String pick(String... options) {
            return options[c.below(options.length)];
        }

        /** A literal that may construct a helper class instance; registers the helper. */
        private String use(Helper h, String literal) {
            helpers.add(h);
            return literal;
        }

        // ------------------------------------------------------------- arithmetic functions

        private void arith(int n) {
            String name = "f" + n;
            Expressions ex = new Expressions(c);
            ex.add("x", true);
            ex.add("y", true);
            Source f = new Source().open("def " + name + "(x, y):");
            String init = ex.expr(o.maxDepth());
            // the accumulator starts from an operand, so every call depends on the phase's types
            f.line("acc = " + (USES_OPERAND.matcher(init).find() ? init : "x + " + Expressions.paren(init)));
            ex.accInConditions(true);
            int statements = c.below(o.maxStatements());
            for (int s = 0; s < statements; s++) statement(f, ex, true, false);
            f.line("return acc").close();
            definitions.add(f);

            int phases = phases();
            long spent = 0;
            for (int p = 0; p < phases && spent < o.maxSectionOps(); p++) {
                Operands kind = p == 0 ? Operands.INT : Operands.values()[c.below(Operands.values().length)];
                String[] xy = operands(kind);
                int calls = calls();
                spent += calls * (f.cost() + RUN_COST);
                driver.line("run(\"" + name + " " + kind.name().toLowerCase() + "\", " + calls + ", " + name + ", "
                        + xy[0] + ", " + xy[1] + ")");
                if (p + 1 < phases && c.chance(15)) mutateHelper();
            }
        }

        /** Replaces an operator method of a helper class already in use, between two phases. */
        private void mutateHelper() {
            if (helpers.contains(Helper.N0) && c.below(2) == 0) {
                driver.line("N0.__add__ = lambda self, o: N0(-1)");
            } else if (helpers.contains(Helper.I0) && c.below(2) == 0) {
                driver.line("I0.__add__ = lambda self, o: I0(int(self) - 1)");
            } else if (helpers.contains(Helper.L0)) {
                driver.line("L0.__getitem__ = list.__getitem__");
            }
        }

        private String[] operands(Operands kind) {
            String[] small = {"1", "2", "3", "0", "-3", "7", "-1", "10"};
            String[] floats = {"1.5", "2.0", "-0.0", "0.0", "0.1", "float('inf')", "float('-inf')", "float('nan')",
                    "1e308", "-1e308"};
            String[] big = {"2 ** 63 - 1", "2 ** 63", "-2 ** 63", "-2 ** 63 - 1", "2 ** 64", "2 ** 64 - 1",
                    "10 ** 20", "-(2 ** 64)"};
            // a sequence is only ever multiplied by a small int or by one of at least 2**63
            String[] seqCounts = {"2", "0", "-1", "3", "2 ** 63", "2 ** 64"};
            return switch (kind) {
                case INT -> new String[]{pick(small), pick(small)};
                case EDGE -> EDGE_PAIRS[c.below(EDGE_PAIRS.length)].clone();
                case FLOAT -> new String[]{pick(floats), pick(floats)};
                case STR -> new String[]{pick("'ab'", "''", "'xyz'", "'a'"),
                        c.below(2) == 0 ? pick("'b'", "'ab'", "''") : pick(seqCounts)};
                case BOOL -> new String[]{pick("True", "False"), pick("True", "False")};
                case BIG -> new String[]{pick(big), c.below(2) == 0 ? pick(big) : pick(small)};
                case MIXED -> new String[]{c.below(2) == 0 ? pick(small) : pick(big), pick(floats)};
                case N0 -> new String[]{use(Helper.N0, "N0(" + pick(small) + ")"),
                        c.below(2) == 0 ? pick(small) : pick("N0(2)", "1.5", "'s'")};
                case I0 -> new String[]{use(Helper.I0, "I0(" + pick(small) + ")"),
                        c.below(2) == 0 ? pick(small) : pick("I0(2)", "2.5", "2 ** 64")};
                case LIST -> new String[]{pick("[1, 2]", "(1, 2)", "[]", "['a', 3]", "(2.5,)"), pick(seqCounts)};
                case L0 -> new String[]{use(Helper.L0, "L0([" + pick(small) + ", 2, 'c'])"), pick(seqCounts)};
                case D0 -> new String[]{use(Helper.D0, "D0({0: 'z', 'a': 1})"), pick("1", "0", "'a'", "2.5")};
                case NONE -> new String[]{"None", pick(small)};
            };
        }

        /**
         * One statement of an arithmetic function body: loops only at the top level (so loops do
         * not nest), {@code break}/{@code continue} only inside a loop.
         */
        private void statement(Source f, Expressions ex, boolean top, boolean inLoop) {
            int d = o.maxDepth();
            switch (c.below(top ? 10 : 5)) {
                case 0 -> f.line("acc = acc + " + Expressions.paren(ex.expr(d)));
                case 1 -> f.line("acc = " + ex.expr(d));
                case 2 -> {
                    f.open("if " + ex.cond(d) + ":");
                    statement(f, ex, false, inLoop);
                    f.close();
                    if (c.below(2) == 1) {
                        f.open("else:");
                        statement(f, ex, false, inLoop);
                        f.close();
                    }
                }
                case 3 -> {
                    f.open("try:").line("acc = acc - " + Expressions.paren(ex.expr(d))).close();
                    if (c.below(2) == 0) {
                        f.open("except ZeroDivisionError:").line("acc = " + ex.smallInt()).close();
                    } else {
                        f.open("except (TypeError, ValueError, OverflowError) as e:").line("acc = type(e).__name__").close();
                    }
                }
                case 4, 7 -> {
                    if (top) loop(f, ex);
                    else if (inLoop) f.open("if " + ex.cond(d) + ":").line(c.below(2) == 0 ? "break" : "continue").close();
                    else f.line("acc += " + Expressions.paren(ex.expr(d)));
                }
                case 5, 8 -> forEach(f, ex);
                case 6 -> whileLoop(f, ex);
                default -> f.line("acc += " + Expressions.paren(ex.expr(d)));
            }
        }

        private void loopBody(Source f, Expressions ex) {
            int n = 1 + c.below(2);
            for (int s = 0; s < n; s++) statement(f, ex, false, true);
        }

        private void loop(Source f, Expressions ex) {
            int bound = 1 + c.below(o.maxLoopBound());
            f.openLoop("for i in range(" + bound + "):", bound);
            ex.add("i", true);
            loopBody(f, ex);
            ex.remove("i");
            f.close();
        }

        private void forEach(Source f, Expressions ex) {
            String over = switch (c.below(4)) {
                case 0 -> "[x, y, 1]";
                case 1 -> "(x, 2.5, 'a')";
                case 2 -> "x";
                default -> "[1, -0.0, 2 ** 63, y]";
            };
            f.openLoop("for e in " + over + ":", 4);
            ex.add("e", false);
            loopBody(f, ex);
            ex.remove("e");
            f.close();
        }

        private void whileLoop(Source f, Expressions ex) {
            f.line("j = 0");
            int bound = 1 + c.below(o.maxLoopBound());
            f.openLoop("while j < " + bound + ":", bound);
            f.line("j += 1");
            ex.add("j", true);
            loopBody(f, ex);
            ex.remove("j");
            f.close();
        }

        // ------------------------------------------------------------- containers

        private void container(int n) {
            String name = "g" + n;
            Source f = new Source().open("def " + name + "(k, v):");
            f.line("xs = [1, 2, 3]").line("t = (4, 5, 6)").line("d = {'a': 1, 0: 'z'}").line("s = {1, 'a', 2.5}").line("out = []");
            int statements = 1 + c.below(o.maxStatements());
            for (int s = 0; s < statements; s++) {
                String[] lines = switch (c.below(15)) {
                    case 0 -> new String[]{"out.append(xs[k])"};
                    case 1 -> new String[]{"out.append(t[k])"};
                    case 2 -> new String[]{"out.append(d[k])"};
                    case 3 -> new String[]{"xs[k] = v", "out.append(xs)"};
                    case 4 -> new String[]{"d[k] = v", "out.append(d)"};
                    case 5 -> new String[]{"out.append(k in d)"};
                    case 6 -> new String[]{"out.append(v not in xs)"};
                    case 7 -> new String[]{"out.append(k in t)"};
                    case 8 -> new String[]{"out.append(len(xs) + len(d))"};
                    case 9 -> new String[]{"out.append(d.get(k, 'none'))"};
                    case 10 -> new String[]{"out.append(xs[k:])"};
                    case 11 -> new String[]{"del d[k]", "out.append(len(d))"};
                    case 12 -> new String[]{"out.append(k in s)"};
                    case 13 -> new String[]{"s.add(v)", "out.append(v not in s)"};
                    default -> new String[]{"out.append(v in 'abc')"};
                };
                if (c.below(2) == 1) {
                    f.open("try:");
                    for (String l : lines) f.line(l);
                    f.close().open("except (KeyError, IndexError, TypeError) as e:").line("out.append(type(e).__name__)").close();
                } else {
                    for (String l : lines) f.line(l);
                }
            }
            f.line("return out").close();
            definitions.add(f);

            int phases = phases();
            for (int p = 0; p < phases; p++) {
                String k = pick("0", "1", "-1", "2", "-3", "3", "-4", "'a'", "True", "2 ** 63", "1.5", "None",
                        "I0(1)", "-2 ** 63 - 1", "[0]");
                if (k.startsWith("I0")) helpers.add(Helper.I0);
                String v = pick("'v'", "7", "2.5", "None", "N0(1)", "2 ** 64");
                if (v.startsWith("N0")) helpers.add(Helper.N0);
                driver.line("run(\"" + name + "[" + k.replace("'", "") + "]\", " + calls() + ", " + name + ", " + k + ", " + v + ")");
            }
        }

        // ------------------------------------------------------------- instances, shapes

        /**
         * An object section: a class whose instances get their attributes in one of two orders
         * (so instances of one class have different shapes), a function loading and storing
         * attributes of its argument, and phases calling it on one instance, on each instance in
         * turn (the same sites see every shape) or on a foreign object, with class attributes and
         * methods replaced between phases. The class defines only the members the function uses,
         * and the driver ends by printing every instance's attributes, in their order.
         */
        private void object(int n) {
            String cls = "P" + n, name = "h" + n;
            boolean sub = c.chance(40);
            Source f = new Source().open("def " + name + "(o, n):").line("out = []");
            boolean usesK = false, usesM = false, usesP = false;
            int statements = 1 + c.below(o.maxStatements());
            for (int s = 0; s < statements; s++) {
                switch (c.below(15)) {
                    case 0 -> f.line("out.append(o.a + n)");
                    case 1 -> f.line("o.a = n");
                    case 2 -> f.line("o.c = n").line("out.append(o.c)");
                    case 3 -> {
                        f.line("out.append(o.m(n))");
                        usesM = true;
                    }
                    case 4 -> {
                        f.line("out.append(o.p)");
                        usesP = true;
                    }
                    case 5 -> {
                        f.line("out.append(o.k + n)");
                        usesK = true;
                    }
                    case 6 -> f.line("o.a = o.b");
                    case 7 -> f.line("out.append(o.b - o.a)");
                    case 8 -> {
                        f.line("out.append(o.m(n=n))");
                        usesM = true;
                    }
                    case 9 -> f.line("out.append(getattr(o, 'z', 0))");
                    case 10 -> f.line("out.append(o.z)");
                    case 11 -> f.line("o.b = n");
                    case 12 -> f.line("o.a, o.b = o.b, o.a");
                    case 13 -> {
                        f.line("out.append(o.m())");
                        usesM = true;
                    }
                    default -> f.line("out.append(hasattr(o, 'c'))");
                }
            }
            f.line("return out").close();

            Source k = new Source().open("class " + cls + ":");
            if (usesK) k.line("k = 1").blank();
            // with flip, b is set first: the instance's attributes are in the order b, a
            k.open("def __init__(self, a, flip):")
                    .open("if flip:").line("self.b = a * 2").close()
                    .line("self.a = a").line("self.b = a * 2").close();
            if (usesM) k.blank().open("def m(self, n=1):").line("return self.a + n").close();
            if (usesP) k.blank().line("@property").open("def p(self):").line("return self.a - self.b").close();
            k.close();
            definitions.add(k);
            if (sub) {
                definitions.add(new Source().open("class " + cls + "s(" + cls + "):")
                        .open("def m(self, n=1):").line("return -n").close().close());
            }
            definitions.add(f);

            String objs = "objs" + n;
            List<String> made = new ArrayList<>();
            int count = 2 + c.below(3);
            for (int i = 0; i < count; i++) {
                String a = pick("1", "2", "2.5", "'q'", "2 ** 63");
                String type = sub && c.below(3) == 2 ? cls + "s" : cls;
                made.add(type + "(" + a + ", " + (c.below(2) == 1 ? "True" : "False") + ")");
            }
            driver.line(objs + " = [" + String.join(", ", made) + "]");
            if (c.below(2) == 1) driver.line(objs + "[" + c.below(count) + "].z = " + pick("9", "'z'"));
            if (c.below(2) == 1) driver.line(objs + "[" + c.below(count) + "].c = 0");
            int phases = phases();
            boolean hasK = usesK, hasM2 = false;
            for (int p = 0; p < phases; p++) {
                int target = c.below(count + 1);
                String nv = pick("1", "2", "-1", "0.5", "'s'", "2 ** 64", "True", "None");
                if (target == count) {
                    driver.line("run(\"" + name + " each of " + objs + "\", " + calls() + ", lambda: [" + name + "(o, " + nv
                            + ") for o in " + objs + "])");
                } else {
                    String arg = c.chance(10) ? use(Helper.N0, "N0(1)") : objs + "[" + target + "]";
                    driver.line("run(\"" + name + " " + arg + "\", " + calls() + ", " + name + ", " + arg + ", " + nv + ")");
                }
                if (p + 1 < phases) {
                    switch (c.below(8)) {
                        case 1 -> {
                            driver.line(cls + ".k = " + pick("10", "'k'", "2 ** 64"));
                            hasK = true;
                        }
                        case 2 -> {
                            if (!hasM2) {
                                definitions.add(new Source().open("def " + cls + "_m2(self, n=2):").line("return self.b * n").close());
                                hasM2 = true;
                            }
                            driver.line(cls + ".m = " + cls + "_m2");
                        }
                        case 3 -> driver.line(cls + ".p = property(lambda self: self.b)");
                        case 4 -> {
                            if (hasK) driver.line("del " + cls + ".k");
                            hasK = false;
                        }
                        case 5 -> driver.line(objs + "[" + c.below(count) + "].z = 1");
                        default -> { }
                    }
                }
            }
            driver.line("print([vars(o) for o in " + objs + "])");
        }

        // ------------------------------------------------------------- calls

        private void calls(int n) {
            String name = "c" + n;
            int sig = c.below(5);
            String[] defs = {
                    "(a, b=2)", "(a, b=2, *, c=3)", "(a, *rest, c=3)", "(a, b=2, **kw)", "(a, b=2, *rest, c=3, **kw)"};
            String[] bodies = {
                    "a + b", "[a + b, c]", "[a, rest, c]", "[a + b, sorted(kw.items())]", "[a + b, rest, c, sorted(kw)]"};
            definitions.add(new Source().open("def " + name + defs[sig] + ":").line("return " + bodies[sig]).close());
            int phases = phases();
            for (int p = 0; p < phases; p++) {
                String args = pick("1", "1, 2", "1, b=5", "b=1, a=2", "1.5, 2.5", "'x', 'y'", "1, 2, 3", "1, c=4",
                        "1, d=4", "", "1, a=2", "*[1, 2]", "**{'a': 1, 'b': 2}", "2 ** 63, 2 ** 63", "N0(1), 2",
                        "True, b=False", "2 ** 64, -0.0");
                if (args.contains("N0")) helpers.add(Helper.N0);
                String call = name + "(" + args + ")";
                driver.line("run(\"" + call.replace("\"", "") + "\", " + calls() + ", lambda: " + call + ")");
            }
        }

        // ------------------------------------------------------------- unpacking

        /**
         * The unpacking and for-loop bodies of sequence functions, each with the list it takes
         * apart exactly (the first phase's operand, so the sites specialize on well-formed lists).
         */
        private static final String[][] SEQUENCE_BODIES = {
                {"[1, 2]", "a, b = s", "return [b, a]"},
                {"[1, 2, 3]", "out = []", "for e in s:", "    out.append(e)", "return out"},
                {"[1, 2, 3]", "a, *b = s", "return [a, b]"},
                {"[1, 2, 3]", "[a, b, c] = s", "return [c, b, a]"},
                {"[[1, 2], 3]", "(a, b), c = s", "return [a, b, c]"},
                {"[[1, 2], [3, 4]]", "out = []", "for a, b in s:", "    out.append(b)", "return out"},
                {"[1, 2, 3]", "total = 0", "for e in s:", "    total = total + e", "return total"}};

        /**
         * What later phases unpack or iterate: lists of the wrong length, lists of mixed element
         * types, other sequences and non-sequences (the simplest first).
         */
        private static final String[] SEQUENCES = {"[1, 2, 3]", "[1, 2]", "[1, 'a', 2.5, None, 3]", "[1]", "[]",
                "[1, 2, 3, 4]", "(1, 2)", "[[1, 2], [3, 4, 5]]", "['a', 'b']", "[2 ** 64, -0.0, 'c']", "(1, 2, 3)",
                "'ab'", "'abc'", "{1: 2, 3: 4}", "5", "None", "range(3)", "L0([1, 2, 3])", "[(1, 2), 3]",
                "((1, 2), (3, 4))", "N0(1)", "[[1, 2], [3]]", "[True, 2 ** 63, 1.5]"};

        private void unpack(int n) {
            String name = "u" + n;
            Source f = new Source().open("def " + name + "(s):");
            String[] body = SEQUENCE_BODIES[c.below(SEQUENCE_BODIES.length)];
            for (int i = 1; i < body.length; i++) {
                if (body[i].endsWith(":")) f.openLoop(body[i], 5).line(body[++i].strip()).close();
                else f.line(body[i]);
            }
            f.close();
            definitions.add(f);
            int phases = phases();
            for (int p = 0; p < phases; p++) {
                String s = p == 0 ? body[0] : pick(SEQUENCES);
                if (s.startsWith("L0")) helpers.add(Helper.L0);
                if (s.startsWith("N0")) helpers.add(Helper.N0);
                driver.line("run(\"" + name + " " + s.replace("'", "") + "\", " + calls() + ", " + name + ", " + s + ")");
            }
        }

        // ------------------------------------------------------------- exceptions

        private void exceptions(int n) {
            String name = "e" + n, count = name + "_count";
            helpers.add(Helper.E0);
            definitions.add(new Source().line(count + " = [0]"));
            Source f = new Source().open("def " + name + "(x):");
            f.open("try:");
            int statements = 1 + c.below(2);
            for (int s = 0; s < statements; s++) {
                switch (c.below(6)) {
                    case 0 -> f.line("r = 10 // x");
                    case 1 -> f.open("if x > 2:").line("raise E0('big', x)").close().line("r = 10 // x");
                    case 2 -> f.line("r = [1, 2, 3][x]");
                    case 3 -> f.line("r = {'a': 1}[x]");
                    case 4 -> f.line("raise ValueError(f'bad {x!r}')");
                    default -> f.line("r = int(x)");
                }
            }
            f.close();
            f.open("except ZeroDivisionError as e:").line("return 'zero: ' + str(e)").close();
            f.open("except E0 as e:").line("return 'E0: ' + str(e)").close();
            f.open("finally:").line(count + "[0] += 1").close();
            f.line("return r").close();
            definitions.add(f);

            String[] values = {"0", "1", "3", "'a'", "2.5", "-1", "None", "2 ** 64"};
            List<String> vs = new ArrayList<>();
            int k = 1 + c.below(5);
            for (int i = 0; i < k; i++) vs.add(pick(values));
            driver.open("for v in [" + String.join(", ", vs) + "]:")
                    .open("try:").line("print(" + name + "(v))").close()
                    .open("except Exception as e:").line("print(type(e).__name__, e)").close()
                    .close();
            int phases = c.below(o.maxPhases());
            for (int p = 0; p < phases; p++) {
                String v = pick(values);
                driver.line("run(\"" + name + " " + v.replace("'", "") + "\", " + calls() + ", " + name + ", " + v + ")");
            }
            driver.line("print('" + name + " finally ran', " + count + "[0], 'times')");
        }

        // ------------------------------------------------------------- generators, comprehensions, closures

        private void iteration(int n) {
            String name = "k" + n;
            Source f = new Source().open("def " + name + "(x, y):");
            f.line("out = []");
            int parts = 1 + c.below(3);
            boolean gen = false;
            for (int s = 0; s < parts; s++) {
                String bound = String.valueOf(1 + c.below(o.maxLoopBound()));
                switch (c.below(6)) {
                    case 0 -> f.line("out.append([e + y for e in (x, 1, 2.5)])");
                    case 1 -> f.line("out.append({i: i * y for i in range(" + bound + ")})").charge(6L * Integer.parseInt(bound));
                    case 2 -> {
                        if (!gen) f.open("def gen(n):").open("for i in range(n):").line("yield i + x").close().close();
                        gen = true;
                        f.line("out.append(list(gen(" + bound + ")))").charge(6L * Integer.parseInt(bound));
                    }
                    case 3 -> {
                        if (!gen) f.open("def gen(n):").open("for i in range(n):").line("yield i + x").close().close();
                        gen = true;
                        f.line("out.append(sum(gen(" + bound + "), y))").charge(6L * Integer.parseInt(bound));
                    }
                    case 4 -> f.line("out.append(list(map(lambda e: e - y, [x, 2])))");
                    default -> f.line("total = x")
                            .open("def add(v):").line("nonlocal total").line("total = total + v").line("return total").close()
                            .line("add(y)")
                            .line("out.append(add(y))");
                }
            }
            f.line("return out").close();
            definitions.add(f);
            int phases = phases();
            long spent = 0;
            for (int p = 0; p < phases && spent < o.maxSectionOps(); p++) {
                Operands kind = p == 0 ? Operands.INT : Operands.values()[c.below(Operands.values().length)];
                String[] xy = operands(kind);
                int calls = calls();
                spent += calls * (f.cost() + RUN_COST);
                driver.line("run(\"" + name + " " + kind.name().toLowerCase() + "\", " + calls + ", " + name + ", "
                        + xy[0] + ", " + xy[1] + ")");
            }
        }

        // ------------------------------------------------------------- comparisons

        /** Comparisons of a comparison function's two operands, the simplest first. */
        private static final String[] COMPARISONS = {"x < y", "x == y", "x != y", "x > y", "x <= y", "x >= y",
                "x == x", "y < x", "'lt' if x < y else 'not lt'", "x < y < 2.5", "not x > y"};

        /**
         * The operand pairs of comparison phases. The first phase is plain floats or small ints,
         * so the sites specialize on ordinary values; later ones bring float specials (NaN,
         * -0.0, infinities), ints at the 64-bit edge, ints against floats of nearly the same
         * value, and other types.
         */
        private enum Pairs { FLOAT, INT, SPECIAL, EDGE, INT_FLOAT, STR, BOOL, NONE, N0 }

        private void compare(int n) {
            String name = "q" + n;
            Source f = new Source().open("def " + name + "(x, y):");
            int k = 1 + c.below(4);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < k; i++) parts.add(pick(COMPARISONS));
            f.line("return [" + String.join(", ", parts) + "]").close();
            definitions.add(f);

            int phases = 1 + c.below(o.maxPhases());
            for (int p = 0; p < phases; p++) {
                Pairs kind = p == 0 ? Pairs.values()[c.below(2)] : Pairs.values()[c.below(Pairs.values().length)];
                String[] xy = pair(kind);
                driver.line("run(\"" + name + " " + kind.name().toLowerCase() + "\", " + calls() + ", " + name + ", "
                        + xy[0] + ", " + xy[1] + ")");
            }
        }

        private String[] pair(Pairs kind) {
            return switch (kind) {
                case FLOAT -> new String[]{pick("1.5", "2.0", "-0.5", "0.1", "1e300"), pick("2.5", "1.5", "0.0", "-3.0", "1e-300")};
                case INT -> new String[]{pick("1", "2", "0", "-3", "7"), pick("2", "1", "0", "5", "-1")};
                case SPECIAL -> c.oneOf(new String[][]{
                        {"float('nan')", "float('nan')"}, {"float('nan')", "1.0"}, {"-0.0", "0.0"}, {"1.0", "float('nan')"},
                        {"0.0", "-0.0"}, {"float('inf')", "float('nan')"}, {"float('-inf')", "float('inf')"},
                        {"float('inf')", "float('inf')"}, {"float('nan')", "float('-inf')"}, {"-0.0", "-0.0"}}).clone();
                case EDGE -> EDGE_PAIRS[c.below(EDGE_PAIRS.length)].clone();
                case INT_FLOAT -> c.oneOf(new String[][]{
                        {"1", "1.0"}, {"2 ** 53 + 1", "2.0 ** 53"}, {"2 ** 63 - 1", "2.0 ** 63"}, {"0", "-0.0"},
                        {"float('nan')", "1"}, {"2 ** 64", "float('inf')"}, {"-1", "float('-inf')"}, {"3", "2.5"}}).clone();
                case STR -> new String[]{pick("'a'", "'ab'", "''"), pick("'b'", "'a'", "'abc'")};
                case BOOL -> new String[]{pick("True", "False"), pick("False", "True", "1", "0.0")};
                case NONE -> new String[]{"None", pick("None", "1", "float('nan')")};
                case N0 -> new String[]{use(Helper.N0, "N0(" + pick("1", "2.5", "float('nan')") + ")"), pick("2", "N0(1)", "1.5")};
            };
        }

        private void uncaughtEnding() {
            driver.line(pick("raise ValueError('the end')", "print([1, 2, 3][7])", "print({'a': 1}['b'])",
                    "print(1 // 0)", "print(int('x'))", "print(2 ** 64 + 'a')"));
        }
    }
}
