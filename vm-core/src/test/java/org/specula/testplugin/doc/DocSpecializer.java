package org.specula.testplugin.doc;

import org.specula.api.object.InstanceObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The example of docs/writing-a-specializer.md: {@code float * float} and reading an instance
 * attribute from its slot. Compiled against vm-api only.
 */
public final class DocSpecializer implements Specializer {
    @Override public String id() { return "doc-example"; }

    @Override public Set<Family> families() { return EnumSet.of(Family.BINARY_OP, Family.LOAD_ATTR); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        switch (site.family()) {
            case BINARY_OP: return binaryOp(site);
            case LOAD_ATTR: return loadAttr(site);
            default: return Specialization.fail("family not served");
        }
    }

    private static Specialization binaryOp(SiteContext site) {
        if (BinaryOps.base(site.oparg()) != BinaryOps.MULTIPLY) return Specialization.fail("not *");
        if (!(site.operand(0) instanceof Double && site.operand(1) instanceof Double)) {
            return Specialization.fail("operands not float");
        }
        return Specialization.of(new MultiplyFloat());
    }

    private static Specialization loadAttr(SiteContext site) {
        if (!(site.operand(0) instanceof InstanceObject owner)) return Specialization.fail("owner not an instance");
        TypeObject type = owner.typeObject();
        if (type.hasCustomAttributeAccess()) return Specialization.fail("custom attribute access");
        Shape shape = owner.shape();
        if (shape == null) return Specialization.fail("instance dict");
        int index = shape.indexOf(site.name());
        if (index < 0) return Specialization.fail("not an instance attribute");
        Object onClass = type.lookup(site.name());
        if (onClass != null && site.objectModel().isDataDescriptor(onClass)) {
            return Specialization.fail("data descriptor");
        }
        return Specialization.of(new LoadInstanceValue(type, shape, index));
    }
}
