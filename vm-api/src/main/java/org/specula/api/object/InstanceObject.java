package org.specula.api.object;

/**
 * An instance of a class defined in Python. Its attributes live in slots laid out by a
 * {@link Shape}; a specialized attribute access guards on the type's version and the instance's
 * shape, then reads or writes a slot directly. The VM's instance class is the only implementation.
 */
public abstract class InstanceObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected InstanceObject() {}

    /** The instance's class. */
    public abstract TypeObject typeObject();

    /**
     * The layout of the instance's attributes, or null when the instance keeps them in a dict
     * instead (it had {@code __dict__} requested, or too many attributes): slot access does not
     * apply then.
     */
    public abstract Shape shape();

    /** The value in slot i of the current shape ({@code 0 <= i < shape().size()}). */
    public abstract Object slot(int i);

    /** Replaces the value in slot i of the current shape (the shape does not change); no Python code runs. */
    public abstract void setSlot(int i, Object value);
}
