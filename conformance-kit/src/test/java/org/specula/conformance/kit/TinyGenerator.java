package org.specula.conformance.kit;

/**
 * A small program generator for the engine's own tests: a few statements on one int variable
 * {@code x}, some in loops (so that sites run often enough to specialize), and a final print.
 * Every choice sequence gives a valid program; choice 0 is always the simplest.
 */
final class TinyGenerator {
    private TinyGenerator() {}

    /** Literals the statements use: 0 and 1 first, then ones whose sums overflow a long. */
    private static final String[] LITERALS = {"0", "1", "7", "1000", "4611686018427387904", "9223372036854775807"};

    static String generate(Choices c) {
        StringBuilder sb = new StringBuilder("x = 0\n");
        int statements = 1 + c.below(8);
        for (int i = 0; i < statements; i++) {
            switch (c.below(5)) {
                case 0 -> sb.append("print('step', ").append(i).append(")\n");
                case 1 -> sb.append("x = x - ").append(c.oneOf(LITERALS)).append('\n');
                case 2 -> sb.append("for i in range(").append(c.below(20)).append("):\n    x = x + ")
                        .append(c.oneOf(LITERALS)).append('\n');
                case 3 -> sb.append("x = x * 3\n");
                default -> sb.append("if x > ").append(c.oneOf(LITERALS)).append(":\n    print('big')\n");
            }
        }
        sb.append("print(x)\n");
        return sb.toString();
    }
}
