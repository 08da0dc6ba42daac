package org.specula.api.spi;

/**
 * The handler of a specialized {@code UNPACK_SEQUENCE}: {@code a, b, ... = sequence} with the
 * site's number of targets (its oparg). See {@link SpecializedOp} for the contract.
 */
public interface UnpackSequenceHandler extends SpecializedOp {
    /**
     * Runs the specialized operation, or misses.
     *
     * @param sequence the value unpacked
     * @return an {@code Object[]} whose first oparg elements are the items in order (it may be a
     *     shared array: the VM only reads it), or {@link #MISS}
     */
    Object unpack(Object sequence);
}
