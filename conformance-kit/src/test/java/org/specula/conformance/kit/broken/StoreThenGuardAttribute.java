package org.specula.conformance.kit.broken;

import org.specula.api.object.InstanceObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.api.spi.StoreAttrHandler;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: {@code obj.name = value} into the instance's slot, with the shape guard
 * placed AFTER the store.
 *
 * <p>The bug: a side effect before the miss. For an instance of the same class whose attributes
 * were added in another order, the handler first writes the cached slot index, which in that
 * instance's layout holds ANOTHER attribute, then notices the shape differs and returns
 * {@code false}; the generic store then sets the right attribute, but the other one stays
 * overwritten ({@code b.y} takes the value meant for {@code b.x}). The correct handler
 * ({@code StoreInstanceValue} of the example plugin) checks the shape first. The write is
 * bounds-checked so that the bug shows as a wrong value, never as a contained fault.
 */
public final class StoreThenGuardAttribute implements Specializer {
    @Override public String id() { return "broken-store-attr-early"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.STORE_ATTR); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        if (!(site.operand(0) instanceof InstanceObject i)) return Specialization.fail("owner not an instance");
        ObjectModel model = site.objectModel();
        TypeObject type = i.typeObject();
        if (type.hasCustomAttributeAccess()
                || type.lookup("__setattr__") != model.builtinType("object").lookup("__setattr__")) {
            return Specialization.fail("custom attribute access");
        }
        Shape shape = i.shape();
        if (shape == null) return Specialization.fail("instance dict");
        int ix = shape.indexOf(site.name());
        if (ix < 0) return Specialization.fail("new attribute");
        Object onClass = type.lookup(site.name());
        if (onClass != null && model.isDataDescriptor(onClass)) return Specialization.fail("data descriptor");
        return Specialization.of(new Store(type, shape, ix));
    }

    /** The store that checks the shape too late. */
    static final class Store implements StoreAttrHandler {
        private final TypeObject type;
        private final int version;
        private final Shape shape;
        private final int index;

        Store(TypeObject type, Shape shape, int index) {
            this.type = type;
            this.version = type.versionTag();
            this.shape = shape;
            this.index = index;
        }

        @Override public String name() { return "STORE_ATTR_INSTANCE_VALUE"; }

        @Override public boolean store(Object owner, Object value) {
            if (!(owner instanceof InstanceObject i) || i.typeObject() != type || type.versionTag() != version) return false;
            Shape actual = i.shape();
            if (actual == null || index >= actual.size()) return false;
            i.setSlot(index, value);
            return actual == shape; // BUG: checked after the write; a miss here leaves another attribute overwritten
        }
    }
}
