package org.specula.conformance.kit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramRunnerTest {
    @Test
    void capturesOutputErrorsAndStatus() {
        Outcome o = new ProgramRunner().run(Build.generic(), "print('hi')\nimport sys\nprint(1 / 0)\n");
        assertEquals("hi\n", o.stdout());
        assertTrue(o.stderr().contains("ZeroDivisionError: division by zero"), o.stderr());
        assertEquals(1, o.status());
        assertFalse(o.timedOut());
    }

    @Test
    void aProgramThatNeverEndsIsAbandonedAfterTheLimit() throws Exception {
        long start = System.nanoTime();
        Outcome o = new ProgramRunner(Duration.ofMillis(300), "loop.py").run(Build.generic(),
                "print('started')\nwhile True:\n    pass\n");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(o.timedOut());
        assertEquals("started\n", o.stdout());
        assertTrue(o.stderr().contains("timeout"), o.stderr());
        assertTrue(seconds < 5, "took " + seconds + " s");
        // the runaway program thread was stopped, not left spinning
        Thread.sleep(200);
        long alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("specula-main") && t.isAlive()).count();
        assertEquals(0, alive);
    }

    @Test
    void endlessOutputIsCut() {
        Outcome o = new ProgramRunner(Duration.ofSeconds(2), "spam.py").run(Build.generic(),
                "while True:\n    print('x' * 1000)\n");
        assertTrue(o.timedOut());
        assertTrue(o.stdout().length() <= ProgramRunner.OUTPUT_LIMIT + 100, "" + o.stdout().length());
        assertTrue(o.stdout().endsWith("[output cut after " + ProgramRunner.OUTPUT_LIMIT + " bytes]\n"));
    }

    @Test
    void outcomesDescribeTheirDifference() {
        Outcome a = Outcome.of("1\n2\n", "", 0), b = Outcome.of("1\n3\n", "oops\n", 1);
        assertTrue(a.agreesWith(Outcome.of("1\n2\n", "", 0)));
        assertEquals("", a.differenceFrom(a));
        assertEquals("exit status: expected 0, actual 1\n"
                + "stdout differs at line 2:\n  expected: \"2\"\n  actual:   \"3\"\n"
                + "stderr differs at line 1:\n  expected: \"\"\n  actual:   \"oops\"\n", a.differenceFrom(b));
        assertEquals("exit status 1\nstdout:\n  | 1\n  | 3\nstderr:\n  | oops\n", b.describe());
    }
}
