package org.specula.api.spi;

/**
 * The handler of a specialized {@code BINARY_SUBSCR}: {@code container[key]}.
 * See {@link SpecializedOp} for the contract.
 */
public interface BinarySubscrHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @return the item, or {@link #MISS}
     */
    Object apply(Object container, Object key);
}
