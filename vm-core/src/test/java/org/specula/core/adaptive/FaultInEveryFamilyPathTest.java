package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specula.api.spi.Family;
import org.specula.core.adaptive.testspecs.Misbehaving;
import org.specula.testplugin.ExampleSpecializer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault path of every family's specialized form: handlers that throw, return null or throw
 * an Error are contained wherever the loop calls them; the program runs as on the generic VM.
 */
class FaultInEveryFamilyPathTest {
    static java.util.stream.Stream<FamilyIntegrationTest.Case> cases() {
        return FamilyIntegrationTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFamilysFaultsAreContained(FamilyIntegrationTest.Case c) {
        AdaptiveVms.Run generic = AdaptiveVms.run(c.program(), AdaptivePolicy.DEFAULT);
        for (Misbehaving.Mode mode : Misbehaving.Mode.values()) {
            for (AdaptivePolicy p : List.of(AdaptivePolicy.DEFAULT, AdaptivePolicy.EAGER)) {
                String what = c + " " + mode + " " + (p == AdaptivePolicy.EAGER ? "eager" : "default");
                AdaptiveVms.Run r = AdaptiveVms.run(c.program(), p, new Misbehaving(mode));
                assertEquals(generic.out(), r.out(), what);
                assertEquals(generic.status(), r.status(), what);
                List<String> warnings = r.err().lines().filter(l -> l.startsWith("specula: warning: specializer 'misbehaving'")).toList();
                assertEquals(1, warnings.size(), what + ": " + r.err());
                // the rest of stderr is the program's own
                assertEquals(generic.err(), r.err().replace(warnings.get(0) + "\n", ""), what);
                AdaptiveStats.FamilySnapshot f = r.stats().family(c.family());
                assertTrue(f.faults() > 0, what + ": no fault in " + c.family());
                for (AdaptiveStats.FamilySnapshot any : r.stats().families()) {
                    // a handler installed on a site's last execution never runs, so never faults
                    assertTrue(any.faults() <= any.successes(), what + ": " + any.family());
                    assertEquals(0, any.hits(), what + ": " + any.family());
                    // (misses happen only where the handler is never called: a CALL with keywords)
                }
            }
        }
    }

    @Test
    void bindsOwnerThrowingIsContained() {
        String src = """
                class A:
                    def __init__(self, k):
                        self.k = k
                    def m(self, x):
                        return self.k + x
                def call(a, x):
                    return a.m(x)
                print(sum([call(A(i), 1) for i in range(30)]))
                """;
        AdaptiveVms.Run generic = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT);
        AdaptiveVms.Run r = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT, new Misbehaving.BindsOwnerThrows(),
                new ExampleSpecializer());
        assertEquals("465\n", generic.out());
        assertEquals(generic.out(), r.out());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("specula: warning: specializer 'binds' ("), r.err());
        assertTrue(lines.get(0).contains("UnsupportedOperationException: bindsOwner not written yet"), r.err());
        AdaptiveStats.FamilySnapshot f = r.stats().family(Family.LOAD_METHOD);
        assertEquals(1, f.faults());
        // the example plugin, next in line, takes the site over
        assertTrue(r.stats().kind("LOAD_METHOD_WITH_VALUES").hits() > 0, StatsReport.table(r.stats()));
    }
}
