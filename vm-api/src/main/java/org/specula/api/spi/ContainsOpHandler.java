package org.specula.api.spi;

/**
 * The handler of a specialized {@code CONTAINS_OP}: {@code item in container}. The VM applies
 * {@code not in} itself, so the handler answers the plain test. See {@link SpecializedOp} for the
 * contract.
 */
public interface ContainsOpHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param item the value looked for
     * @param container the object searched
     * @return {@code Boolean.TRUE} or {@code Boolean.FALSE}, or {@link #MISS}
     */
    Object apply(Object item, Object container);
}
