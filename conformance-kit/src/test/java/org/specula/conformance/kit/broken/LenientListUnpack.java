package org.specula.conformance.kit.broken;

import org.specula.api.object.ListObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.api.spi.UnpackSequenceHandler;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: {@code a, b, ... = some_list} that only checks the list is long enough.
 *
 * <p>The bug: the guard is {@code size >= n} instead of {@code size == n}. Unpacking a list with
 * too many items must raise {@code ValueError: too many values to unpack (expected n)}; this
 * handler silently takes the first n items. The correct handler ({@code UnpackList} of the
 * example plugin) misses unless the size is exactly n, and the generic path raises. (A too-short
 * list still misses, so the other error message is right.)
 */
public final class LenientListUnpack implements Specializer {
    @Override public String id() { return "broken-unpack-list"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.UNPACK_SEQUENCE); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        return site.operand(0) instanceof ListObject l && l.size() == site.oparg()
                ? Specialization.of(new Unpack(site.oparg())) : Specialization.fail("not a list of the right size");
    }

    /** The lenient unpack. */
    static final class Unpack implements UnpackSequenceHandler {
        private final int n;

        Unpack(int n) { this.n = n; }

        @Override public String name() { return "UNPACK_SEQUENCE_LIST"; }

        @Override public Object unpack(Object sequence) {
            if (!(sequence instanceof ListObject l) || l.size() < n) return MISS; // BUG: must be l.size() != n
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = l.get(i);
            return items;
        }
    }
}
