package org.specula.spec.binop;

import org.specula.api.object.DictObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.SetObject;
import org.specula.api.object.TupleObject;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The arithmetic, comparison, subscript and membership specializations, after CPython 3.11's
 * ({@code Python/specialize.c}): BINARY_OP on exact ints, floats (and an int mixed with a float)
 * and strs, COMPARE_OP on two ints, floats or strs, BINARY_SUBSCR on list[int], tuple[int],
 * dict and str[int], STORE_SUBSCR on list[int] and dict, CONTAINS_OP on dict, set and
 * frozenset. Every handler guards on exact Java classes, so an instance of a subclass (an
 * {@code InstanceObject}) and a bool (a {@code Boolean}) take the generic path. Compiled against
 * vm-api alone.
 */
public final class BinopSpecializer implements Specializer {
    // handlers without state are shared by every site
    private static final BinaryOpHandler[] INT = new BinaryOpHandler[BinaryOps.INPLACE];
    private static final BinaryOpHandler[] FLOAT = new BinaryOpHandler[BinaryOps.INPLACE];
    private static final BinaryOpHandler[] MIXED = new BinaryOpHandler[BinaryOps.INPLACE];

    static {
        INT[BinaryOps.ADD] = new IntOps.Add();
        INT[BinaryOps.SUBTRACT] = new IntOps.Subtract();
        INT[BinaryOps.MULTIPLY] = new IntOps.Multiply();
        INT[BinaryOps.FLOOR_DIVIDE] = new IntOps.FloorDivide();
        INT[BinaryOps.REMAINDER] = new IntOps.Remainder();
        INT[BinaryOps.TRUE_DIVIDE] = new IntOps.TrueDivide();
        INT[BinaryOps.AND] = new IntOps.And();
        INT[BinaryOps.OR] = new IntOps.Or();
        INT[BinaryOps.XOR] = new IntOps.Xor();
        FLOAT[BinaryOps.ADD] = new FloatOps.Add();
        FLOAT[BinaryOps.SUBTRACT] = new FloatOps.Subtract();
        FLOAT[BinaryOps.MULTIPLY] = new FloatOps.Multiply();
        FLOAT[BinaryOps.TRUE_DIVIDE] = new FloatOps.TrueDivide();
        MIXED[BinaryOps.ADD] = new FloatOps.AddMixed();
        MIXED[BinaryOps.SUBTRACT] = new FloatOps.SubtractMixed();
        MIXED[BinaryOps.MULTIPLY] = new FloatOps.MultiplyMixed();
        MIXED[BinaryOps.TRUE_DIVIDE] = new FloatOps.TrueDivideMixed();
    }

    private static final StrOps.Add ADD_UNICODE = new StrOps.Add();
    private static final ContainerOps.SubscrListInt SUBSCR_LIST_INT = new ContainerOps.SubscrListInt();
    private static final ContainerOps.SubscrTupleInt SUBSCR_TUPLE_INT = new ContainerOps.SubscrTupleInt();
    private static final ContainerOps.StoreListInt STORE_LIST_INT = new ContainerOps.StoreListInt();
    private static final ContainerOps.StoreDict STORE_DICT = new ContainerOps.StoreDict();
    private static final ContainerOps.ContainsDict CONTAINS_DICT = new ContainerOps.ContainsDict();
    private static final ContainerOps.ContainsSet CONTAINS_SET = new ContainerOps.ContainsSet();

    /** For ServiceLoader. */
    public BinopSpecializer() {}

    @Override public String id() { return "binop"; }

    @Override public Set<Family> families() {
        return EnumSet.of(Family.BINARY_OP, Family.COMPARE_OP, Family.BINARY_SUBSCR, Family.STORE_SUBSCR,
                Family.CONTAINS_OP);
    }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        switch (site.family()) {
            case BINARY_OP: return binaryOp(site);
            case COMPARE_OP: return compareOp(site);
            case BINARY_SUBSCR: return binarySubscr(site);
            case STORE_SUBSCR: return storeSubscr(site);
            case CONTAINS_OP: return containsOp(site);
            default: return Specialization.fail("family not served");
        }
    }

    /** In-place operators use the plain operator's handler: int, float and str have no {@code __iadd__} etc. */
    private static Specialization binaryOp(SiteContext site) {
        Object a = site.operand(0), b = site.operand(1);
        int op = BinaryOps.base(site.oparg());
        BinaryOpHandler[] table;
        if (a instanceof Long && b instanceof Long) {
            table = INT;
        } else if (a instanceof Double && b instanceof Double) {
            table = FLOAT;
        } else if (FloatOps.mixed(a, b)) {
            table = MIXED;
        } else if (a instanceof String && b instanceof String) {
            return op == BinaryOps.ADD ? Specialization.of(ADD_UNICODE) : Specialization.fail("str operator");
        } else {
            return Specialization.fail("operand types");
        }
        BinaryOpHandler h = table[op];
        return h != null ? Specialization.of(h) : Specialization.fail("operator");
    }

    private static Specialization compareOp(SiteContext site) {
        Object a = site.operand(0), b = site.operand(1);
        int op = site.oparg();
        if (a instanceof Long && b instanceof Long) return Specialization.of(new CompareOps.Int(op));
        if (a instanceof Double && b instanceof Double) return Specialization.of(new CompareOps.Float(op));
        if (a instanceof String && b instanceof String) return Specialization.of(new CompareOps.Str(op));
        return Specialization.fail("operand types");
    }

    private static Specialization binarySubscr(SiteContext site) {
        Object c = site.operand(0), k = site.operand(1);
        if (c instanceof DictObject) return Specialization.of(new ContainerOps.SubscrDict(site.objectModel()));
        if (!(k instanceof Long)) return Specialization.fail("index not int");
        if (c instanceof ListObject) return Specialization.of(SUBSCR_LIST_INT);
        if (c instanceof TupleObject) return Specialization.of(SUBSCR_TUPLE_INT);
        if (c instanceof String) return Specialization.of(new StrOps.SubscrInt(site.objectModel()));
        return Specialization.fail("container type");
    }

    private static Specialization storeSubscr(SiteContext site) {
        Object c = site.operand(0), k = site.operand(1);
        if (c instanceof DictObject) return Specialization.of(STORE_DICT);
        if (c instanceof ListObject) {
            return k instanceof Long ? Specialization.of(STORE_LIST_INT) : Specialization.fail("index not int");
        }
        return Specialization.fail("container type");
    }

    private static Specialization containsOp(SiteContext site) {
        Object c = site.operand(1);
        if (c instanceof DictObject) return Specialization.of(CONTAINS_DICT);
        if (c instanceof SetObject) return Specialization.of(CONTAINS_SET);
        return Specialization.fail("container type");
    }
}
