package org.specula.spec.iter;

import org.specula.api.object.ListIteratorObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.RangeIteratorObject;
import org.specula.api.object.TupleIteratorObject;
import org.specula.api.object.TupleObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Loops and unpacking: {@code for x in range(...)}, {@code for x in a_list},
 * {@code for x in a_tuple}, and {@code a, b = a_tuple_or_list}. The worked example of
 * docs/writing-a-specializer.md. Compiled against vm-api only.
 */
public final class IterSpecializer implements Specializer {
    @Override public String id() { return "iter"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.FOR_ITER, Family.UNPACK_SEQUENCE); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        switch (site.family()) {
            case FOR_ITER: return forIter(site.operand(0));
            case UNPACK_SEQUENCE: return unpackSequence(site.operand(0), site.oparg());
            default: return Specialization.fail("family not served");
        }
    }

    private static Specialization forIter(Object iterator) {
        if (iterator instanceof RangeIteratorObject) return Specialization.of(ForIterRange.INSTANCE);
        if (iterator instanceof ListIteratorObject) return Specialization.of(ForIterList.INSTANCE);
        if (iterator instanceof TupleIteratorObject) return Specialization.of(ForIterTuple.INSTANCE);
        return Specialization.fail("iterator not range, list or tuple");
    }

    private static Specialization unpackSequence(Object sequence, int count) {
        if (sequence instanceof TupleObject t) {
            // a length that does not match raises ValueError: the generic path's business
            if (t.size() != count) return Specialization.fail("wrong length");
            if (count == 2) return Specialization.of(UnpackSequenceTwoTuple.INSTANCE);
            return Specialization.of(new UnpackSequenceTuple(count));
        }
        if (sequence instanceof ListObject l) {
            if (l.size() != count) return Specialization.fail("wrong length");
            return Specialization.of(new UnpackSequenceList(count));
        }
        return Specialization.fail("not an exact tuple or list");
    }
}
