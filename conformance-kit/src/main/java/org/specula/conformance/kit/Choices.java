package org.specula.conformance.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The source of every random decision a generator makes, recorded as a sequence of small ints
 * so that a program can be replayed and shrunk (the approach of Hypothesis' "internal
 * shrinking"): the shrinker edits the recorded sequence (deletes runs, lowers values) and
 * regenerates. A generator must therefore produce a valid program for ANY sequence, and should
 * map smaller choices to simpler programs (0 = the simplest option, fewest statements, smallest
 * literal).
 *
 * <p>Fresh choices come from a seeded {@link Random}; replayed ones from a given prefix, and past
 * its end every choice is 0.
 */
public final class Choices {
    private final Random random;
    private final int[] prefix;
    private final List<Integer> recorded = new ArrayList<>();

    private Choices(Random random, int[] prefix) {
        this.random = random;
        this.prefix = prefix;
    }

    /** Fresh random choices from a seed. */
    public static Choices random(long seed) {
        return new Choices(new Random(seed), null);
    }

    /** Replays a recorded sequence; choices past its end are 0. */
    public static Choices replay(int[] sequence) {
        return new Choices(null, sequence.clone());
    }

    /** A choice in [0, n) (n >= 1). Smaller is simpler. */
    public int below(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive: " + n);
        int i = recorded.size();
        int v;
        if (prefix != null) {
            v = i < prefix.length ? prefix[i] : 0;
            if (v >= n || v < 0) v = Math.floorMod(v, n);
        } else {
            v = random.nextInt(n);
        }
        recorded.add(v);
        return v;
    }

    /** True with probability percent/100 (0..99) on fresh choices; the choice 0, the simpler one, is false. */
    public boolean chance(int percent) {
        int v = below(100);
        return v != 0 && v <= percent;
    }

    /** One of the options (the first is the simplest). */
    @SafeVarargs
    public final <T> T oneOf(T... options) {
        return options[below(options.length)];
    }

    /** The choices made so far, in order. */
    public int[] recorded() {
        int[] out = new int[recorded.size()];
        for (int i = 0; i < out.length; i++) out[i] = recorded.get(i);
        return out;
    }

    /** How many choices were made so far. */
    public int size() {
        return recorded.size();
    }
}
