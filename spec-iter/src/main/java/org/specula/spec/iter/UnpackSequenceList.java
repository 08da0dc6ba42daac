package org.specula.spec.iter;

import org.specula.api.object.ListObject;
import org.specula.api.spi.UnpackSequenceHandler;

/**
 * {@code a, b, ... = l}: guarded on l being exactly a list of as many items as there are
 * targets. Any other length misses, so the generic path raises its {@code ValueError}.
 */
public final class UnpackSequenceList implements UnpackSequenceHandler {
    private final int count;

    UnpackSequenceList(int count) {
        this.count = count;
    }

    @Override public String name() { return "UNPACK_SEQUENCE_LIST"; }

    @Override public Object unpack(Object sequence) {
        if (!(sequence instanceof ListObject l) || l.size() != count) return MISS;
        Object[] items = new Object[count];
        for (int i = 0; i < count; i++) items[i] = l.get(i);
        return items;
    }
}
