package org.specula.conformance.kit;

import org.junit.jupiter.api.Test;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.testplugin.ExampleSpecializer;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildsTest {
    private static List<String> names(List<Build> builds) {
        return builds.stream().map(Build::name).toList();
    }

    @Test
    void withOnePluginTheAloneBuildIsTheAllBuild() {
        List<Build> builds = Builds.standard(List.of(), List.of(new ExampleSpecializer()), new Random(1));
        assertEquals(List.of("generic", "all", "eager", "random"), names(builds));
        assertTrue(builds.get(1).description().contains("example"), builds.get(1).description());
        assertTrue(builds.get(2).description().contains("eager policy"), builds.get(2).description());
    }

    @Test
    void withSeveralPluginsEachRunsAlone() {
        List<Build> builds = Builds.standard(List.of(),
                List.of(new ExampleSpecializer(), new TestSpecializers.CheckedAdd()), new Random(1));
        assertEquals(List.of("generic", "all", "example", "checked-add", "eager", "random"), names(builds));
    }

    @Test
    void theBuildsRunWhatTheySay() {
        String program = "def f(a, b):\n    return a + b\nfor i in range(20):\n    x = f(i, 2 ** 62)\n    y = f(x, x)\nprint(y)\n";
        ProgramRunner runner = new ProgramRunner();
        Outcome generic = runner.run(Build.generic(), program);
        assertEquals("9223372036854775846\n", generic.stdout());
        Build wrapping = Build.of("wrapping", AdaptivePolicy.EAGER, List.of(new TestSpecializers.WrappingAdd()));
        assertTrue(!runner.run(wrapping, program).agreesWith(generic), "the wrapping add is used");
        Build checked = Build.of("checked", AdaptivePolicy.EAGER, List.of(new TestSpecializers.CheckedAdd()));
        assertEquals(generic, runner.run(checked, program));
        // a build that names a plugin that is not there says so on stderr: a disagreement
        Outcome missing = runner.run(Build.only("no-such-plugin", AdaptivePolicy.DEFAULT, List.of()), program);
        assertTrue(missing.stderr().contains("no-such-plugin"), missing.stderr());
    }

    @Test
    void randomPoliciesAreValidVariedAndReproducible() {
        Random r = new Random(5);
        Set<AdaptivePolicy> seen = new HashSet<>();
        boolean sawWarmupOne = false, sawLongBackoff = false;
        for (int i = 0; i < 2000; i++) {
            AdaptivePolicy p = Build.randomPolicy(r); // the record's constructor checks the ranges
            assertTrue(p.warmup() <= 16 && p.deoptAfter() <= 64 && p.backoffStart() <= 32 && p.backoffCap() <= 4096, p.toString());
            sawWarmupOne |= p.warmup() == 1;
            sawLongBackoff |= p.backoffCap() > 1000;
            seen.add(p);
        }
        assertTrue(sawWarmupOne && sawLongBackoff);
        assertTrue(seen.size() > 1000, "distinct policies: " + seen.size());
        assertEquals(Build.randomPolicy(new Random(9)), Build.randomPolicy(new Random(9)));
    }
}
