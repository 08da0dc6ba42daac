package org.specula.api.spi;

/**
 * The handler of a specialized {@code CALL} without keyword arguments (a call with keyword
 * arguments at a specialized site is a miss that never reaches the handler). See
 * {@link SpecializedOp} for the contract.
 *
 * <p>The arguments are passed as a window of the VM's value stack: {@code args[start]} to
 * {@code args[start + count - 1]}. For a method call ({@code obj.m(x)}) the owner is the first
 * argument. The handler must not write to {@code args} or keep it.
 *
 * <p>To call a Python function without Java recursion, a handler returns {@link #ENTER_FRAME}
 * after checking that callable is a {@link org.specula.api.object.FunctionObject} accepting
 * exactly these arguments; the VM then pushes the function's frame itself.
 */
public interface CallHandler extends SpecializedOp {
    /** Asks the VM to run callable (a Python function) in a new frame of the same dispatch loop. */
    Object ENTER_FRAME = new Object() {
        @Override
        public String toString() {
            return "ENTER_FRAME";
        }
    };

    /**
     * Runs the specialized call, or misses.
     *
     * @param callable the object called (for a method call, the function)
     * @param args the VM's value stack: read only, never keep it
     * @param start the index of the first argument in args
     * @param count the number of arguments (the owner of a method call included)
     * @return the call's result, {@link #ENTER_FRAME}, or {@link #MISS}
     */
    Object call(Object callable, Object[] args, int start, int count);
}
