package org.specula.spec.iter;

import org.specula.api.object.TupleObject;
import org.specula.api.spi.UnpackSequenceHandler;

/**
 * {@code a, b, c, ... = t}: guarded on t being exactly a tuple of as many items as there are
 * targets. Any other length misses, so the generic path raises its {@code ValueError}.
 */
public final class UnpackSequenceTuple implements UnpackSequenceHandler {
    private final int count;

    UnpackSequenceTuple(int count) {
        this.count = count;
    }

    @Override public String name() { return "UNPACK_SEQUENCE_TUPLE"; }

    @Override public Object unpack(Object sequence) {
        if (!(sequence instanceof TupleObject t) || t.size() != count) return MISS;
        Object[] items = new Object[count];
        for (int i = 0; i < count; i++) items[i] = t.get(i);
        return items;
    }
}
