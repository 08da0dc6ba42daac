package org.specula.spec.binop;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinarySubscrHandler;

/** str handlers: concatenation and indexing. A str subclass instance is no {@code String} and misses. */
final class StrOps {
    private StrOps() {}

    /** {@code str + str} (and {@code +=}). */
    static final class Add implements BinaryOpHandler {
        @Override public String name() { return "BINARY_OP_ADD_UNICODE"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof String a && right instanceof String b)) return MISS;
            return a.concat(b);
        }
    }

    /**
     * {@code str[int]}: the character at a code point index, negative indexes counting from the end.
     * Python indexes code points, Java strings UTF-16 units; they agree up to and including index i
     * when none of the units from the start to i (or, for a negative index, from i to the end) is a
     * surrogate, which the handler checks. Indexes further than {@value #SCAN} from the end they
     * count from, indexes out of range and surrogates miss (the generic operation handles them and
     * raises the {@code IndexError}).
     */
    static final class SubscrInt implements BinarySubscrHandler {
        /** The longest scan for surrogates the handler makes before giving the string to the generic path. */
        static final int SCAN = 256;

        /** The one-character strings of ASCII, made once (as the generic subscript does). */
        private static final String[] ASCII = new String[128];

        static {
            for (char c = 0; c < 128; c++) ASCII[c] = String.valueOf(c);
        }

        @Override public String name() { return "BINARY_SUBSCR_STR_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof String s && key instanceof Long k)) return MISS;
            long i = k;
            int n = s.length();
            int from, to;
            if (i >= 0) {
                if (i >= n || i >= SCAN) return MISS;
                from = 0;
                to = (int) i;
            } else {
                if (i < -n || i < -SCAN) return MISS;
                from = (int) (n + i);
                to = n - 1;
            }
            for (int j = from; j <= to; j++) {
                if (Character.isSurrogate(s.charAt(j))) return MISS;
            }
            char c = s.charAt(i >= 0 ? to : from);
            return c < 128 ? ASCII[c] : String.valueOf(c);
        }
    }
}
