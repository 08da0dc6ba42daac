package org.specula.conformance.kit.broken;

import org.specula.api.object.ListIteratorObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.ForIterHandler;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: a step of a {@code for} loop over a list, meant for lists of ints, that
 * advances the iterator and only then checks the item, returning {@code MISS} for a non-int.
 *
 * <p>The bug: a side effect before {@code MISS}. Taking the item from the iterator is a side
 * effect; after the miss the VM runs the generic {@code FOR_ITER}, which takes the NEXT item, so
 * every item that is not an int (a str, a float, None...) is silently skipped by the loop:
 * {@code for x in [1, "a", 2]} sees 1 and 2 only. A correct handler decides everything it
 * can decide before taking the item, and never misses afterwards (the example plugin's
 * {@code ForIterList} returns whatever item it took).
 */
public final class AdvanceThenMissForIter implements Specializer {
    @Override public String id() { return "broken-for-iter-skip"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.FOR_ITER); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        return site.operand(0) instanceof ListIteratorObject
                ? Specialization.of(new Step()) : Specialization.fail("not a list iterator");
    }

    /** The advance-then-check step. */
    static final class Step implements ForIterHandler {
        @Override public String name() { return "FOR_ITER_LIST_INT"; }

        @Override public Object next(Object iterator) {
            if (!(iterator instanceof ListIteratorObject l)) return MISS;
            Object v = l.next();
            if (v == null) return EXHAUSTED;
            if (!(v instanceof Long)) return MISS; // BUG: the item is already consumed; the generic path takes the next one
            return v;
        }
    }
}
