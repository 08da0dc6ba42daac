package org.specula.core.interp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.AdaptiveVms;
import org.specula.testplugin.ExampleSpecializer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled tier runs programs exactly as the interpreter does: output, tracebacks and exit
 * status agree with the same VM without the tier, whether the tier compiles at once, after a
 * few executions (so code is entered at loop heads and after calls, mid-run), or with every
 * site specializing and deoptimizing as often as it can. Each run must have compiled something.
 */
class CompiledTierTest {
    /** The example specializer without CALL: calls of compiled functions are then made by compiled code. */
    static final class NoCall implements Specializer {
        private final ExampleSpecializer inner = new ExampleSpecializer();

        @Override public String id() { return "example-no-call"; }

        @Override public Set<Family> families() {
            return EnumSet.complementOf(EnumSet.of(Family.CALL));
        }

        @Override public int spiVersion() { return inner.spiVersion(); }

        @Override public Specialization specialize(SiteContext site) { return inner.specialize(site); }
    }

    /** A program, the stdout and exit status CPython 3.11 gives it (checked against python3). */
    record Case(String name, String program, String out, int status) {
        @Override public String toString() { return name; }
    }

    private static String closedLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) sb.append("closed ").append(i).append('\n');
        return sb.toString();
    }

    static Stream<Case> programs() {
        return Stream.of(
                new Case("arithmetic loops", """
                        def f(n):
                            s, t, i = 0, 0.0, 0
                            while i < n:
                                s += i * i - (i // 3) % 7
                                t = t + i / 4 - 0.5
                                i += 1
                            return s, t
                        def g(xs):
                            best = None
                            for x in xs:
                                if best is None or x > best:
                                    best = x
                            return best
                        for k in range(40):
                            r = f(k * 10)
                        print(r, g([3, 9, 2, 9, 1]), g([]))
                        print(f(10 ** 3), [f(n)[0] for n in range(6)])
                        """, "(19695863, 18768.75) 9 None\n(332830517, 124375.0) [0, 0, 1, 5, 13, 28]\n", 0),
                new Case("calls of every shape", """
                        def add(a, b=10, *rest, scale=1, **kw):
                            return (a + b + sum(rest)) * scale + len(kw)
                        class P:
                            def __init__(self, x):
                                self.x = x
                            def m(self, y):
                                return self.x + y
                        def fib(n):
                            return n if n < 2 else fib(n - 1) + fib(n - 2)
                        def run(n):
                            t = 0
                            for i in range(n):
                                t += add(i) + add(i, 2) + add(i, 1, 2, 3) + add(i, scale=2) + add(i, z=1)
                                p = P(i)
                                t += p.m(1) + P.m(p, 2)
                                m = p.m
                                t += m(3)
                                args = (i, 1)
                                t += add(*args) + add(**{'a': i})
                                t += len([i, i]) + max(i, 3) + abs(-i)
                            return t
                        print(run(60), fib(18))
                        """, "27096 2584\n", 0),
                new Case("generators, closures, comprehensions", """
                        def gen(n):
                            try:
                                for i in range(n):
                                    yield i * 2
                            finally:
                                print("closed", n)
                        def counter():
                            c = 0
                            def inc(k=1):
                                nonlocal c
                                c += k
                                return c
                            return inc
                        def use(n):
                            inc = counter()
                            total = 0
                            for v in gen(n):
                                if v > 10:
                                    break
                                total += inc(v)
                            squares = {k: k * k for k in range(n)}
                            evens = {k for k in range(n) if k % 2 == 0}
                            f = lambda x: x + total
                            first, *middle, last = [f(x) for x in range(5)]
                            return total, sum(squares.values()), sorted(evens)[:3], first, middle, last, f"{total:>6}|{n!r}"
                        for k in range(30):
                            r = use(k)
                        print(r)
                        """, closedLines() + "(70, 7714, [0, 2, 4], 70, [71, 72, 73], 74, '    70|29')\n", 0),
                new Case("exceptions caught and uncaught", """
                        class Bad(Exception):
                            pass
                        def check(x):
                            if x % 7 == 3:
                                raise Bad("bad %d" % x)
                            return 100 // (x % 5)
                        def loop(n):
                            ok = errs = zero = 0
                            for x in range(n):
                                try:
                                    ok += check(x)
                                except Bad:
                                    errs += 1
                                except ZeroDivisionError as e:
                                    zero += 1
                            return ok, errs, zero
                        def outer(x):
                            return inner(x) + 1
                        def inner(x):
                            d = {"a": 1}
                            return d[x]
                        for k in range(25):
                            r = loop(k)
                        print(r)
                        try:
                            for k in range(50):
                                outer("a")
                            outer("b")
                        except KeyError as e:
                            print("caught", repr(e))
                        def unbound(flag):
                            if flag:
                                y = 1
                            return y
                        for k in range(20):
                            unbound(True)
                        try:
                            unbound(False)
                        except UnboundLocalError as e:
                            print(e)
                        def deep(n):
                            return deep(n + 1)
                        try:
                            deep(0)
                        except RecursionError as e:
                            print("recursion:", e)
                        for k in range(30):
                            assert k >= 0, "never"
                        outer("c")
                        """, "(932, 3, 4)\ncaught KeyError('b')\ncannot access local variable 'y' where it is not associated with a value\nrecursion: maximum recursion depth exceeded\n", 1),
                new Case("sites changing type while compiled", """
                        def acc(xs):
                            t = xs[0]
                            for x in xs[1:]:
                                t = t + x
                            return t
                        for k in range(30):
                            acc(list(range(k + 1)))
                        print(acc([1.5, 2.5]), acc(["a", "b", "c"][:2] and [[1], [2]]), acc([1, 2.5, 10 ** 30]))
                        class V:
                            def __init__(self, v): self.v = v
                            def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
                            def __sub__(self, o): return V(0)
                            def __repr__(self): return "V(%r)" % self.v
                        print(acc([V(1), V(2), V(3)]))
                        def cmp(a, b):
                            n = 0
                            for i in range(20):
                                if a < b:
                                    n += 1
                            return n
                        print([cmp(1, 2), cmp(2.0, 1), cmp("a", "b"), cmp((1,), (0,)), cmp([1], [2])])
                        """, "4.0 [1, 2] 1e+30\nV(6)\n[20, 0, 20, 0, 20]\n", 0),
                new Case("with statements", """
                        class Tracker:
                            def __init__(self, log):
                                self.log = log
                            def __enter__(self):
                                self.log.append("in")
                                return self
                            def __exit__(self, kind, value, tb):
                                self.log.append("out" if kind is None else "error " + kind.__name__)
                                return kind is KeyError
                        def run(n):
                            log = []
                            total = 0
                            for i in range(n):
                                with Tracker(log) as t:
                                    total += i
                                    if i % 5 == 4:
                                        raise KeyError(i)
                                    if i % 7 == 6:
                                        continue
                                total += 1
                            return total, len(log), log[-4:]
                        for k in range(30):
                            r = run(k)
                        print(r)
                        with Tracker([]) as t:
                            print(1 / 0)
                        """, "(431, 58, ['in', 'out', 'in', 'out'])\n", 1),
                new Case("frame introspection", """
                        def f(n):
                            a = 1
                            for i in range(n):
                                a += i
                            b = a * 2
                            loc = locals()
                            return sorted(loc.items()), eval("a + b"), eval("i")
                        for k in range(1, 30):
                            r = f(k)
                        print(r)
                        """, "([('a', 407), ('b', 814), ('i', 28), ('n', 29)], 1221, 28)\n", 0));
    }

    private static final List<AdaptivePolicy> TIERED = List.of(
            AdaptivePolicy.DEFAULT.withCompileAfter(1),
            AdaptivePolicy.DEFAULT.withCompileAfter(3),
            AdaptivePolicy.EAGER);

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void compiledRunsAgreeWithTheInterpreter(Case c) {
        for (Specializer s : List.of(new NoCall(), new ExampleSpecializer())) {
            AdaptiveVms.Run ref = AdaptiveVms.run(c.program(), AdaptivePolicy.DEFAULT.withCompileAfter(0), s);
            assertEquals(0, ref.stats().tier().compilations(), "the tier is off");
            assertEquals(c.out(), ref.out(), c + ": CPython's output");
            assertEquals(c.status(), ref.status(), c + ": CPython's exit status");
            for (AdaptivePolicy p : TIERED) {
                String what = c + " with " + s.id() + ", compile after " + p.compileAfter() + ", warm-up " + p.warmup();
                AdaptiveVms.Run r = AdaptiveVms.run(c.program(), p, s);
                assertEquals(ref.out(), r.out(), what);
                assertEquals(ref.err(), r.err(), what);
                assertEquals(ref.status(), r.status(), what);
                assertTrue(r.stats().tier().compilations() > 0, what + ": nothing compiled");
            }
        }
    }

    @Test
    void anUncaughtExceptionsTracebackNamesTheCompiledFrames() {
        Case c = programs().filter(p -> p.name().startsWith("exceptions")).findFirst().orElseThrow();
        AdaptiveVms.Run r = AdaptiveVms.run(c.program(), AdaptivePolicy.EAGER, new NoCall());
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        int module = r.err().indexOf("line 49, in <module>"), outer = r.err().indexOf("line 18, in outer"),
                inner = r.err().indexOf("line 21, in inner");
        assertTrue(module > 0 && outer > module && inner > outer, r.err());
        assertTrue(r.err().endsWith("KeyError: 'c'\n"), r.err());
    }

    @Test
    void codeTooLargeIsLeftToTheInterpreter() {
        StringBuilder src = new StringBuilder("def big(x):\n");
        for (int i = 0; i < TierCompiler.MAX_INSTRUCTIONS / 4 + 10; i++) src.append("    x = x + ").append(i).append('\n');
        src.append("    return x\nt = 0\nfor i in range(20):\n    t += big(i)\nprint(t)\n");
        AdaptiveVms.Run r = AdaptiveVms.run(src.toString(), AdaptivePolicy.DEFAULT.withCompileAfter(2), new NoCall());
        AdaptiveStats.TierSnapshot t = r.stats().tier();
        assertEquals(0, t.compilations());
        assertTrue(t.declined() > 0);
        AdaptiveVms.Run ref = AdaptiveVms.run(src.toString(), AdaptivePolicy.DEFAULT.withCompileAfter(0), new NoCall());
        assertEquals(ref.out(), r.out());
    }
}
