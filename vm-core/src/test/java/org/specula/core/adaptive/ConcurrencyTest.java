package org.specula.core.adaptive;

import com.google.inject.Guice;
import org.junit.jupiter.api.Test;
import org.specula.api.object.InstanceObject;
import org.specula.api.object.Shape;
import org.specula.api.spi.Family;
import org.specula.api.spi.LoadAttrHandler;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.assembly.SpecializerSet;
import org.specula.core.code.CodeObject;
import org.specula.core.interp.Interpreter;
import org.specula.core.interp.Pipeline;
import org.specula.core.interp.Runtimes;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyTuple;
import org.specula.testplugin.ExampleSpecializer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Python function called from 8 Java threads at once while its sites specialize, miss,
 * deoptimize and re-specialize all the time (eager policy; the operand types flip on every
 * call): every result is checked against the value computed in Java, no handler may fault and
 * nothing may be printed. A second test shows the check catches a handler that skips its guard.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int CALLS = 6_000;

    /**
     * g(i) builds its operands from the parity of i (thread-local objects only: nothing shared is
     * mutated) and calls f, whose every specializable site sees ints, A instances, lists and dicts
     * on even calls and floats, B instances (another shape: v in slot 1), tuples and lists on odd
     * ones.
     */
    static final String SOURCE = """
            K = 10

            class A:
                def __init__(self, v):
                    self.v = v
                def get(self):
                    return self.v

            class B:
                def __init__(self, v):
                    self.pad = -1000
                    self.v = v
                def get(self):
                    return self.v * 2

            def f(x, y, o, seq, pair, cont, box):
                s = x * y + x - y
                t = o.v
                o.v = t + 1
                u = o.get()
                n = len(seq) + K
                k = 0
                for e in seq:
                    k = k + e
                p = seq[0]
                a, b = pair
                c = 1 if x < y else 2
                d = x in cont
                box[0] = x
                return (s, t, u, n, k, p, a, b, c, d, box[0])

            def g(i):
                if i % 2 == 0:
                    return f(i, 3, A(i), [i, 1, 2], (i, 2), {i: 1}, [0])
                return f(i + 0.5, 0.5, B(i), (i, 1, 2), [i, 2], [i], {})
            """;

    /** What g(i) returns, computed in Java. */
    static Object[] expected(long i) {
        if (i % 2 == 0) {
            return new Object[] {4 * i - 3, i, i + 1, 13L, i + 3, i, i, 2L, i < 3 ? 1L : 2L, true, i};
        }
        double x = i + 0.5, y = 0.5;
        return new Object[] {x * y + x - y, i, (i + 1) * 2, 13L, i + 3, i, i, 2L, x < y ? 1L : 2L, false, x};
    }

    /** A runtime of a VM with the given specializers (eager policy), with g defined in it. */
    record Loaded(PyRuntime rt, PyFunction g, Adaptive adaptive, ByteArrayOutputStream warnings) {}

    static Loaded load(Specializer... specializers) {
        SpecializerSet set = Guice.createInjector(AdaptiveVms.assembly(AdaptivePolicy.EAGER, List.of(specializers)))
                .getInstance(SpecializerSet.class);
        assertEquals(List.of(), set.problems());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        PyRuntime rt = new PyRuntime(ps, ps, List.of(""));
        Adaptive adaptive = new Adaptive(set.policy(), set.specializers(), ps);
        rt.adaptive = adaptive;
        PyRuntime prev = PyRuntime.enter(rt);
        try {
            Runtimes.initialize(rt, "");
            CodeObject code = Pipeline.compile(SOURCE, "<concurrency>");
            PyDict globals = new PyDict();
            globals.put("__name__", "__main__");
            globals.put("__builtins__", rt.builtins);
            Interpreter.runModule(code, globals);
            return new Loaded(rt, (PyFunction) globals.get("g"), adaptive, err);
        } finally {
            PyRuntime.exit(prev);
        }
    }

    /** What the threads saw: the first mismatches (at most 20) and how many results were checked. */
    record Outcome(List<String> mismatches, long mismatchCount, long checked, List<Throwable> failures) {}

    static Outcome hammer(Loaded l, int threads, int calls) throws Exception {
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong bad = new AtomicLong(), checked = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long base = t * 1_000_000L;
            Thread th = new Thread(() -> {
                PyRuntime prev = PyRuntime.enter(l.rt);
                try {
                    start.await(30, TimeUnit.SECONDS);
                    for (long j = 0; j < calls; j++) {
                        long i = base + j;
                        Object r = Interpreter.call(l.g, new Object[] {i}, null);
                        Object[] want = expected(i);
                        Object[] got = r instanceof PyTuple tu ? tu.items : new Object[] {r};
                        checked.incrementAndGet();
                        if (!Arrays.equals(want, got)) {
                            if (bad.incrementAndGet() <= 20) {
                                mismatches.add("g(" + i + ") = " + Arrays.toString(got) + ", expected " + Arrays.toString(want));
                            }
                        }
                    }
                } catch (PyException e) {
                    failures.add(new AssertionError("Python exception: " + e.value, e));
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    PyRuntime.exit(prev);
                }
            }, "concurrency-" + t);
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join(TimeUnit.SECONDS.toMillis(120));
            if (th.isAlive()) failures.add(new AssertionError(th.getName() + " did not finish (deadlock?)"));
        }
        return new Outcome(List.copyOf(mismatches), bad.get(), checked.get(), List.copyOf(failures));
    }

    @Test
    void oneFunctionFromEightThreadsWhileItsSitesFlip() throws Exception {
        Loaded l = load(new ExampleSpecializer());
        // warm up on this thread: the sequential run must be right too
        PyRuntime prev = PyRuntime.enter(l.rt);
        try {
            for (long i = 0; i < 20; i++) {
                assertEquals(Arrays.asList(expected(i)), Arrays.asList(((PyTuple) Interpreter.call(l.g, new Object[] {i}, null)).items));
            }
        } finally {
            PyRuntime.exit(prev);
        }
        Outcome o = hammer(l, THREADS, CALLS);
        for (Throwable t : o.failures()) t.printStackTrace();
        assertEquals(List.of(), o.failures().stream().map(String::valueOf).toList());
        assertEquals(List.of(), o.mismatches());
        assertEquals((long) THREADS * CALLS, o.checked());
        assertEquals("", l.warnings().toString(StandardCharsets.UTF_8), "no plugin fault may be reported");

        AdaptiveStats.Snapshot snap = l.adaptive().snapshot();
        System.out.println(StatsReport.table(snap));
        long deopts = 0, hits = 0, specializations = 0;
        for (AdaptiveStats.FamilySnapshot fs : snap.families()) {
            assertEquals(0, fs.faults(), fs.family() + " faulted: " + fs);
            deopts += fs.deopts();
            hits += fs.hits();
            for (AdaptiveStats.KindSnapshot k : fs.kinds()) specializations += k.specializations();
        }
        // the run really flipped the sites: many installs, hits and deopts in the families it touches
        assertTrue(hits > THREADS * CALLS, "hits " + hits);
        assertTrue(deopts > THREADS * CALLS / 2, "deopts " + deopts);
        assertTrue(specializations > THREADS * CALLS / 2, "specializations " + specializations);
        for (Family f : Set.of(Family.BINARY_OP, Family.LOAD_ATTR, Family.STORE_ATTR, Family.CALL, Family.BINARY_SUBSCR,
                Family.STORE_SUBSCR, Family.UNPACK_SEQUENCE, Family.COMPARE_OP, Family.LOAD_METHOD, Family.LOAD_GLOBAL)) {
            assertTrue(snap.family(f).successes() > 0 && snap.family(f).hits() > 0, f + ": " + snap.family(f));
        }
        assertTrue(snap.family(Family.LOAD_ATTR).deopts() > 0, "LOAD_ATTR never deoptimized");
    }

    @Test
    void theCheckCatchesAHandlerWithoutItsGuard() throws Exception {
        Loaded l = load(new Unguarded());
        Outcome o = hammer(l, 4, 500);
        // A's layout applied to a B reads B's pad (-1000) instead of v
        assertEquals(List.of(), o.failures().stream().map(String::valueOf).toList());
        assertTrue(o.mismatchCount() > 0, "an unguarded LOAD_ATTR handler went unnoticed");
        assertTrue(o.mismatches().get(0).contains("-1000"), o.mismatches().get(0));
    }

    @Test
    void pluginFaultsFromManyThreadsAreContainedAndWarnedOnce() throws Exception {
        Loaded l = load(new Faulty(), new ExampleSpecializer());
        Outcome o = hammer(l, THREADS, 1_000);
        assertEquals(List.of(), o.failures().stream().map(String::valueOf).toList());
        assertEquals(List.of(), o.mismatches());
        AdaptiveStats.FamilySnapshot bin = l.adaptive().snapshot().family(Family.BINARY_OP);
        assertTrue(bin.faults() > 0, bin.toString());
        String warnings = l.warnings().toString(StandardCharsets.UTF_8);
        assertEquals(1, warnings.lines().count(), warnings);
        assertTrue(warnings.startsWith("specula: warning: specializer 'faulty'") && warnings.contains("IllegalStateException: bug"),
                warnings);
    }

    /**
     * Sites publish handlers without locks or volatiles: that is safe only because a handler's
     * fields are final (the SPI contract). Holds the example plugin's handlers to it.
     */
    @Test
    void exampleHandlersHaveOnlyFinalFields() throws Exception {
        int handlers = 0;
        for (String holder : List.of("NumberHandlers", "ContainerHandlers", "AttributeHandlers", "CallHandlers")) {
            for (Class<?> c : Class.forName("org.specula.testplugin." + holder).getDeclaredClasses()) {
                if (!org.specula.api.spi.SpecializedOp.class.isAssignableFrom(c)) continue;
                handlers++;
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                        int m = f.getModifiers();
                        if (!java.lang.reflect.Modifier.isStatic(m)) {
                            assertTrue(java.lang.reflect.Modifier.isFinal(m), c.getName() + "." + f.getName() + " is not final");
                        }
                    }
                }
            }
        }
        assertTrue(handlers >= 20, "found only " + handlers + " handler classes");
    }

    /** A buggy plugin: its BINARY_OP handlers throw for left operands divisible by 97 (asked before the example plugin). */
    static final class Faulty implements Specializer {
        private final ExampleSpecializer inner = new ExampleSpecializer();

        @Override public String id() { return "faulty"; }

        @Override public Set<Family> families() { return Set.of(Family.BINARY_OP); }

        @Override public int priority() { return 10; }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override
        public Specialization specialize(SiteContext site) {
            Specialization r = inner.specialize(site);
            if (!r.succeeded()) return r;
            org.specula.api.spi.BinaryOpHandler h = (org.specula.api.spi.BinaryOpHandler) r.handler();
            return Specialization.of(new org.specula.api.spi.BinaryOpHandler() {
                @Override public String name() { return h.name() + "_FAULTY"; }

                @Override public Object apply(Object left, Object right) {
                    if (left instanceof Long a && a % 97 == 0) throw new IllegalStateException("bug\nsecond line");
                    return h.apply(left, right);
                }
            });
        }
    }

    /** A broken plugin: LOAD_ATTR of an instance attribute reads the cached slot without checking the shape. */
    static final class Unguarded implements Specializer {
        @Override public String id() { return "unguarded"; }

        @Override public Set<Family> families() { return Set.of(Family.LOAD_ATTR); }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override
        public Specialization specialize(SiteContext site) {
            if (!(site.operand(0) instanceof InstanceObject i) || i.shape() == null) return Specialization.fail("not an instance");
            Shape shape = i.shape();
            int ix = shape.indexOf(site.name());
            if (ix < 0) return Specialization.fail("not an instance attribute");
            return Specialization.of(new LoadAttrHandler() {
                @Override public String name() { return "LOAD_ATTR_UNGUARDED"; }

                @Override public Object load(Object owner) {
                    // no shape check: only an empty slot (B's index on an A) misses
                    Object v = owner instanceof InstanceObject o ? o.slot(ix) : null;
                    return v == null ? MISS : v;
                }
            });
        }
    }
}
