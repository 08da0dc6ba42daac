package org.specula.conformance.kit.broken;

import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.CompareOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: {@code float <cmp> float} decided from {@link Double#compare}.
 *
 * <p>The bug: {@code Double.compare} is a total order, not IEEE comparison: it puts NaN above
 * every other value and equal to itself, and -0.0 below 0.0. So {@code nan == nan} is True,
 * {@code nan > 1.0} is True, {@code nan != nan} is False and {@code -0.0 == 0.0} is False here,
 * where Python says False, False, True and True. Ordinary values compare correctly. The correct
 * handler ({@code CompareFloat} of the example plugin) uses the primitive operators
 * {@code < <= == != > >=}.
 */
public final class NanBlindFloatCompare implements Specializer {
    @Override public String id() { return "broken-float-nan"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.COMPARE_OP); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        return site.operand(0) instanceof Double && site.operand(1) instanceof Double
                ? Specialization.of(new Compare(site.oparg())) : Specialization.fail("not float, float");
    }

    /** The total-order comparison. */
    static final class Compare implements CompareOpHandler {
        private final int op;

        Compare(int op) { this.op = op; }

        @Override public String name() { return "COMPARE_OP_FLOAT"; }

        @Override public Object apply(Object left, Object right) {
            if (!(left instanceof Double a && right instanceof Double b)) return MISS;
            int c = Double.compare(a, b); // BUG: total order (NaN == NaN, NaN > everything, -0.0 < 0.0)
            boolean r;
            switch (op) {
                case CompareOps.LT: r = c < 0; break;
                case CompareOps.LE: r = c <= 0; break;
                case CompareOps.EQ: r = c == 0; break;
                case CompareOps.NE: r = c != 0; break;
                case CompareOps.GT: r = c > 0; break;
                default: r = c >= 0; break;
            }
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
    }
}
