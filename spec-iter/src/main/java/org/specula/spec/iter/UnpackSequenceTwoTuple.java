package org.specula.spec.iter;

import org.specula.api.object.TupleObject;
import org.specula.api.spi.UnpackSequenceHandler;

/** {@code a, b = t}: guarded on t being exactly a tuple of two items. */
public final class UnpackSequenceTwoTuple implements UnpackSequenceHandler {
    /** The handler has no state: every site shares this one. */
    static final UnpackSequenceTwoTuple INSTANCE = new UnpackSequenceTwoTuple();

    private UnpackSequenceTwoTuple() {}

    @Override public String name() { return "UNPACK_SEQUENCE_TWO_TUPLE"; }

    @Override public Object unpack(Object sequence) {
        if (!(sequence instanceof TupleObject t) || t.size() != 2) return MISS;
        return new Object[] {t.get(0), t.get(1)};
    }
}
