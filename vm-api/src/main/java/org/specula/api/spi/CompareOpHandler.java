package org.specula.api.spi;

/**
 * The handler of a specialized {@code COMPARE_OP}: {@code left <cmp> right} for the site's comparison.
 * See {@link SpecializedOp} for the contract.
 */
public interface CompareOpHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param left the left operand
     * @param right the right operand
     * @return the result (usually a Boolean; rich comparisons may return anything), or {@link #MISS}
     */
    Object apply(Object left, Object right);
}
