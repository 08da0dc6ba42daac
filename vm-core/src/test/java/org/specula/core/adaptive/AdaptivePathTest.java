package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.Specialization;
import org.specula.core.adaptive.testspecs.Direct;
import org.specula.core.adaptive.testspecs.Handlers;
import org.specula.core.adaptive.testspecs.Scripted;
import org.specula.core.code.AdaptiveSite;
import org.specula.testplugin.ExampleSpecializer;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adaptive machinery's paths, one at a time, with exact counts: warm-up, failure and
 * back-off, miss and deoptimization, respecialization.
 */
class AdaptivePathTest {
    /** One BINARY_OP site (in add), run n times with ints; nothing else in the program is a BINARY_OP. */
    static String addLoop(int n) {
        return "def add(a, b):\n    return a + b\nfor i in range(" + n + "):\n    add(i, 1)\nprint(add(2, 3))\n";
    }

    static Scripted acceptingInts() {
        return new Scripted("ints", 0, s -> s.operand(0) instanceof Long && s.operand(1) instanceof Long
                ? Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")) : Specialization.fail("not ints"),
                Family.BINARY_OP);
    }

    // ------------------------------------------------------------------ 1. warm-up

    @Test
    void attemptsExactlyOnTheWarmupthExecution() {
        for (int warmup : new int[] {1, 3, 8}) {
            AdaptivePolicy p = AdaptivePolicy.DEFAULT.withWarmup(warmup);
            // the program runs add n times in the loop plus once in the print
            for (int n = Math.max(0, warmup - 2); n <= warmup + 1; n++) {
                Scripted spec = acceptingInts();
                Direct d = Direct.run(addLoop(n), p, spec);
                assertEquals("5\n", d.out());
                int executions = n + 1;
                AdaptiveStats.FamilySnapshot f = d.stats().family(Family.BINARY_OP);
                long expect = executions >= warmup ? 1 : 0;
                String what = "warmup " + warmup + ", " + executions + " executions";
                assertEquals(expect, f.attempts(), what);
                assertEquals(expect, f.successes(), what);
                assertEquals(0, f.failures(), what);
                assertEquals(expect, spec.asks().size(), what);
                // the attempting execution itself runs the generic operation
                assertEquals(Math.max(0, executions - warmup), f.hits(), what);
                AdaptiveSite s = d.site("add", Family.BINARY_OP);
                assertEquals(expect == 1, d.isSpecialized("add", s), what);
                assertEquals(expect == 1 ? "TEST_ADD_LONG" : null, Direct.kindAt(s), what);
            }
        }
    }

    @Test
    void defaultWarmupThroughTheVm() {
        // CPython's feet_to_meters demo: 7 calls leave BINARY_OP adaptive, the 8th specializes
        String src = "def f(x):\n    return x * 0.3048\nfor i in range(%d):\n    f(float(i))\n";
        AdaptiveVms.Run seven = AdaptiveVms.run(String.format(src, 7), AdaptivePolicy.DEFAULT, new ExampleSpecializer());
        AdaptiveVms.Run eight = AdaptiveVms.run(String.format(src, 8), AdaptivePolicy.DEFAULT, new ExampleSpecializer());
        assertEquals(0, seven.stats().family(Family.BINARY_OP).attempts());
        AdaptiveStats.FamilySnapshot f = eight.stats().family(Family.BINARY_OP);
        assertEquals(1, f.attempts());
        assertEquals(1, f.successes());
        assertEquals(1, eight.stats().kind("BINARY_OP_MULTIPLY_FLOAT").specializations());
        assertEquals(0, eight.stats().kind("BINARY_OP_MULTIPLY_FLOAT").hits());
    }

    // ------------------------------------------------------------------ 2. failure and back-off

    /** The attempts a never-accepted site makes in n executions: at warm-up, then after each back-off. */
    static long expectedAttempts(long n, int warmup, int start, int cap) {
        long attempts = 0, at = warmup;
        while (at <= n) {
            attempts++;
            at += Math.min((long) start << Math.min(attempts - 1, 40), cap);
        }
        return attempts;
    }

    @Test
    void expectedScheduleIsTheDocumentedOne() {
        // attempts at executions 8, 24, 56, 120, 248, ..., 4088, then every 4096
        assertEquals(0, expectedAttempts(7, 8, 16, 4096));
        assertEquals(1, expectedAttempts(23, 8, 16, 4096));
        assertEquals(2, expectedAttempts(24, 8, 16, 4096));
        assertEquals(3, expectedAttempts(56, 8, 16, 4096));
        assertEquals(9, expectedAttempts(4088, 8, 16, 4096));
        assertEquals(9, expectedAttempts(8183, 8, 16, 4096));
        assertEquals(10, expectedAttempts(8184, 8, 16, 4096));
    }

    @Test
    void failedAttemptsBackOffExponentiallyUpToTheCap() {
        Scripted never = Scripted.declining("never", "nope", Family.BINARY_OP);
        int[] ns = {7, 8, 23, 24, 55, 56, 119, 120, 4087, 4088, 8183, 8184, 20000};
        for (int n : ns) {
            Direct d = Direct.run(addLoop(n - 1), AdaptivePolicy.DEFAULT, never);
            long expect = expectedAttempts(n, 8, 16, 4096);
            AdaptiveStats.FamilySnapshot f = d.stats().family(Family.BINARY_OP);
            assertEquals(expect, f.attempts(), n + " executions");
            assertEquals(0, f.successes());
            assertEquals(expect, f.failures(), n + " executions");
            assertEquals(expect == 0 ? Map.of() : Map.of("never: nope", expect), f.failureReasons());
            AdaptiveSite s = d.site("add", Family.BINARY_OP);
            assertEquals(expect, s.failures, "consecutive failures on the site");
            if (expect > 0) {
                assertEquals(Math.min(16L << (expect - 1), 4096), s.threshold, "wait after failure " + expect);
            }
            assertFalse(d.isSpecialized("add", s));
        }
        long total = 0;
        for (int n : ns) total += expectedAttempts(n, 8, 16, 4096);
        assertEquals(total, never.asks().size(), "the specializer was asked once per attempt");
    }

    @Test
    void customBackoffAndWarmup() {
        AdaptivePolicy p = new AdaptivePolicy(3, 53, 2, 10);
        Scripted never = Scripted.declining("never", "nope", Family.BINARY_OP);
        // attempts at 3, 5, 9, 17, 27, 37, ...
        for (int n : new int[] {2, 3, 4, 5, 9, 16, 17, 26, 27, 100}) {
            Direct d = Direct.run(addLoop(n - 1), p, never);
            assertEquals(expectedAttempts(n, 3, 2, 10), d.stats().family(Family.BINARY_OP).attempts(), n + " executions");
        }
        assertEquals(4, expectedAttempts(17, 3, 2, 10));
        assertEquals(12, expectedAttempts(100, 3, 2, 10));
    }

    @Test
    void failureReasonsOfTheExamplePluginAreCounted() {
        // list + list: the example plugin declines with "operand types"; 24 executions = 2 attempts
        String src = "def f(a, b):\n    return a + b\nfor i in range(24):\n    f([i], [1])\n";
        AdaptiveVms.Run r = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT, new ExampleSpecializer());
        AdaptiveStats.FamilySnapshot f = r.stats().family(Family.BINARY_OP);
        assertEquals(Map.of("example: operand types", 2L), f.failureReasons());
        assertEquals(2, f.attempts());
        assertEquals(2, f.failures());
    }

    @Test
    void aSuccessAfterFailuresResetsTheBackoff() {
        // declines twice (executions 8 and 24), accepts at 56; after a deopt the wait starts at 16 again
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Scripted third = new Scripted("third", 0, s -> asked.incrementAndGet() < 3 ? Specialization.fail("not yet")
                : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP);
        Direct d = Direct.run(addLoop(59), AdaptivePolicy.DEFAULT, third);
        AdaptiveSite s = d.site("add", Family.BINARY_OP);
        assertEquals(3, asked.get());
        assertEquals(0, s.failures);
        assertTrue(d.isSpecialized("add", s));
        assertEquals(60 - 56, d.stats().family(Family.BINARY_OP).hits());
    }

    // ------------------------------------------------------------------ 3. miss, deopt, respecialization

    static String intsThenFloats(int ints, int floats) {
        return "def add(a, b):\n    return a + b\nr = []\nfor i in range(" + ints + "):\n    r.append(add(i, 1))\n"
                + "for i in range(" + floats + "):\n    r.append(add(float(i), 0.5))\nprint(sum(r), len(r))\n";
    }

    @Test
    void deoptAfter53MissesInARowThenRespecializeToTheOtherKind() {
        // ints: the 8th execution specializes to ADD_INT, 12 hits; floats: 53 misses deoptimize; the
        // execution that deoptimizes counts as the first of the back-off (as CPython's re-dispatch
        // of the adaptive instruction does), so the 15th float after it re-specializes to ADD_FLOAT
        for (int floats : new int[] {52, 53, 67, 68, 100}) {
            String src = intsThenFloats(20, floats);
            Direct d = Direct.run(src, AdaptivePolicy.DEFAULT, new ExampleSpecializer());
            assertEquals(AdaptiveVms.run(src, AdaptivePolicy.DEFAULT).out(), d.out());
            AdaptiveStats.Snapshot st = d.stats();
            AdaptiveStats.KindSnapshot i = st.kind("BINARY_OP_ADD_INT"), fl = st.kind("BINARY_OP_ADD_FLOAT");
            AdaptiveStats.FamilySnapshot f = st.family(Family.BINARY_OP);
            AdaptiveSite s = d.site("add", Family.BINARY_OP);
            String what = floats + " floats";
            assertEquals(1, i.specializations(), what);
            assertEquals(12, i.hits(), what);
            assertEquals(Math.min(floats, 53), i.misses(), what);
            long deopts = floats >= 53 ? 1 : 0;
            assertEquals(deopts, i.deopts(), what);
            assertEquals(deopts, f.deopts(), what);
            boolean again = floats >= 53 + 15;
            assertEquals(again ? 2 : 1, f.attempts(), what);
            assertEquals(again ? 2 : 1, f.successes(), what);
            if (again) {
                assertEquals(1, fl.specializations(), what);
                assertEquals(floats - 68, fl.hits(), what);
                assertEquals(0, fl.misses(), what);
                assertEquals("BINARY_OP_ADD_FLOAT", Direct.kindAt(s));
            } else {
                assertNull(fl, what);
                assertEquals(deopts == 1 ? null : "BINARY_OP_ADD_INT", Direct.kindAt(s), what);
            }
            assertEquals(deopts == 0 || again, d.isSpecialized("add", s), what);
        }
    }

    @Test
    void eagerPolicyDeoptsOnTheFirstMissAndRespecializesAtOnce() {
        // warm-up 1: the first int specializes; the first float misses, deoptimizes and (back-off 1,
        // the deoptimizing execution counting) re-specializes on that same execution
        Direct d = Direct.run(intsThenFloats(3, 3), AdaptivePolicy.EAGER, new ExampleSpecializer());
        AdaptiveStats.Snapshot st = d.stats();
        AdaptiveStats.KindSnapshot i = st.kind("BINARY_OP_ADD_INT"), fl = st.kind("BINARY_OP_ADD_FLOAT");
        assertEquals(1, i.specializations());
        assertEquals(2, i.hits());
        assertEquals(1, i.misses());
        assertEquals(1, i.deopts());
        assertEquals(1, fl.specializations());
        assertEquals(2, fl.hits());
        assertEquals(0, fl.misses());
        assertEquals("BINARY_OP_ADD_FLOAT", Direct.kindAt(d.site("add", Family.BINARY_OP)));
    }

    @Test
    void customDeoptAfterAndNonConsecutiveMissesDoNotDeopt() {
        AdaptivePolicy p = AdaptivePolicy.DEFAULT.withDeoptAfter(5);
        // after specializing on ints: 4 floats then 1 int, 50 times: 200 misses, never 5 in a row
        String src = "def add(a, b):\n    return a + b\nt = 0\nfor i in range(8):\n    t = add(t, i)\n"
                + "for j in range(50):\n    for k in range(4):\n        add(0.5, 1.5)\n    t = add(t, j)\n"
                + "print(t)\n";
        Direct d = Direct.run(src, p, new ExampleSpecializer());
        AdaptiveStats.KindSnapshot i = d.stats().kind("BINARY_OP_ADD_INT");
        assertEquals(1, i.specializations());
        assertEquals(0, i.deopts());
        assertEquals(200, i.misses());
        assertEquals(50, i.hits());
        // (0+..+7) + (0+..+49)
        assertEquals("1253\n", d.out());
        assertEquals("BINARY_OP_ADD_INT", Direct.kindAt(d.site("add", Family.BINARY_OP)));

        // and 5 in a row do
        Direct d5 = Direct.run(src + "for k in range(5):\n    add(0.5, 1.5)\n", p, new ExampleSpecializer());
        AdaptiveStats.KindSnapshot i5 = d5.stats().kind("BINARY_OP_ADD_INT");
        assertEquals(1, i5.deopts());
        assertEquals(205, i5.misses());
        assertEquals(1, d5.stats().family(Family.BINARY_OP).deopts());
        assertNull(Direct.kindAt(d5.site("add", Family.BINARY_OP)));
    }

    @Test
    void aDeoptedSiteThatKeepsFailingBacksOffFurther() {
        // only ints are accepted: after the deopt, every attempt on floats fails and waits longer
        Scripted ints = acceptingInts();
        int floats = 53 + 15 + 32 + 64; // deopt; attempts at float 68 (fail), 100 (fail), 164 (fail)
        Direct d = Direct.run(intsThenFloats(8, floats), AdaptivePolicy.DEFAULT, ints);
        AdaptiveStats.FamilySnapshot f = d.stats().family(Family.BINARY_OP);
        assertEquals(1, f.deopts());
        assertEquals(4, f.attempts());
        assertEquals(1, f.successes());
        assertEquals(3, f.failures());
        assertEquals(Map.of("ints: not ints", 3L), f.failureReasons());
        AdaptiveSite s = d.site("add", Family.BINARY_OP);
        assertEquals(4, s.failures, "the deopt and three failures in a row");
        assertEquals(128, s.threshold);
    }

    @Test
    void aSiteNobodyCanSpecializeNeverCountsAttempts() {
        // only LOAD_ATTR is served: the loop does not even count the BINARY_OP site's executions,
        // and an attempt forced on it counts no attempt and parks the site
        Scripted attrs = Scripted.declining("attrs", "no", Family.LOAD_ATTR);
        Direct d = Direct.run(addLoop(20), AdaptivePolicy.EAGER, attrs);
        assertEquals(1 << Family.LOAD_ATTR.ordinal(), d.adaptive.countedFamilies());
        AdaptiveSite s = d.site("add", Family.BINARY_OP);
        assertEquals(0, s.count, "executions of an unserved family are not counted");
        s.count = Integer.MAX_VALUE;
        d.adaptive.attempt(d.code("add"), s, 0, null, 1L, 2L);
        assertEquals(0, d.stats().family(Family.BINARY_OP).attempts());
        assertEquals(0, d.stats().family(Family.BINARY_OP).failures());
        assertEquals(0, s.count);
        assertEquals(Integer.MAX_VALUE, s.threshold);
    }

    @Test
    void theGenericVmCountsNothing() {
        AdaptiveVms.Run r = AdaptiveVms.run(ExampleSpecializerSmokeTest.PROGRAM, AdaptivePolicy.EAGER);
        assertEquals("", r.err());
        for (AdaptiveStats.FamilySnapshot f : r.stats().families()) assertTrue(f.isEmpty(), f.toString());
        assertTrue(r.vm().specializers().isEmpty());
    }
}
