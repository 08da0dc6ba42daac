package org.specula.testplugin.doc;

import org.specula.api.object.InstanceObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.LoadAttrHandler;

/**
 * {@code owner.name} read from a slot: guarded on the exact class, its version tag (nothing in
 * the MRO changed) and the instance's shape (same attribute layout).
 */
public final class LoadInstanceValue implements LoadAttrHandler {
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
                || i.shape() != shape) {
            return MISS;
        }
        return i.slot(index);
    }
}
