package org.specula.testplugin;

import org.specula.api.object.DictObject;
import org.specula.api.object.InstanceObject;
import org.specula.api.object.ModuleObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.LoadAttrHandler;
import org.specula.api.spi.LoadGlobalHandler;
import org.specula.api.spi.LoadMethodHandler;
import org.specula.api.spi.StoreAttrHandler;

/**
 * Attribute and global handlers of the example plugin. Instance handlers guard on the exact
 * class, its version tag (no class in the MRO changed since) and the instance's shape (same
 * attribute layout); dict-based handlers guard on the dict's identity and keys version.
 */
final class AttributeHandlers {
    private AttributeHandlers() {}

    /** obj.name read from the instance's slot. */
    static final class LoadInstanceValue implements LoadAttrHandler {
        private final TypeObject type;
        private final int version;
        private final Shape shape;
        private final int index;

        LoadInstanceValue(TypeObject type, Shape shape, int index) {
            this.type = type;
            this.version = type.versionTag();
            this.shape = shape;
            this.index = index;
        }

        @Override public String name() { return "LOAD_ATTR_INSTANCE_VALUE"; }

        @Override public Object load(Object owner) {
            if (!(owner instanceof InstanceObject i) || i.typeObject() != type || type.versionTag() != version
                    || i.shape() != shape) return MISS;
            return i.slot(index);
        }
    }

    /** module.name read at a cached entry of the module's dict. */
    static final class LoadModuleAttr implements LoadAttrHandler {
        private final ModuleObject module;
        private final DictObject dict;
        private final int keysVersion;
        private final int index;

        LoadModuleAttr(ModuleObject module, int index) {
            this.module = module;
            this.dict = module.namespace();
            this.keysVersion = dict.keysVersion();
            this.index = index;
        }

        @Override public String name() { return "LOAD_ATTR_MODULE"; }

        @Override public Object load(Object owner) {
            if (owner != module || dict.keysVersion() != keysVersion) return MISS;
            return dict.valueAt(index);
        }
    }

    /** obj.name = value into an existing slot. */
    static final class StoreInstanceValue implements StoreAttrHandler {
        private final TypeObject type;
        private final int version;
        private final Shape shape;
        private final int index;

        StoreInstanceValue(TypeObject type, Shape shape, int index) {
            this.type = type;
            this.version = type.versionTag();
            this.shape = shape;
            this.index = index;
        }

        @Override public String name() { return "STORE_ATTR_INSTANCE_VALUE"; }

        @Override public boolean store(Object owner, Object value) {
            if (!(owner instanceof InstanceObject i) || i.typeObject() != type || type.versionTag() != version
                    || i.shape() != shape) return false;
            i.setSlot(index, value);
            return true;
        }
    }

    /** obj.method found on the class, not shadowed by an instance attribute. */
    static final class LoadMethodWithValues implements LoadMethodHandler {
        private final TypeObject type;
        private final int version;
        private final Shape shape;
        private final Object method;

        LoadMethodWithValues(TypeObject type, Shape shape, Object method) {
            this.type = type;
            this.version = type.versionTag();
            this.shape = shape;
            this.method = method;
        }

        @Override public String name() { return "LOAD_METHOD_WITH_VALUES"; }

        @Override public boolean bindsOwner() { return true; }

        @Override public Object load(Object owner) {
            if (!(owner instanceof InstanceObject i) || i.typeObject() != type || type.versionTag() != version
                    || i.shape() != shape) return MISS;
            return method;
        }
    }

    /** module.function(...): the attribute, called without the module. */
    static final class LoadMethodModule implements LoadMethodHandler {
        private final LoadModuleAttr attr;

        LoadMethodModule(ModuleObject module, int index) {
            this.attr = new LoadModuleAttr(module, index);
        }

        @Override public String name() { return "LOAD_METHOD_MODULE"; }

        @Override public boolean bindsOwner() { return false; }

        @Override public Object load(Object owner) {
            return attr.load(owner);
        }
    }

    /** A global found in the module's globals. */
    static final class LoadGlobalModule implements LoadGlobalHandler {
        private final DictObject globals;
        private final int keysVersion;
        private final int index;

        LoadGlobalModule(DictObject globals, int index) {
            this.globals = globals;
            this.keysVersion = globals.keysVersion();
            this.index = index;
        }

        @Override public String name() { return "LOAD_GLOBAL_MODULE"; }

        @Override public Object load(DictObject g, DictObject builtins) {
            if (g != globals || g.keysVersion() != keysVersion) return MISS;
            return g.valueAt(index);
        }
    }

    /** A built-in: absent from the globals (their keys unchanged), found in builtins. */
    static final class LoadGlobalBuiltin implements LoadGlobalHandler {
        private final DictObject globals;
        private final int globalsVersion;
        private final DictObject builtins;
        private final int builtinsVersion;
        private final int index;

        LoadGlobalBuiltin(DictObject globals, DictObject builtins, int index) {
            this.globals = globals;
            this.globalsVersion = globals.keysVersion();
            this.builtins = builtins;
            this.builtinsVersion = builtins.keysVersion();
            this.index = index;
        }

        @Override public String name() { return "LOAD_GLOBAL_BUILTIN"; }

        @Override public Object load(DictObject g, DictObject b) {
            if (g != globals || b != builtins || g.keysVersion() != globalsVersion || b.keysVersion() != builtinsVersion) {
                return MISS;
            }
            return b.valueAt(index);
        }
    }
}
