package org.specula.spec.iter;

import org.specula.api.object.ListIteratorObject;
import org.specula.api.spi.ForIterHandler;

/**
 * One step of {@code for x in a_list}: guarded on the iterator being a list iterator. The
 * iterator reads the list live, as the generic step does: items appended during the loop are
 * seen, and once exhausted it stays exhausted.
 */
public final class ForIterList implements ForIterHandler {
    /** The handler has no state: every site shares this one. */
    static final ForIterList INSTANCE = new ForIterList();

    private ForIterList() {}

    @Override public String name() { return "FOR_ITER_LIST"; }

    @Override public Object next(Object iterator) {
        if (!(iterator instanceof ListIteratorObject l)) return MISS;
        Object item = l.next();
        return item == null ? EXHAUSTED : item;
    }
}
