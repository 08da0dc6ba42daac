package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.core.adaptive.testspecs.Direct;
import org.specula.testplugin.ExampleSpecializer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight Java threads run the same functions while their sites specialize, miss, deoptimize and
 * re-specialize under them (operand types rotate per call); every result is checked.
 */
class ConcurrentPathTest {
    static final String SRC = """
            class P:
                def __init__(self, x):
                    self.x = x
            class Q:
                def __init__(self, x):
                    self.y = 0
                    self.x = x
            def add(a, b):
                return a + b
            def getx(o):
                return o.x
            def mk(i):
                return P(i) if i % 2 == 0 else Q(i)
            def total(seq):
                t = 0
                for v in seq:
                    t = t + v
                return t
            def rng(n):
                return range(n)
            def lst(n):
                return list(range(n))
            def pair(t):
                a, b = t
                return len(t) + a - b
            """;

    static final int THREADS = 8, CALLS = 1500;

    @Test
    void eightThreadsShareSitesThatKeepChanging() throws Exception {
        for (AdaptivePolicy p : List.of(AdaptivePolicy.EAGER, FamilyIntegrationTest.CHURN)) {
            Direct d = Direct.run(SRC, p, new ExampleSpecializer());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < CALLS; i++) {
                        long n = i * 7L + id;
                        switch ((int) ((i + id) % 3)) {
                            case 0 -> assertEquals(n + 1, d.call("add", n, 1L));
                            case 1 -> assertEquals(n + 0.5, d.call("add", (double) n, 0.5));
                            default -> assertEquals("t" + n, d.call("add", "t", Long.toString(n)));
                        }
                        assertEquals(n, d.call("getx", d.call("mk", n)));
                        long m = n % 100;
                        Object seq = d.call((i + id) % 2 == 0 ? "rng" : "lst", m);
                        assertEquals(m * (m - 1) / 2, d.call("total", seq));
                        assertEquals(2L + n - 1, d.call("pair", tuple(n, 1L)));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) assertEquals(CALLS, f.get());
            pool.shutdown();
            AdaptiveStats.Snapshot st = d.stats();
            assertEquals("", d.err());
            for (Family f : new Family[] {Family.BINARY_OP, Family.LOAD_ATTR, Family.FOR_ITER}) {
                assertTrue(st.family(f).hits() > 0, f + "\n" + StatsReport.table(st));
            }
            assertTrue(st.family(Family.BINARY_OP).deopts() > 0, StatsReport.table(st));
            assertTrue(st.family(Family.LOAD_ATTR).deopts() > 0, StatsReport.table(st));
            for (AdaptiveStats.FamilySnapshot f : st.families()) assertEquals(0, f.faults(), f.family().name());
        }
    }

    private static Object tuple(Object... items) {
        return new org.specula.core.runtime.PyTuple(items);
    }
}
