package org.specula.testplugin;

import org.specula.api.object.DictObject;
import org.specula.api.object.FunctionObject;
import org.specula.api.object.InstanceObject;
import org.specula.api.object.ListIteratorObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.ModuleObject;
import org.specula.api.object.RangeIteratorObject;
import org.specula.api.object.Shape;
import org.specula.api.object.TupleObject;
import org.specula.api.object.TypeObject;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * A small specializer for every family, written against vm-api only: the test plugin of the
 * adaptive machinery and the example of docs/writing-a-specializer.md. Each family gets one or
 * two of CPython 3.11's simplest specializations; everything else is declined with a reason.
 */
public final class ExampleSpecializer implements Specializer {
    @Override public String id() { return "example"; }

    @Override public Set<Family> families() { return EnumSet.allOf(Family.class); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        switch (site.family()) {
            case BINARY_OP: return binaryOp(site);
            case COMPARE_OP: return compareOp(site);
            case BINARY_SUBSCR: return binarySubscr(site);
            case STORE_SUBSCR: return storeSubscr(site);
            case CONTAINS_OP: return site.operand(1) instanceof DictObject
                    ? Specialization.of(new ContainerHandlers.ContainsDict()) : Specialization.fail("container not dict");
            case LOAD_ATTR: return loadAttr(site);
            case STORE_ATTR: return storeAttr(site);
            case LOAD_METHOD: return loadMethod(site);
            case LOAD_GLOBAL: return loadGlobal(site);
            case CALL: return call(site);
            case FOR_ITER: return forIter(site);
            case UNPACK_SEQUENCE: return unpack(site);
            default: return Specialization.fail("unknown family");
        }
    }

    private static Specialization binaryOp(SiteContext site) {
        Object a = site.operand(0), b = site.operand(1);
        int op = BinaryOps.base(site.oparg());
        if (a instanceof Long && b instanceof Long) {
            if (op == BinaryOps.ADD) return Specialization.of(new NumberHandlers.AddInt());
            if (op == BinaryOps.SUBTRACT) return Specialization.of(new NumberHandlers.SubtractInt());
            return Specialization.fail("int operator");
        }
        if (a instanceof Double && b instanceof Double) {
            if (op == BinaryOps.ADD) return Specialization.of(new NumberHandlers.AddFloat());
            if (op == BinaryOps.MULTIPLY) return Specialization.of(new NumberHandlers.MultiplyFloat());
            return Specialization.fail("float operator");
        }
        if (a instanceof String && b instanceof String && op == BinaryOps.ADD) {
            return Specialization.of(new NumberHandlers.AddUnicode());
        }
        return Specialization.fail("operand types");
    }

    private static Specialization compareOp(SiteContext site) {
        Object a = site.operand(0), b = site.operand(1);
        if (a instanceof Long && b instanceof Long) return Specialization.of(new NumberHandlers.CompareInt(site.oparg()));
        if (a instanceof Double && b instanceof Double) return Specialization.of(new NumberHandlers.CompareFloat(site.oparg()));
        return Specialization.fail("operand types");
    }

    private static Specialization binarySubscr(SiteContext site) {
        Object c = site.operand(0), k = site.operand(1);
        if (c instanceof ListObject && k instanceof Long) return Specialization.of(new ContainerHandlers.SubscrListInt());
        if (c instanceof TupleObject && k instanceof Long) return Specialization.of(new ContainerHandlers.SubscrTupleInt());
        if (c instanceof DictObject) return Specialization.of(new ContainerHandlers.SubscrDict(site.objectModel()));
        return Specialization.fail("container type");
    }

    private static Specialization storeSubscr(SiteContext site) {
        Object c = site.operand(0), k = site.operand(1);
        if (c instanceof ListObject && k instanceof Long) return Specialization.of(new ContainerHandlers.StoreListInt());
        if (c instanceof DictObject) return Specialization.of(new ContainerHandlers.StoreDict());
        return Specialization.fail("container type");
    }

    private static Specialization loadAttr(SiteContext site) {
        Object owner = site.operand(0);
        String name = site.name();
        if (owner instanceof ModuleObject m) {
            int ix = name.startsWith("__") ? -1 : m.namespace().entryIndex(name);
            return ix < 0 ? Specialization.fail("module attribute not in dict")
                    : Specialization.of(new AttributeHandlers.LoadModuleAttr(m, ix));
        }
        if (!(owner instanceof InstanceObject i)) return Specialization.fail("owner not an instance");
        TypeObject type = i.typeObject();
        if (type.hasCustomAttributeAccess()) return Specialization.fail("custom attribute access");
        Shape shape = i.shape();
        if (shape == null) return Specialization.fail("instance dict");
        int ix = shape.indexOf(name);
        if (ix < 0) return Specialization.fail("not an instance attribute");
        Object onClass = type.lookup(name);
        if (onClass != null && site.objectModel().isDataDescriptor(onClass)) return Specialization.fail("data descriptor");
        return Specialization.of(new AttributeHandlers.LoadInstanceValue(type, shape, ix));
    }

    private static Specialization storeAttr(SiteContext site) {
        Object owner = site.operand(0);
        if (!(owner instanceof InstanceObject i)) return Specialization.fail("owner not an instance");
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
        return Specialization.of(new AttributeHandlers.StoreInstanceValue(type, shape, ix));
    }

    private static Specialization loadMethod(SiteContext site) {
        Object owner = site.operand(0);
        String name = site.name();
        if (owner instanceof ModuleObject m) {
            int ix = name.startsWith("__") ? -1 : m.namespace().entryIndex(name);
            return ix < 0 ? Specialization.fail("module attribute not in dict")
                    : Specialization.of(new AttributeHandlers.LoadMethodModule(m, ix));
        }
        if (!(owner instanceof InstanceObject i)) return Specialization.fail("owner not an instance");
        TypeObject type = i.typeObject();
        if (type.hasCustomAttributeAccess()) return Specialization.fail("custom attribute access");
        Shape shape = i.shape();
        if (shape == null) return Specialization.fail("instance dict");
        if (shape.indexOf(name) >= 0) return Specialization.fail("shadowed by instance attribute");
        Object method = type.lookup(name);
        if (method == null || !site.objectModel().isMethod(method)) return Specialization.fail("not a method");
        return Specialization.of(new AttributeHandlers.LoadMethodWithValues(type, shape, method));
    }

    private static Specialization loadGlobal(SiteContext site) {
        DictObject globals = (DictObject) site.operand(0), builtins = (DictObject) site.operand(1);
        int ix = globals.entryIndex(site.name());
        if (ix >= 0) return Specialization.of(new AttributeHandlers.LoadGlobalModule(globals, ix));
        ix = builtins.entryIndex(site.name());
        if (ix >= 0) return Specialization.of(new AttributeHandlers.LoadGlobalBuiltin(globals, builtins, ix));
        return Specialization.fail("name not found");
    }

    private static Specialization call(SiteContext site) {
        if (!site.keywordNames().isEmpty()) return Specialization.fail("keyword arguments");
        Object callable = site.operand(0);
        int count = site.operandCount() - 1;
        if (callable instanceof FunctionObject fn) {
            if (!fn.hasSimpleSignature()) return Specialization.fail("complex signature");
            if (fn.positionalCount() != count) return Specialization.fail("argument count");
            return Specialization.of(new CallHandlers.PyExactArgs(fn));
        }
        Object len = site.objectModel().builtin("len");
        if (callable == len && count == 1) return Specialization.of(new CallHandlers.Len(len));
        return Specialization.fail("callable kind");
    }

    private static Specialization forIter(SiteContext site) {
        Object it = site.operand(0);
        if (it instanceof RangeIteratorObject) return Specialization.of(new ContainerHandlers.ForIterRange());
        if (it instanceof ListIteratorObject) return Specialization.of(new ContainerHandlers.ForIterList());
        return Specialization.fail("iterator type");
    }

    private static Specialization unpack(SiteContext site) {
        Object seq = site.operand(0);
        if (seq instanceof TupleObject t && site.oparg() == 2 && t.size() == 2) {
            return Specialization.of(new ContainerHandlers.UnpackTwoTuple());
        }
        if (seq instanceof ListObject l && l.size() == site.oparg()) {
            return Specialization.of(new ContainerHandlers.UnpackList(site.oparg()));
        }
        return Specialization.fail("sequence type");
    }
}
