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

    /** The first differing stdout lines, or the differing status / last stderr line. */
    static String difference(Runs.Outcome cpython, Runs.Outcome specula) {
        StringBuilder sb = new StringBuilder();
        String[] a = cpython.out().split("\n", -1), b = specula.out().split("\n", -1);
        int shown = 0;
        for (int i = 0; i < Math.max(a.length, b.length) && shown < 4; i++) {
            String x = i < a.length ? a[i] : "<none>", y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                sb.append("stdout line ").append(i + 1).append(":\n  CPython: ").append(x)
                        .append("\n  Specula: ").append(y).append('\n');
                shown++;
            }
        }
        if (cpython.status() != specula.status() || !cpython.lastErr().equals(specula.lastErr())) {
            sb.append("CPython: status ").append(cpython.status()).append(", ").append(cpython.lastErr())
                    .append("\nSpecula: status ").append(specula.status()).append(", ").append(specula.lastErr()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void agreesWithCPython() throws Exception {
        Assumptions.assumeTrue(Runs.hasPython311(), "python3 (CPython 3.11) is not on the PATH: differential check skipped");
        int n = Integer.getInteger("gen.cpython.samples", 200);
        long seed0 = Long.getLong("gen.cpython.seed", 0);
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < n; i++) programs.add(gen.generate(Choices.random(seed0 + i)));
        List<Runs.Outcome> expected = Runs.cpython(programs);
        StringBuilder failures = new StringBuilder();
        int bad = 0, known = 0;
        for (int i = 0; i < n; i++) {
            Runs.Outcome actual = Runs.generic(programs.get(i));
            if (!actual.equals(expected.get(i))) {
                if (KnownSpeculaBugs.explains(expected.get(i), actual)) {
                    known++;
                    continue;
                }
                bad++;
                if (bad <= 5) {
                    failures.append("\n=== seed ").append(seed0 + i).append(" ===\n").append(programs.get(i))
                            .append(difference(expected.get(i), actual));
                }
            }
        }
        System.out.println("generator vs CPython: " + n + " programs, " + known
                + " differ only by known Specula bugs (KnownSpeculaBugs), " + bad + " otherwise");
        if (bad > 0) fail(bad + " of " + n + " programs differ:" + failures);
    }
}
