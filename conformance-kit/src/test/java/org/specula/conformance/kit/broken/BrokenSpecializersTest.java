package org.specula.conformance.kit.broken;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveVms;
import org.specula.testplugin.ExampleSpecializer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each broken specializer really is broken (its exposing program's outcome differs from the
 * generic VM's when it runs alone under the eager policy), and the programs themselves are fair
 * (the correct example plugin agrees with the generic VM on them, eagerly and by default).
 */
class BrokenSpecializersTest {
    static List<BrokenSpecializers.Broken> broken() {
        return BrokenSpecializers.all();
    }

    private static String outcome(AdaptiveVms.Run run) {
        return "status " + run.status() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err();
    }

    private static String generic(String source) {
        return outcome(AdaptiveVms.run(source, AdaptivePolicy.DEFAULT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void exposingProgramCatchesIt(BrokenSpecializers.Broken b) {
        String expected = generic(b.exposer());
        assertTrue(expected.startsWith("status 0\n"), expected);
        String actual = outcome(AdaptiveVms.run(b.exposer(), AdaptivePolicy.EAGER, b.create()));
        if (Boolean.getBoolean("broken.show")) System.out.println(b.name() + "\n" + expected + "=== broken:\n" + actual);
        assertNotEquals(expected, actual, b.name() + " should change the outcome of its program");
        assertTrue(!actual.contains("specula: warning"), actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void exampleSpecializerAgreesOnTheProgram(BrokenSpecializers.Broken b) {
        String expected = generic(b.exposer());
        for (AdaptivePolicy policy : List.of(AdaptivePolicy.EAGER, AdaptivePolicy.DEFAULT)) {
            AdaptiveVms.Run run = AdaptiveVms.run(b.exposer(), policy, new ExampleSpecializer());
            assertEquals(expected, outcome(run), b.name() + "'s program under the example plugin, " + policy);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachIsAWellFormedPlugin(BrokenSpecializers.Broken b) {
        AdaptiveVms.Run run = AdaptiveVms.run("print(1)", AdaptivePolicy.EAGER, b.create());
        assertEquals(b.name(), b.create().id());
        assertEquals(List.of(b.name()), run.vm().specializers().stream().map(s -> s.id()).toList(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void atLeastThreeDistinctOnes() {
        Set<String> names = new HashSet<>();
        for (BrokenSpecializers.Broken b : BrokenSpecializers.all()) assertTrue(names.add(b.name()), b.name());
        assertTrue(names.size() >= 3);
    }
}
