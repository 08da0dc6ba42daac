package org.specula.api.spi;

/**
 * The handler of a specialized {@code FOR_ITER}: one step of a for loop over the iterator.
 * See {@link SpecializedOp} for the contract.
 */
public interface ForIterHandler extends SpecializedOp {
    /** Returned by {@link #next} when the loop is over. */
    Object EXHAUSTED = new Object() {
        @Override
        public String toString() {
            return "EXHAUSTED";
        }
    };

    /**
     * Runs the specialized operation, or misses.
     *
     * @param iterator the loop's iterator
     * @return the next item, {@link #EXHAUSTED} when the iterator is exhausted, or {@link #MISS}
     */
    Object next(Object iterator);
}
