package org.specula.conformance.kit.gen;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.conformance.kit.Choices;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.adaptive.AdaptiveVms;
import org.specula.testplugin.ExampleSpecializer;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures generated programs: size, run time on the generic VM, and what the example plugin
 * does with them (specializations, deopts) under the default policy; asserts the budgets (quick
 * programs) and that specialization and deoptimization actually happen inside generated programs.
 */
class GeneratorMetricsTest {
    @Test
    void programsAreSmallQuickAndExerciseTheAdaptiveMachinery() {
        ProgramGenerator gen = new ProgramGenerator();
        int n = Integer.getInteger("gen.metrics.samples", 200);
        // warm the JIT a little so run times are representative
        for (long seed = 1000; seed < 1030; seed++) Runs.generic(gen.generate(Choices.random(seed)));
        long base = 0;
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            Runs.generic("pass");
            base += System.nanoTime() - t0;
        }
        base /= 50;
        long chars = 0, lines = 0, nanos = 0, maxNanos = 0, specializations = 0, deopts = 0, hits = 0, misses = 0;
        int withDeopt = 0, agree = 0;
        Map<Family, Long> perFamily = new EnumMap<>(Family.class);
        for (long seed = 0; seed < n; seed++) {
            String p = gen.generate(Choices.random(seed));
            chars += p.length();
            lines += p.lines().count();
            long t0 = System.nanoTime();
            Runs.Outcome generic = Runs.generic(p);
            long t = System.nanoTime() - t0;
            nanos += t;
            maxNanos = Math.max(maxNanos, t);
            AdaptiveVms.Run run = AdaptiveVms.run(p, AdaptivePolicy.DEFAULT, new ExampleSpecializer());
            if (new Runs.Outcome(run.out(), Runs.lastLine(run.err()), run.status()).equals(generic)) agree++;
            long programDeopts = 0;
            for (AdaptiveStats.FamilySnapshot f : run.stats().families()) {
                specializations += f.successes();
                programDeopts += f.deopts();
                hits += f.hits();
                misses += f.misses();
                perFamily.merge(f.family(), f.successes(), Long::sum);
            }
            deopts += programDeopts;
            if (programDeopts > 0) withDeopt++;
        }
        System.out.printf("generated programs (%d): mean %d chars, %d lines; generic VM mean %.2f ms, max %.1f ms "
                        + "(building a VM and running 'pass': %.2f ms)%n",
                n, chars / n, lines / n, nanos / 1e6 / n, maxNanos / 1e6, base / 1e6);
        System.out.printf("example plugin, default policy: mean %.1f specializations, %.2f deopts per program "
                        + "(%d of %d programs deopt), hits %d, misses %d; specializations per family %s; "
                        + "same outcome as generic: %d of %d%n",
                (double) specializations / n, (double) deopts / n, withDeopt, n, hits, misses, perFamily, agree, n);
        assertTrue(nanos / n < 50_000_000L, "mean run time too high: " + nanos / n / 1e6 + " ms");
        assertTrue(specializations > n, "too few specializations: " + specializations);
        assertTrue(deopts > 0, "no deopts at all");
        assertEquals(n, agree, "the example plugin changed some program's outcome (a conformance finding, see the runner)");
    }
}
