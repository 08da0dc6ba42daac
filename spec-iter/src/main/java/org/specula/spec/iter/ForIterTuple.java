package org.specula.spec.iter;

import org.specula.api.object.TupleIteratorObject;
import org.specula.api.spi.ForIterHandler;

/** One step of {@code for x in a_tuple}: guarded on the iterator being a tuple iterator. */
public final class ForIterTuple implements ForIterHandler {
    /** The handler has no state: every site shares this one. */
    static final ForIterTuple INSTANCE = new ForIterTuple();

    private ForIterTuple() {}

    @Override public String name() { return "FOR_ITER_TUPLE"; }

    @Override public Object next(Object iterator) {
        if (!(iterator instanceof TupleIteratorObject t)) return MISS;
        Object item = t.next();
        return item == null ? EXHAUSTED : item;
    }
}
