package org.specula.conformance.kit.broken;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: {@code int + int} and {@code int * int} on exact ints, computed in a Java
 * {@code long} with no overflow check.
 *
 * <p>The bug: a Python int has no upper bound; when the sum or product leaves the {@code long}
 * range the generic operation makes a big int ({@code 2**62 + 2**62 == 2**63}), but this handler
 * returns the wrapped {@code long} ({@code -9223372036854775808}). The correct handler
 * ({@code AddInt} of the example plugin) checks for overflow and returns {@code MISS}.
 * Everything else (guards, the result's class for sums that fit) is right, so only programs that
 * reach the overflow edge see the difference.
 */
public final class WrappingIntArithmetic implements Specializer {
    @Override public String id() { return "broken-int-wrap"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.BINARY_OP); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        if (!(site.operand(0) instanceof Long && site.operand(1) instanceof Long)) return Specialization.fail("not int, int");
        int op = BinaryOps.base(site.oparg());
        if (op == BinaryOps.ADD) return Specialization.of(new Op(true));
        if (op == BinaryOps.MULTIPLY) return Specialization.of(new Op(false));
        return Specialization.fail("not + or *");
    }

    /** The wrapping add or multiply. */
    static final class Op implements BinaryOpHandler {
        private final boolean add;

        Op(boolean add) { this.add = add; }

        @Override public String name() { return add ? "BINARY_OP_ADD_INT" : "BINARY_OP_MULTIPLY_INT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Long a && right instanceof Long b)) return MISS;
            return add ? a + b : a * b; // BUG: no overflow check, the long wraps around
        }
    }
}
