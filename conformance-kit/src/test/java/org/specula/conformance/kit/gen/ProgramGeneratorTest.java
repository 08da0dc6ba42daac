package org.specula.conformance.kit.gen;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.specula.conformance.kit.Choices;
import org.specula.core.interp.Pipeline;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ProgramGeneratorTest {
    private final ProgramGenerator gen = new ProgramGenerator();

    @Test
    void agreesWithCPython() throws Exception {
        Assumptions.assumeTrue(Runs.hasPython311(), "python3 (CPython 3.11) is not on the PATH: differential check skipped");
        int n = Integer.getInteger("gen.cpython.samples", 200);
        long seed0 = Long.getLong("gen.cpython.seed", 0);
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < n; i++) programs.add(gen.generate(Choices.random(seed0 + i)));
        List<Runs.Outcome> expected = Runs.cpython(programs);
        StringBuilder failures = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < n; i++) {
            Runs.Outcome actual = Runs.generic(programs.get(i));
            if (!actual.equals(expected.get(i))) {
                bad++;
                if (bad <= 5) {
                    failures.append("\n=== seed ").append(seed0 + i).append(" ===\n").append(programs.get(i))
                            .append("--- CPython: ").append(expected.get(i))
                            .append("--- Specula: ").append(actual);
                }
            }
        }
        if (bad > 0) fail(bad + " of " + n + " programs differ:" + failures);
    }
}
