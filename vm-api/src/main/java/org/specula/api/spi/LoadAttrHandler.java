package org.specula.api.spi;

/**
 * The handler of a specialized {@code LOAD_ATTR}: {@code owner.name} for the site's name.
 * See {@link SpecializedOp} for the contract.
 */
public interface LoadAttrHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param owner the object whose attribute is read
     * @return the attribute value, or {@link #MISS}
     */
    Object load(Object owner);
}
