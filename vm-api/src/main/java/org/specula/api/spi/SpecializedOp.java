package org.specula.api.spi;

/**
 * A specialized operation: the handler a {@link Specializer} installs at one site. Each family
 * has its own handler interface extending this one ({@link Family#handlerType()}).
 *
 * <h2>The contract</h2>
 * <ul>
 *   <li>For every input that passes the handler's guard, the result is exactly what the generic
 *       instruction would produce: the same value (same Java class: an int result that fits in
 *       a long is a {@code Long}), the same Python exception, the same side effects.</li>
 *   <li>For every other input the handler returns {@link #MISS} (a store returns false)
 *       <em>before any side effect</em>; the VM then runs the generic instruction and counts a
 *       miss. After enough misses in a row (53 by default) the VM removes the handler.</li>
 *   <li>Handlers are immutable: whatever they cache (a type version, a shape, a slot index, a
 *       callee) is in final fields set at creation. The VM may call one handler from several
 *       threads at once.</li>
 *   <li>A handler may raise a Python exception where the generic instruction would. Any other
 *       exception is a plugin fault: the VM disables the specializer at that site, runs the generic
 *       instruction, prints a one-line warning once and counts the fault. The program's output is
 *       unchanged, but a fault after a side effect cannot be undone, so guard first.</li>
 * </ul>
 *
 * <p>Guards should be cheap: an {@code instanceof} on an exact value class
 * ({@code Long}, {@code Double}, {@code String}, {@code ListObject}, ...), an identity comparison
 * of a type or shape, an int comparison of a version tag.
 */
public interface SpecializedOp {
    /** Returned by a handler whose guard failed. */
    Object MISS = new Object() {
        @Override
        public String toString() {
            return "MISS";
        }
    };

    /**
     * The name of the specialized instruction, shown by {@code dis.dis(f, adaptive=True)} and in
     * the statistics: CPython's name where CPython 3.11 has the form
     * ({@code BINARY_OP_MULTIPLY_FLOAT}, {@code LOAD_ATTR_INSTANCE_VALUE}), the same style otherwise.
     */
    String name();
}
