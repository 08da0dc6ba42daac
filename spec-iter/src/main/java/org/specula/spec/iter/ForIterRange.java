package org.specula.spec.iter;

import org.specula.api.object.RangeIteratorObject;
import org.specula.api.spi.ForIterHandler;

/** One step of {@code for x in range(...)}: guarded on the iterator being a range iterator. */
public final class ForIterRange implements ForIterHandler {
    /** The handler has no state: every site shares this one. */
    static final ForIterRange INSTANCE = new ForIterRange();

    private ForIterRange() {}

    @Override public String name() { return "FOR_ITER_RANGE"; }

    @Override public Object next(Object iterator) {
        if (!(iterator instanceof RangeIteratorObject r)) return MISS;
        Object item = r.next();
        return item == null ? EXHAUSTED : item;
    }
}
