package org.specula.core.dis;

import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.Set;

/** A test plugin: {@code float * float} as CPython 3.11's BINARY_OP_MULTIPLY_FLOAT. */
public final class AdaptiveDisTestSpecializer implements Specializer {
    @Override public String id() { return "floatmul"; }

    @Override public Set<Family> families() { return Set.of(Family.BINARY_OP); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override public String version() { return "1.0-test"; }

    @Override
    public Specialization specialize(SiteContext site) {
        if (site.oparg() != BinaryOps.MULTIPLY) return Specialization.fail("not *");
        if (!(site.operand(0) instanceof Double && site.operand(1) instanceof Double)) {
            return Specialization.fail("operands not float");
        }
        return Specialization.of(new MultiplyFloat());
    }

    /** The handler: guards on two floats. */
    static final class MultiplyFloat implements BinaryOpHandler {
        @Override
        public Object apply(Object left, Object right) {
            if (left instanceof Double a && right instanceof Double b) return a * b;
            return MISS;
        }

        @Override public String name() { return "BINARY_OP_MULTIPLY_FLOAT"; }
    }
}
