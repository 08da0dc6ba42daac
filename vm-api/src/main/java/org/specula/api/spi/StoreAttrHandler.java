package org.specula.api.spi;

/**
 * The handler of a specialized {@code STORE_ATTR}: {@code owner.name = value} for the site's name.
 * See {@link SpecializedOp} for the contract.
 */
public interface StoreAttrHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param owner the object whose attribute is set
     * @param value the value to store
     * @return true when the store was done, false for a miss (nothing stored)
     */
    boolean store(Object owner, Object value);
}
