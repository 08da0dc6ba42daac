package org.specula.conformance.kit;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/** Specializers for the engine's tests: one broken on purpose, one that hangs, one correct. */
final class TestSpecializers {
    private TestSpecializers() {}

    /** Specializes {@code int + int} with the given handler. */
    private abstract static class IntAdd implements Specializer {
        @Override public Set<Family> families() { return EnumSet.of(Family.BINARY_OP); }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override public Specialization specialize(SiteContext site) {
            if (BinaryOps.base(site.oparg()) != BinaryOps.ADD) return Specialization.fail("not +");
            if (!(site.operand(0) instanceof Long && site.operand(1) instanceof Long)) {
                return Specialization.fail("operands not int");
            }
            return Specialization.of(handler());
        }

        abstract BinaryOpHandler handler();
    }

    /** WRONG: {@code int + int} that ignores overflow into big ints (the sum wraps around). */
    static final class WrappingAdd extends IntAdd {
        @Override public String id() { return "wrapping-add"; }

        @Override BinaryOpHandler handler() {
            return new BinaryOpHandler() {
                @Override public String name() { return "BINARY_OP_ADD_INT"; }

                @Override public Object apply(Object left, Object right) {
                    if (!(left instanceof Long a && right instanceof Long b)) return MISS;
                    return a + b; // no overflow check
                }
            };
        }
    }

    /** Correct {@code int + int}: misses on overflow. */
    static final class CheckedAdd extends IntAdd {
        @Override public String id() { return "checked-add"; }

        @Override BinaryOpHandler handler() {
            return new BinaryOpHandler() {
                @Override public String name() { return "BINARY_OP_ADD_INT"; }

                @Override public Object apply(Object left, Object right) {
                    if (!(left instanceof Long a && right instanceof Long b)) return MISS;
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0) return MISS;
                    return r;
                }
            };
        }
    }

    /** WRONG: an add handler that never returns once the sum passes 10 (a plugin that hangs). */
    static final class HangingAdd extends IntAdd {
        static volatile boolean forever = true;

        @Override public String id() { return "hanging-add"; }

        @Override BinaryOpHandler handler() {
            return new BinaryOpHandler() {
                @Override public String name() { return "BINARY_OP_ADD_INT"; }

                @Override public Object apply(Object left, Object right) {
                    if (!(left instanceof Long a && right instanceof Long b)) return MISS;
                    long r = a + b;
                    if (r > 10) {
                        while (forever) Thread.onSpinWait();
                    }
                    return MISS;
                }
            };
        }
    }
}
