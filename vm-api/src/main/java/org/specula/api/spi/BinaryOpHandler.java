package org.specula.api.spi;

/**
 * The handler of a specialized {@code BINARY_OP}: {@code left <op> right} for the site's operator.
 * See {@link SpecializedOp} for the contract.
 */
public interface BinaryOpHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param left the left operand
     * @param right the right operand
     * @return the result, or {@link #MISS}
     */
    Object apply(Object left, Object right);
}
