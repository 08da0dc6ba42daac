package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.testplugin.ExampleSpecializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleSpecializerSmokeTest {
    static final String PROGRAM = """
            import math
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def norm(self):
                    return math.sqrt(self.x * self.x + self.y * self.y)
            def f(n):
                total = 0
                d = {"k": 0}
                for i in range(n):
                    total = total + i
                    d["k"] = i
                    if "k" in d and i < 5:
                        total = total - 1
                xs = [1, 2, 3]
                for x in xs:
                    a, b = (x, x)
                    total = total + a + b + xs[0] + len(xs) + d["k"]
                return total
            for j in range(20):
                r = f(j)
                p = P(1.5, 2.0)
                p.x = p.x * 2.0
                print(r, p.norm(), "a" + str(j))
            print(f(100) + 2**62 + 2**62)
            """;

    @Test
    void examplePluginAgreesWithGeneric() {
        AdaptiveVms.Run generic = AdaptiveVms.run(PROGRAM, AdaptivePolicy.DEFAULT);
        AdaptiveVms.Run dflt = AdaptiveVms.run(PROGRAM, AdaptivePolicy.DEFAULT, new ExampleSpecializer());
        AdaptiveVms.Run eager = AdaptiveVms.run(PROGRAM, AdaptivePolicy.EAGER, new ExampleSpecializer());
        assertEquals("", generic.err());
        assertEquals(generic.out(), dflt.out());
        assertEquals(generic.err(), dflt.err());
        assertEquals(generic.out(), eager.out());
        assertEquals(generic.err(), eager.err());
        System.out.println(StatsReport.table(dflt.stats()));
        assertTrue(dflt.stats().family(org.specula.api.spi.Family.BINARY_OP).hits() > 100);
    }
}
