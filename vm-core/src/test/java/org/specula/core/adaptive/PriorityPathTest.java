package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.Specialization;
import org.specula.core.adaptive.testspecs.Direct;
import org.specula.core.adaptive.testspecs.Handlers;
import org.specula.core.adaptive.testspecs.Scripted;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several specializers for one family: asked by priority (highest first), ties by id. */
class PriorityPathTest {
    static final String SRC = "def add(a, b):\n    return a + b\nfor i in range(10):\n    add(i, 1)\n";

    static Scripted accepting(String id, int priority) {
        return new Scripted(id, priority, c -> Specialization.of(new Handlers.AddLong("ADD_BY_" + id)), Family.BINARY_OP);
    }

    @Test
    void theHigherPriorityWins() {
        Scripted low = accepting("low", 0), high = accepting("high", 10);
        Direct d = Direct.run(SRC, AdaptivePolicy.DEFAULT, low, high);
        assertEquals("ADD_BY_high", Direct.kindAt(d.site("add", Family.BINARY_OP)));
        assertEquals(1, high.asks().size());
        assertEquals(0, low.asks().size());
        assertEquals("high", d.stats().kind("ADD_BY_high").specializer());
    }

    @Test
    void whenTheHigherDeclinesTheLowerIsAsked() {
        Scripted low = accepting("low", -5);
        Scripted high = new Scripted("high", 10, c -> Specialization.fail("not mine"), Family.BINARY_OP);
        Direct d = Direct.run(SRC, AdaptivePolicy.DEFAULT, low, high);
        assertEquals("ADD_BY_low", Direct.kindAt(d.site("add", Family.BINARY_OP)));
        assertEquals(1, high.asks().size());
        assertEquals(1, low.asks().size());
        AdaptiveStats.FamilySnapshot f = d.stats().family(Family.BINARY_OP);
        assertEquals(1, f.attempts());
        assertEquals(1, f.successes());
        assertEquals(0, f.failures());
        assertEquals(Map.of("high: not mine", 1L), f.failureReasons(), "a decline is counted even when another accepts");
    }

    @Test
    void tiesAreBrokenById() {
        for (boolean reversed : new boolean[] {false, true}) {
            Scripted a = accepting("alpha", 3), b = accepting("beta", 3);
            Direct d = reversed ? Direct.run(SRC, AdaptivePolicy.DEFAULT, b, a) : Direct.run(SRC, AdaptivePolicy.DEFAULT, a, b);
            assertEquals("ADD_BY_alpha", Direct.kindAt(d.site("add", Family.BINARY_OP)));
            assertEquals(0, b.asks().size());
        }
    }

    @Test
    void everyoneDecliningIsOneFailedAttemptWithEveryReason() {
        Scripted a = Scripted.declining("a", "ra", Family.BINARY_OP), b = Scripted.declining("b", "rb", Family.BINARY_OP);
        Direct d = Direct.run(SRC, AdaptivePolicy.DEFAULT, a, b);
        AdaptiveStats.FamilySnapshot f = d.stats().family(Family.BINARY_OP);
        assertEquals(1, f.attempts());
        assertEquals(1, f.failures());
        assertEquals(Map.of("a: ra", 1L, "b: rb", 1L), f.failureReasons());
    }

    @Test
    void aSpecializerOfOtherFamiliesIsNeverAsked() {
        Scripted attrs = accepting("attrs", 100);
        Scripted onlyAttrs = new Scripted("onlyattrs", 100, c -> Specialization.fail("x"), Family.LOAD_ATTR);
        Direct d = Direct.run(SRC, AdaptivePolicy.DEFAULT, onlyAttrs, attrs);
        assertEquals(0, onlyAttrs.asks().size());
        assertEquals("ADD_BY_attrs", Direct.kindAt(d.site("add", Family.BINARY_OP)));
    }
}
