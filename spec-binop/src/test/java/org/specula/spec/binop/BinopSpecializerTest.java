package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.CoreObjectModel;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PySet;
import org.specula.core.runtime.PyTuple;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.math.BigInteger;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which handler the specializer chooses for the operands a site sees, and what it declines. */
class BinopSpecializerTest {
    record Site(Family family, int oparg, Object... operands) implements SiteContext {
        @Override public String name() { return null; }
        @Override public int operandCount() { return operands.length; }
        @Override public Object operand(int i) { return operands[i]; }
        @Override public List<String> keywordNames() { return List.of(); }
        @Override public List<Object> constants() { return List.of(); }
        @Override public String codeName() { return "f"; }
        @Override public String filename() { return "test.py"; }
        @Override public int line() { return 1; }
        @Override public ObjectModel objectModel() { return CoreObjectModel.INSTANCE; }
    }

    static final BinopSpecializer SPECIALIZER = new BinopSpecializer();

    static String chosen(Family family, int oparg, Object... operands) {
        Specialization s = SPECIALIZER.specialize(new Site(family, oparg, operands));
        if (!s.succeeded()) return "fail: " + s.reason();
        assertTrue(family.handlerType().isInstance(s.handler()), s.handler().name());
        return s.handler().name();
    }

    @Test
    void registeredForServiceLoader() {
        boolean found = false;
        for (Specializer s : ServiceLoader.load(Specializer.class)) found |= s instanceof BinopSpecializer;
        assertTrue(found);
        assertEquals("binop", SPECIALIZER.id());
        assertEquals(Specializer.SPI_VERSION, SPECIALIZER.spiVersion());
    }

    @Test
    void binaryOpByOperandTypesAndOperator() {
        assertEquals("BINARY_OP_ADD_INT", chosen(Family.BINARY_OP, BinaryOps.ADD, 1L, 2L));
        assertEquals("BINARY_OP_ADD_INT", chosen(Family.BINARY_OP, BinaryOps.ADD + BinaryOps.INPLACE, 1L, 2L));
        assertEquals("BINARY_OP_SUBTRACT_INT", chosen(Family.BINARY_OP, BinaryOps.SUBTRACT, 1L, 2L));
        assertEquals("BINARY_OP_MULTIPLY_INT", chosen(Family.BINARY_OP, BinaryOps.MULTIPLY, 1L, 2L));
        assertEquals("BINARY_OP_FLOOR_DIVIDE_INT", chosen(Family.BINARY_OP, BinaryOps.FLOOR_DIVIDE, 1L, 2L));
        assertEquals("BINARY_OP_REMAINDER_INT", chosen(Family.BINARY_OP, BinaryOps.REMAINDER + BinaryOps.INPLACE, 1L, 2L));
        assertEquals("BINARY_OP_TRUE_DIVIDE_INT", chosen(Family.BINARY_OP, BinaryOps.TRUE_DIVIDE, 1L, 2L));
        assertEquals("BINARY_OP_AND_INT", chosen(Family.BINARY_OP, BinaryOps.AND, 1L, 2L));
        assertEquals("BINARY_OP_MULTIPLY_FLOAT", chosen(Family.BINARY_OP, BinaryOps.MULTIPLY, 1.0, 2.0));
        assertEquals("BINARY_OP_TRUE_DIVIDE_FLOAT", chosen(Family.BINARY_OP, BinaryOps.TRUE_DIVIDE, 1.0, 2.0));
        assertEquals("BINARY_OP_MULTIPLY_FLOAT_INT", chosen(Family.BINARY_OP, BinaryOps.MULTIPLY, 1.0, 2L));
        assertEquals("BINARY_OP_TRUE_DIVIDE_FLOAT_INT", chosen(Family.BINARY_OP, BinaryOps.TRUE_DIVIDE, 1L, 2.0));
        assertEquals("BINARY_OP_ADD_UNICODE", chosen(Family.BINARY_OP, BinaryOps.ADD + BinaryOps.INPLACE, "a", "b"));
        assertEquals("fail: str operator", chosen(Family.BINARY_OP, BinaryOps.MULTIPLY, "a", "b"));
        assertEquals("fail: operator", chosen(Family.BINARY_OP, BinaryOps.POWER, 1L, 2L));
        assertEquals("fail: operator", chosen(Family.BINARY_OP, BinaryOps.REMAINDER, 1.0, 2.0));
        // bool and big int are not exact ints
        assertEquals("fail: operand types", chosen(Family.BINARY_OP, BinaryOps.ADD, Boolean.TRUE, 1L));
        assertEquals("fail: operand types", chosen(Family.BINARY_OP, BinaryOps.ADD, BigInteger.TEN, 1L));
        assertEquals("fail: operand types", chosen(Family.BINARY_OP, BinaryOps.ADD, new PyList(), new PyList()));
    }

    @Test
    void compareOpByOperandTypes() {
        assertEquals("COMPARE_OP_INT", chosen(Family.COMPARE_OP, 0, 1L, 2L));
        assertEquals("COMPARE_OP_FLOAT", chosen(Family.COMPARE_OP, 2, 1.0, Double.NaN));
        assertEquals("COMPARE_OP_STR", chosen(Family.COMPARE_OP, 3, "a", "b"));
        assertEquals("fail: operand types", chosen(Family.COMPARE_OP, 0, 1L, 2.0));
        assertEquals("fail: operand types", chosen(Family.COMPARE_OP, 0, Boolean.FALSE, 2L));
    }

    @Test
    void subscriptsStoresAndMembership() {
        assertEquals("BINARY_SUBSCR_LIST_INT", chosen(Family.BINARY_SUBSCR, 0, new PyList(), 0L));
        assertEquals("BINARY_SUBSCR_TUPLE_INT", chosen(Family.BINARY_SUBSCR, 0, new PyTuple(1L), -1L));
        assertEquals("BINARY_SUBSCR_STR_INT", chosen(Family.BINARY_SUBSCR, 0, "abc", 1L));
        // any int index of any str: far into a long string and past a surrogate pair too (the
        // object model indexes code points as the generic subscript does)
        String long1000 = "x".repeat(1000);
        assertEquals("BINARY_SUBSCR_STR_INT", chosen(Family.BINARY_SUBSCR, 0, long1000, -1L));
        assertEquals("BINARY_SUBSCR_STR_INT", chosen(Family.BINARY_SUBSCR, 0, long1000, 500L));
        assertEquals("BINARY_SUBSCR_STR_INT", chosen(Family.BINARY_SUBSCR, 0, "a\uD83D\uDE00b", 2L));
        assertEquals("BINARY_SUBSCR_DICT", chosen(Family.BINARY_SUBSCR, 0, new PyDict(), "k"));
        assertEquals("fail: index not int", chosen(Family.BINARY_SUBSCR, 0, new PyList(), Boolean.TRUE));
        assertEquals("fail: container type", chosen(Family.BINARY_SUBSCR, 0, 5L, 1L));
        assertEquals("STORE_SUBSCR_LIST_INT", chosen(Family.STORE_SUBSCR, 0, new PyList(), 0L, "v"));
        assertEquals("STORE_SUBSCR_DICT", chosen(Family.STORE_SUBSCR, 0, new PyDict(), 0L, "v"));
        assertEquals("fail: index not int", chosen(Family.STORE_SUBSCR, 0, new PyList(), "k", "v"));
        assertEquals("fail: container type", chosen(Family.STORE_SUBSCR, 0, new PyTuple(), 0L, "v"));
        assertEquals("CONTAINS_OP_DICT", chosen(Family.CONTAINS_OP, 0, "k", new PyDict()));
        assertEquals("CONTAINS_OP_DICT", chosen(Family.CONTAINS_OP, 1, "k", new PyDict()));
        assertEquals("fail: container type", chosen(Family.CONTAINS_OP, 0, "k", new PyList()));
        assertEquals("CONTAINS_OP_SET", chosen(Family.CONTAINS_OP, 0, "k", new PySet(false)));
        assertEquals("CONTAINS_OP_SET", chosen(Family.CONTAINS_OP, 1, new PyList(), new PySet(true)));
        PyType mySet = PyType.newClass("MySet", new PyType[] {Types.SET}, new PyDict());
        assertEquals("fail: container type", chosen(Family.CONTAINS_OP, 0, 1L, Ops.call(mySet)));
    }

    @Test
    void familiesNotServedAreDeclined() {
        assertFalse(SPECIALIZER.families().contains(Family.LOAD_ATTR));
        assertEquals("fail: family not served", chosen(Family.LOAD_ATTR, 0, new PyList()));
    }
}
