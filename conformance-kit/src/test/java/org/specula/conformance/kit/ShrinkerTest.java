package org.specula.conformance.kit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkerTest {
    /** The first seed whose program satisfies the predicate, with its choices. */
    private static int[] failingChoices(Predicate<String> fails, int minStatements) {
        for (long seed = 0; ; seed++) {
            Choices c = Choices.random(seed);
            String p = TinyGenerator.generate(c);
            if (fails.test(p) && Report.lines(p) >= minStatements) return c.recorded();
        }
    }

    @Test
    void shrinksToTheSingleStatementThatMatters() {
        Predicate<String> fails = p -> p.contains("x * 3");
        int[] start = failingChoices(fails, 8);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertEquals("x = 0\nx = x * 3\nprint(x)\n", r.program());
        assertArrayEquals(new int[] {0, 3}, r.choices());
        assertFalse(r.budgetSpent());
    }

    @Test
    void dropsStatementsBeforeTheOnesThatMatterThoughTheCountComesFirst() {
        // two statements are needed; the smallest sequence is [1, 3]: count 2, then x * 3, then
        // the print (kind 0, past the end of the sequence)
        Predicate<String> fails = p -> p.contains("x = x * 3\nprint('step', 1)\n");
        int[] start = failingChoices(fails, 8);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertArrayEquals(new int[] {1, 3}, r.choices(), r.program());
        assertEquals("x = 0\nx = x * 3\nprint('step', 1)\nprint(x)\n", r.program());
    }

    @Test
    void dropsAStatementInTheMiddleByLoweringTheCountWithIt() {
        // the zero statement (a print) is not allowed, so a deleted statement cannot be replaced
        // by one read past the end: the count must go down together with the deletion
        Predicate<String> fails = p -> p.contains("x = x * 3\nx = x * 3\n") && !p.contains("print('step'");
        int[] start = failingChoices(fails, 7);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertEquals("x = 0\nx = x * 3\nx = x * 3\nprint(x)\n", r.program());
        assertArrayEquals(new int[] {1, 3, 3}, r.choices());
    }

    @Test
    void lowersValuesToTheSmallestThatStillFails() {
        // a loop of at least 5 iterations that adds at least 1000: the minimum is range(5) and 1000
        Predicate<String> fails = p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("range\\((\\d+)\\):\n    x = x \\+ (\\d+)").matcher(p);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= 5 && new java.math.BigInteger(m.group(2)).compareTo(java.math.BigInteger.valueOf(1000)) >= 0) return true;
            }
            return false;
        };
        int[] start = failingChoices(fails, 6);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertEquals("x = 0\nfor i in range(5):\n    x = x + 1000\nprint(x)\n", r.program());
    }

    @Test
    void isDeterministicAndReportsEachImprovement() {
        Predicate<String> fails = p -> p.contains("print('big')") && p.contains("x * 3");
        int[] start = failingChoices(fails, 7);
        List<String> seen = new ArrayList<>();
        Shrinker.Result a = new Shrinker(TinyGenerator::generate, fails, 500, (calls, best, program) -> seen.add(program)).shrink(start);
        Shrinker.Result b = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertEquals(a.program(), b.program());
        assertArrayEquals(a.choices(), b.choices());
        assertEquals(a.calls(), b.calls());
        assertFalse(seen.isEmpty());
        assertEquals(a.program(), seen.get(seen.size() - 1));
        for (String p : seen) assertTrue(fails.test(p), p);
        assertTrue(Report.lines(a.program()) <= 6, a.program());
    }

    @Test
    void keepsTheBestFoundWhenTheBudgetRunsOut() {
        Predicate<String> fails = p -> p.contains("x * 3");
        int[] start = failingChoices(fails, 8);
        int[] calls = {0};
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, p -> {
            calls[0]++;
            return fails.test(p);
        }, 3, null).shrink(start);
        assertTrue(r.budgetSpent());
        assertTrue(calls[0] <= 3, "predicate calls: " + calls[0]);
        assertTrue(fails.test(r.program()));
        assertTrue(Shrinker.compare(r.choices(), start) <= 0);
    }

    @Test
    void aSequenceThatDoesNotFailIsReturnedAsItIs() {
        Choices c = Choices.random(1);
        String program = TinyGenerator.generate(c);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, p -> false).shrink(c.recorded());
        assertEquals(program, r.program());
        assertArrayEquals(c.recorded(), r.choices());
        assertEquals(1, r.calls());
    }

    @Test
    void aThrowingPredicateCountsAsNotFailing() {
        Predicate<String> fails = p -> {
            if (!p.contains("print('step'")) throw new IllegalStateException("boom");
            return true;
        };
        int[] start = failingChoices(p -> p.contains("print('step'"), 5);
        Shrinker.Result r = new Shrinker(TinyGenerator::generate, fails).shrink(start);
        assertEquals("x = 0\nprint('step', 0)\nprint(x)\n", r.program());
    }
}
