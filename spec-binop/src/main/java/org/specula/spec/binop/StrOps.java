package org.specula.spec.binop;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.ObjectModel;

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
     * {@code str[int]}: the character at a code point index, negative indexes counting from the
     * end. Python indexes code points, Java strings UTF-16 units; the object model's
     * {@code strItem} makes the generic subscript's own computation (which remembers whether the
     * last long string examined has surrogates), so indexing far into a long string costs no
     * scan. An index out of range misses: the generic operation raises the {@code IndexError}.
     */
    static final class SubscrInt implements BinarySubscrHandler {
        private final ObjectModel model;

        SubscrInt(ObjectModel model) {
            this.model = model;
        }

        @Override public String name() { return "BINARY_SUBSCR_STR_INT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof String s && key instanceof Long k)) return MISS;
            String c = model.strItem(s, k);
            return c == null ? MISS : c;
        }
    }
}
