package org.specula.conformance.kit.broken;

import org.specula.api.object.InstanceObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.LoadAttrHandler;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * DELIBERATELY WRONG: {@code obj.name} read from the instance's slot, guarded on the exact class
 * and its version tag but NOT on the instance's shape.
 *
 * <p>The bug: the slot index is only valid for the shape seen when the site was specialized.
 * Two instances of the same class that gained their attributes in another order ({@code a.x, a.y}
 * versus {@code b.y, b.x}) have different shapes, and this handler reads {@code b.x} from slot 0,
 * which holds {@code b.y}. An instance lacking the attribute (where the generic load raises
 * {@code AttributeError}) gets some other attribute's value. The correct handler
 * ({@code LoadInstanceValue} of the example plugin) also checks {@code i.shape() == shape}. To
 * return a wrong value rather than fault (a fault is contained and would hide the bug), the index
 * is clamped to the instance's own number of slots.
 */
public final class ShapeBlindAttributeLoad implements Specializer {
    @Override public String id() { return "broken-attr-shape"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.LOAD_ATTR); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        if (!(site.operand(0) instanceof InstanceObject i)) return Specialization.fail("owner not an instance");
        TypeObject type = i.typeObject();
        if (type.hasCustomAttributeAccess()) return Specialization.fail("custom attribute access");
        Shape shape = i.shape();
        if (shape == null) return Specialization.fail("instance dict");
        int ix = shape.indexOf(site.name());
        if (ix < 0) return Specialization.fail("not an instance attribute");
        Object onClass = type.lookup(site.name());
        if (onClass != null && site.objectModel().isDataDescriptor(onClass)) return Specialization.fail("data descriptor");
        return Specialization.of(new Load(type, ix));
    }

    /** The shape-blind slot read. */
    static final class Load implements LoadAttrHandler {
        private final TypeObject type;
        private final int version;
        private final int index;

        Load(TypeObject type, int index) {
            this.type = type;
            this.version = type.versionTag();
            this.index = index;
        }

        @Override public String name() { return "LOAD_ATTR_INSTANCE_VALUE"; }

        @Override public Object load(Object owner) {
            // BUG: no `i.shape() == cachedShape` guard; the slot index may belong to another layout
            if (!(owner instanceof InstanceObject i) || i.typeObject() != type || type.versionTag() != version) return MISS;
            Shape shape = i.shape();
            if (shape == null || shape.size() == 0) return MISS;
            return i.slot(Math.min(index, shape.size() - 1));
        }
    }
}
