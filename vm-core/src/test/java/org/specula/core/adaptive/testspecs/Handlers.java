package org.specula.core.adaptive.testspecs;

import org.specula.api.object.DictObject;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.ObjectModel;

import java.util.concurrent.atomic.AtomicInteger;

/** Small handlers for the machinery tests, well-behaved and misbehaving. */
public final class Handlers {
    private Handlers() {}

    /** int + int without overflow, under a given name. */
    public static final class AddLong implements BinaryOpHandler {
        private final String name;

        public AddLong(String name) { this.name = name; }

        @Override public String name() { return name; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) return MISS;
            return r;
        }
    }

    /** float + float, under a given name. */
    public static final class AddDouble implements BinaryOpHandler {
        private final String name;

        public AddDouble(String name) { this.name = name; }

        @Override public String name() { return name; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            return a + b;
        }
    }

    /**
     * int + int that throws IllegalStateException on its n-th call (counted over all its
     * instances through the shared counter: a deliberately broken, mutable handler).
     */
    public static final class AddLongThrowingOnCall implements BinaryOpHandler {
        private final AtomicInteger calls;
        private final int n;

        public AddLongThrowingOnCall(AtomicInteger calls, int n) {
            this.calls = calls;
            this.n = n;
        }

        @Override public String name() { return "TEST_ADD_THROWS"; }

        @Override public Object apply(Object left, Object right) {
            if (calls.incrementAndGet() == n) throw new IllegalStateException("broken on call " + n);
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) return MISS;
            return r;
        }
    }

    /** A binary op handler that returns null (a contract violation). */
    public static final class ReturnsNull implements BinaryOpHandler {
        @Override public String name() { return "TEST_RETURNS_NULL"; }

        @Override public Object apply(Object left, Object right) {
            return null;
        }
    }

    /** A compare handler, to be (wrongly) offered for another family. */
    public static final class WrongFamily implements CompareOpHandler {
        @Override public String name() { return "TEST_WRONG_FAMILY"; }

        @Override public Object apply(Object left, Object right) {
            return Boolean.TRUE;
        }
    }

    /** A handler with no name (a contract violation). */
    public static final class Nameless implements BinaryOpHandler {
        @Override public String name() { return ""; }

        @Override public Object apply(Object left, Object right) {
            return MISS;
        }
    }

    /** dict[key] that raises the Python KeyError itself (not a fault). */
    public static final class DictSubscr implements BinarySubscrHandler {
        private final ObjectModel model;

        public DictSubscr(ObjectModel model) { this.model = model; }

        @Override public String name() { return "TEST_SUBSCR_DICT"; }

        @Override public Object apply(Object container, Object key) {
            if (!(container instanceof DictObject d)) return MISS;
            Object v = d.get(key);
            if (v == null) throw model.keyError(key);
            return v;
        }
    }

    /** `in` that answers with an object that is not a Boolean and cannot even be printed. */
    public static final class ContainsNotBoolean implements org.specula.api.spi.ContainsOpHandler {
        @Override public String name() { return "TEST_CONTAINS_ODD"; }

        @Override public Object apply(Object item, Object container) {
            return new Object() {
                @Override public String toString() {
                    throw new IllegalStateException("toString of a plugin object");
                }
            };
        }
    }

    /** Unpacking that answers with too short an array. */
    public static final class UnpackShort implements org.specula.api.spi.UnpackSequenceHandler {
        @Override public String name() { return "TEST_UNPACK_SHORT"; }

        @Override public Object unpack(Object sequence) {
            return new Object[] {"only one"};
        }
    }

    /** A plugin's own exception whose message cannot be had. */
    public static final class Unprintable extends RuntimeException {
        @Override public String getMessage() {
            throw new IllegalStateException("no message");
        }
    }

    /** A binary op that throws an {@link Unprintable}. */
    public static final class ThrowsUnprintable implements BinaryOpHandler {
        @Override public String name() { return "TEST_UNPRINTABLE"; }

        @Override public Object apply(Object left, Object right) {
            throw new Unprintable();
        }
    }
}
