package org.specula.api.object;

/** A Python module: a name and a namespace dict. */
public abstract class ModuleObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected ModuleObject() {}

    /** The module's {@code __name__} at creation. */
    public abstract String moduleName();

    /** The module's namespace (its globals). */
    public abstract DictObject namespace();
}
