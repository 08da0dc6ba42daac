package org.specula.api.spi;

/**
 * The handler of a specialized {@code STORE_SUBSCR}: {@code container[key] = value}.
 * See {@link SpecializedOp} for the contract.
 */
public interface StoreSubscrHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param container the subscripted object
     * @param key the subscript
     * @param value the value to store
     * @return true when the store was done, false for a miss (nothing stored)
     */
    boolean store(Object container, Object key, Object value);
}
