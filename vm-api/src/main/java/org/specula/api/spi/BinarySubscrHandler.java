package org.specula.api.spi;

/**
 * The handler of a specialized {@code BINARY_SUBSCR}: {@code container[key]}.
 * See {@link SpecializedOp} for the contract.
 */
public interface BinarySubscrHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param container the subscripted object
     * @param key the subscript
     * @return the item, or {@link #MISS}
     */
    Object apply(Object container, Object key);
}
