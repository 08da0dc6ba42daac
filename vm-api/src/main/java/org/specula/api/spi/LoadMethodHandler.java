package org.specula.api.spi;

/**
 * The handler of a specialized {@code LOAD_METHOD}: {@code owner.name} about to be called. See
 * {@link SpecializedOp} for the contract.
 *
 * <p>A handler either finds a method to be called with the owner as its first argument
 * ({@link #bindsOwner()} true: the VM pushes {@code [method, owner]}, saving the bound-method
 * object) or a plain attribute ({@link #bindsOwner()} false: the VM pushes {@code [NULL, value]}).
 * Which of the two is fixed for a handler.
 */
public interface LoadMethodHandler extends SpecializedOp {
    /**
     * Runs the specialized lookup, or misses.
     *
     * @param owner the object whose attribute is looked up
     * @return the unbound method (or the attribute value, see {@link #bindsOwner()}), or
     *     {@link #MISS}
     */
    Object load(Object owner);

    /**
     * Tells how the VM uses what {@link #load} returns.
     *
     * @return true when {@link #load} returns a method the owner must be passed to as first
     *     argument, false when it returns the attribute itself
     */
    boolean bindsOwner();
}
