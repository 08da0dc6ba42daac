package org.specula.conformance.kit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Minimises a failing program by editing the choice sequence it was generated from (see
 * {@link Choices}) and regenerating, keeping an edit when the regenerated program still fails.
 *
 * <p>Passes, repeated until a whole round changes nothing or the budget of predicate calls is
 * spent:
 *
 * <ol>
 *   <li>delete runs of choices, from half the sequence down to single choices;</li>
 *   <li>set runs of choices to 0 (the simplest option), with the same halving run lengths;</li>
 *   <li>lower each remaining choice to the smallest value that still fails (binary search);</li>
 *   <li>lower a choice by one and delete the run of up to {@value #LOWER_AND_DELETE_RUN} choices
 *       right after it: a generator that draws a count and then the items (statements, arguments)
 *       can then lose an item that is not the last.</li>
 * </ol>
 *
 * <p>Sequences are compared shortest first, then lexicographically, after dropping trailing zeros
 * (past its end a replayed sequence reads as zeros, so they change nothing); a candidate is
 * replaced by what the generator actually consumed. The smallest failing sequence met is always
 * kept. The predicate is called at most once per distinct program text. Nothing is random: the
 * same input gives the same result.
 */
public final class Shrinker {
    /** The default number of predicate calls. */
    public static final int DEFAULT_BUDGET = 500;
    /** The longest run the lower-and-delete pass deletes after a lowered choice. */
    public static final int LOWER_AND_DELETE_RUN = 16;

    /** Told each time a smaller failing program is found. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param calls predicate calls made so far
         * @param choices the new smallest failing sequence
         * @param program the program it generates
         */
        void improved(int calls, int[] choices, String program);
    }

    /**
     * The result of shrinking.
     *
     * @param choices the smallest failing sequence found
     * @param program the program it generates
     * @param calls predicate calls made
     * @param budgetSpent true when shrinking stopped because the budget ran out, not at a fixed point
     */
    public record Result(int[] choices, String program, int calls, boolean budgetSpent) {
        /** Copies the choices. */
        public Result {
            choices = choices.clone();
        }

        /** A copy of the smallest failing sequence. */
        @Override public int[] choices() {
            return choices.clone();
        }
    }

    private final Function<Choices, String> generator;
    private final Predicate<String> fails;
    private final int budget;
    private final Progress progress;

    private final Map<String, Boolean> verdicts = new HashMap<>();
    private int calls;
    private int[] best;
    private String bestProgram;

    /**
     * @param generator regenerates a program from choices (must accept any sequence)
     * @param fails true when a program still shows the failure (e.g. a build still disagrees with
     *     the baseline on it); it should not throw (a throw counts as not failing)
     * @param budget the most predicate calls to make
     * @param progress told about each improvement (may be null)
     */
    public Shrinker(Function<Choices, String> generator, Predicate<String> fails, int budget, Progress progress) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.fails = Objects.requireNonNull(fails, "fails");
        if (budget < 0) throw new IllegalArgumentException("budget must not be negative");
        this.budget = budget;
        this.progress = progress;
    }

    /** A shrinker with the default budget and no progress reports. */
    public Shrinker(Function<Choices, String> generator, Predicate<String> fails) {
        this(generator, fails, DEFAULT_BUDGET, null);
    }

    /**
     * Shrinks a failing sequence. {@code failing} should make the predicate true; if its program
     * does not fail (a flaky failure), it is returned unchanged with its program.
     * A shrinker instance shrinks once.
     */
    public Result shrink(int[] failing) {
        if (best != null) throw new IllegalStateException("a Shrinker shrinks once");
        Choices first = Choices.replay(failing);
        String program = generator.apply(first);
        best = trim(first.recorded());
        bestProgram = program;
        if (!verdict(program)) {
            return new Result(failing, program, calls, false);
        }
        boolean changed = true;
        while (changed && !spent()) {
            changed = deleteRuns() | zeroRuns() | lowerValues() || lowerAndDelete();
        }
        return new Result(best, bestProgram, calls, spent());
    }

    private boolean spent() {
        return calls >= budget;
    }

    /** Pass 1: delete runs of k choices, k halving from half the length down to 1. */
    private boolean deleteRuns() {
        boolean changed = false;
        for (int k = Math.max(1, best.length / 2); k >= 1 && !spent(); k /= 2) {
            for (int i = 0; i + k <= best.length && !spent(); ) {
                int[] candidate = new int[best.length - k];
                System.arraycopy(best, 0, candidate, 0, i);
                System.arraycopy(best, i + k, candidate, i, best.length - i - k);
                if (consider(candidate)) {
                    changed = true; // the same i now holds the next run
                } else {
                    i++;
                }
            }
        }
        return changed;
    }

    /** Pass 2: set runs of k choices to 0, k halving down to 1. */
    private boolean zeroRuns() {
        boolean changed = false;
        for (int k = Math.max(1, best.length / 2); k >= 1 && !spent(); k /= 2) {
            for (int i = 0; i + k <= best.length && !spent(); i++) {
                boolean allZero = true;
                for (int j = i; j < i + k; j++) allZero &= best[j] == 0;
                if (allZero) continue;
                int[] candidate = best.clone();
                Arrays.fill(candidate, i, i + k, 0);
                changed |= consider(candidate);
            }
        }
        return changed;
    }

    /** Pass 3: each choice to the smallest value that still fails, by binary search. */
    private boolean lowerValues() {
        boolean changed = false;
        for (int i = 0; i < best.length && !spent(); i++) {
            int lo = 0, hi = best[i];
            while (lo < hi && !spent() && i < best.length) {
                int mid = (lo + hi) >>> 1;
                int[] candidate = best.clone();
                candidate[i] = mid;
                if (consider(candidate)) {
                    changed = true;
                    if (i >= best.length) break; // the edit also shortened the sequence
                    hi = best[i];
                } else {
                    lo = mid + 1;
                }
            }
        }
        return changed;
    }

    /**
     * Pass 4: lower choice i by one and delete the k choices after it, k from 1 up (the first k
     * that still fails is kept; then the same i is tried again).
     */
    private boolean lowerAndDelete() {
        boolean changed = false;
        for (int i = 0; i < best.length && !spent(); i++) {
            boolean again = true;
            while (again && i < best.length && best[i] > 0 && !spent()) {
                again = false;
                for (int k = 1; k <= LOWER_AND_DELETE_RUN && i + 1 + k <= best.length && !spent(); k++) {
                    int[] candidate = new int[best.length - k];
                    System.arraycopy(best, 0, candidate, 0, i + 1);
                    System.arraycopy(best, i + 1 + k, candidate, i + 1, best.length - i - 1 - k);
                    candidate[i]--;
                    if (consider(candidate)) {
                        changed = again = true;
                        break;
                    }
                }
            }
        }
        return changed;
    }

    /** Regenerates from a candidate; true (and it becomes the best) when it fails and is smaller. */
    private boolean consider(int[] candidate) {
        Choices c = Choices.replay(candidate);
        String program;
        try {
            program = generator.apply(c);
        } catch (RuntimeException generatorBug) {
            return false;
        }
        int[] used = trim(c.recorded());
        if (compare(used, best) >= 0) return false;
        if (!verdict(program)) return false;
        best = used;
        bestProgram = program;
        if (progress != null) progress.improved(calls, best.clone(), program);
        return true;
    }

    private boolean verdict(String program) {
        Boolean known = verdicts.get(program);
        if (known != null) return known;
        calls++;
        boolean v;
        try {
            v = fails.test(program);
        } catch (RuntimeException e) {
            v = false;
        }
        verdicts.put(program, v);
        return v;
    }

    private static int[] trim(int[] s) {
        int n = s.length;
        while (n > 0 && s[n - 1] == 0) n--;
        return n == s.length ? s : Arrays.copyOf(s, n);
    }

    /** Shortlex order: shorter first, then lexicographically by value. */
    static int compare(int[] a, int[] b) {
        if (a.length != b.length) return Integer.compare(a.length, b.length);
        return Arrays.compare(a, b);
    }
}
