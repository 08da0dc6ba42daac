package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.core.adaptive.CoreObjectModel;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every arithmetic, comparison and str handler against the generic operation of the core
 * ({@code Ops}), over edge values: wherever a handler answers, its answer is the generic one
 * (same Java class, same bits for a float), in-place operators included; where the generic
 * operation raises, the handler misses; a bool, a big int or another type always misses.
 */
class HandlersAgreeWithGenericTest {
    static final List<Object> INTS = List.of(0L, 1L, -1L, 2L, 3L, -3L, 7L, -7L, 10L, 1L << 32, -(1L << 32),
            3037000499L, 3037000500L, -3037000500L, 1L << 53, (1L << 53) + 1, -(1L << 53), -(1L << 53) - 1,
            Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1);
    static final List<Object> FLOATS = List.of(0.0, -0.0, 1.0, 1.5, -2.5, 3.0, 0.1, 1e308, -1e308, 5e-324,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740993.0);
    static final List<Object> OTHERS = List.of(Boolean.TRUE, Boolean.FALSE, BigInteger.ONE.shiftLeft(64),
            BigInteger.ONE.shiftLeft(64).negate(), "ab", "", "\u00e9", "a\ud83d\ude00b");

    static List<Object> values() {
        List<Object> all = new ArrayList<>(INTS);
        all.addAll(FLOATS);
        all.addAll(OTHERS);
        return all;
    }

    static final Map<String, Integer> OPERATORS = Map.ofEntries(
            Map.entry("ADD", BinaryOps.ADD), Map.entry("SUBTRACT", BinaryOps.SUBTRACT),
            Map.entry("MULTIPLY", BinaryOps.MULTIPLY), Map.entry("TRUE_DIVIDE", BinaryOps.TRUE_DIVIDE),
            Map.entry("FLOOR_DIVIDE", BinaryOps.FLOOR_DIVIDE), Map.entry("REMAINDER", BinaryOps.REMAINDER),
            Map.entry("AND", BinaryOps.AND), Map.entry("OR", BinaryOps.OR), Map.entry("XOR", BinaryOps.XOR));

    /** The operator of a handler, from its name (BINARY_OP_TRUE_DIVIDE_FLOAT_INT: TRUE_DIVIDE). */
    static int operator(BinaryOpHandler h) {
        String rest = h.name().substring("BINARY_OP_".length());
        for (Map.Entry<String, Integer> e : OPERATORS.entrySet()) {
            if (rest.startsWith(e.getKey() + "_")) return e.getValue();
        }
        throw new AssertionError("no operator in " + h.name());
    }

    static List<BinaryOpHandler> binaryHandlers() {
        return List.of(new IntOps.Add(), new IntOps.Subtract(), new IntOps.Multiply(), new IntOps.FloorDivide(),
                new IntOps.Remainder(), new IntOps.TrueDivide(), new IntOps.And(), new IntOps.Or(), new IntOps.Xor(),
                new FloatOps.Add(), new FloatOps.Subtract(), new FloatOps.Multiply(), new FloatOps.TrueDivide(),
                new FloatOps.AddMixed(), new FloatOps.SubtractMixed(), new FloatOps.MultiplyMixed(),
                new FloatOps.TrueDivideMixed(), new StrOps.Add());
    }

    /** The generic result, or the Python exception it raised. */
    static Object generic(java.util.function.Supplier<Object> op) {
        try {
            return op.get();
        } catch (PyException e) {
            return e;
        }
    }

    static void assertSameValue(Object expected, Object actual, String what) {
        if (expected instanceof PyException e) fail(what + ": the handler answered " + actual + " where the generic operation raised " + e);
        assertEquals(expected.getClass(), actual.getClass(), what + ": class");
        if (expected instanceof Double d) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) actual), what + ": " + expected + " vs " + actual);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    @Test
    void binaryOpHandlersAnswerAsTheGenericOperationDoes() {
        int hits = 0;
        for (BinaryOpHandler h : binaryHandlers()) {
            int op = operator(h);
            for (Object a : values()) {
                for (Object b : values()) {
                    Object r = h.apply(a, b);
                    String what = h.name() + "(" + Ops.repr(a) + ", " + Ops.repr(b) + ")";
                    boolean exactOperands = (a instanceof Long || a instanceof Double || a instanceof String)
                            && (b instanceof Long || b instanceof Double || b instanceof String);
                    if (!exactOperands) assertSame(SpecializedOp.MISS, r, what + " must miss");
                    if (r == SpecializedOp.MISS) continue;
                    hits++;
                    assertSameValue(generic(() -> Ops.binaryOp(op, a, b)), r, what);
                    assertSameValue(generic(() -> Ops.binaryOp(op + BinaryOps.INPLACE, a, b)), r, what + " in place");
                }
            }
        }
        assertTrue(hits > 2000, "hits: " + hits);
    }

    @Test
    void eachBinaryOpHandlerTakesItsOwnOperandsOnly() {
        for (BinaryOpHandler h : binaryHandlers()) {
            String n = h.name();
            for (Object a : values()) {
                for (Object b : values()) {
                    boolean hit = h.apply(a, b) != SpecializedOp.MISS;
                    if (!hit) continue;
                    if (n.endsWith("_FLOAT_INT")) {
                        assertTrue(a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double, n);
                    } else if (n.endsWith("_INT")) {
                        assertTrue(a instanceof Long && b instanceof Long, n);
                    } else if (n.endsWith("_FLOAT")) {
                        assertTrue(a instanceof Double && b instanceof Double, n);
                    } else {
                        assertTrue(a instanceof String && b instanceof String, n);
                    }
                }
            }
        }
    }

    @Test
    void intResultsOutsideTheLongRangeAreTheGenericBigInts() {
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), new IntOps.Add().apply(Long.MAX_VALUE, 1L));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), new IntOps.Subtract().apply(Long.MIN_VALUE, 1L));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), new IntOps.Multiply().apply(Long.MIN_VALUE, -1L));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), new IntOps.FloorDivide().apply(Long.MIN_VALUE, -1L));
        // results that fit stay Longs
        assertEquals(Long.MIN_VALUE, new IntOps.Subtract().apply(-1L, Long.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, new IntOps.Multiply().apply(1L << 62, -2L));
    }

    @Test
    void pythonSignRulesForFloorDivisionAndRemainder() {
        assertEquals(-4L, new IntOps.FloorDivide().apply(-7L, 2L));
        assertEquals(-4L, new IntOps.FloorDivide().apply(7L, -2L));
        assertEquals(3L, new IntOps.FloorDivide().apply(-7L, -2L));
        assertEquals(1L, new IntOps.Remainder().apply(-7L, 2L));
        assertEquals(-1L, new IntOps.Remainder().apply(7L, -2L));
        assertEquals(-1L, new IntOps.Remainder().apply(-7L, -2L));
    }

    @Test
    void zeroDivisorsMissSoThatTheGenericOperationRaises() {
        for (BinaryOpHandler h : List.of(new IntOps.FloorDivide(), new IntOps.Remainder(), new IntOps.TrueDivide())) {
            assertSame(SpecializedOp.MISS, h.apply(1L, 0L), h.name());
        }
        assertSame(SpecializedOp.MISS, new FloatOps.TrueDivide().apply(1.0, 0.0));
        assertSame(SpecializedOp.MISS, new FloatOps.TrueDivide().apply(1.0, -0.0));
        assertSame(SpecializedOp.MISS, new FloatOps.TrueDivideMixed().apply(1.0, 0L));
        assertSame(SpecializedOp.MISS, new FloatOps.TrueDivideMixed().apply(1L, 0.0));
    }

    @Test
    void compareOpHandlersAnswerAsTheGenericComparisonDoes() {
        int hits = 0;
        for (int op = 0; op <= 5; op++) {
            int cmp = op;
            for (CompareOpHandler h : List.of(new CompareOps.Int(op), new CompareOps.Float(op), new CompareOps.Str(op))) {
                for (Object a : values()) {
                    for (Object b : values()) {
                        Object r = h.apply(a, b);
                        if (r == SpecializedOp.MISS) continue;
                        hits++;
                        String what = h.name() + "/" + op + "(" + Ops.repr(a) + ", " + Ops.repr(b) + ")";
                        Object g = generic(() -> Ops.compare(cmp, a, b));
                        assertSame(g, r, what);
                    }
                }
            }
        }
        assertTrue(hits > 1000, "hits: " + hits);
    }

    @Test
    void floatComparisonsFollowIeee() {
        CompareOpHandler eq = new CompareOps.Float(org.specula.api.spi.CompareOps.EQ);
        CompareOpHandler ne = new CompareOps.Float(org.specula.api.spi.CompareOps.NE);
        CompareOpHandler lt = new CompareOps.Float(org.specula.api.spi.CompareOps.LT);
        assertSame(Boolean.FALSE, eq.apply(Double.NaN, Double.NaN));
        assertSame(Boolean.TRUE, ne.apply(Double.NaN, Double.NaN));
        assertSame(Boolean.FALSE, lt.apply(Double.NaN, 1.0));
        assertSame(Boolean.TRUE, eq.apply(-0.0, 0.0));
        assertSame(SpecializedOp.MISS, eq.apply(1.0, 1L));
    }

    @Test
    void strComparisonsOrderByCodePoint() {
        CompareOpHandler lt = new CompareOps.Str(org.specula.api.spi.CompareOps.LT);
        // U+FFFF sorts before U+1F600, although its UTF-16 unit is above the surrogate
        assertSame(Boolean.TRUE, lt.apply("\uffff", "\ud83d\ude00"));
        assertSame(Boolean.TRUE, lt.apply("ab", "abc"));
        assertSame(Boolean.FALSE, lt.apply("b", "abc"));
    }

    @Test
    void strIndexingAnswersAsTheGenericSubscriptDoes() {
        BinarySubscrHandler h = new StrOps.SubscrInt(CoreObjectModel.INSTANCE);
        String longAscii = "x".repeat(300) + "y";
        String longAstral = "a".repeat(200) + "\ud83d\ude00" + "b".repeat(200);
        List<String> strings = List.of("", "a", "h\u00e9llo", "a\ud83d\ude00b", "\ud83d\ude00", longAscii, longAstral);
        List<Object> keys = new ArrayList<>();
        for (long i = -8; i <= 8; i++) keys.add(i);
        keys.addAll(List.of(199L, 200L, 201L, 255L, 256L, 300L, 400L, 401L, -200L, -201L, -255L, -256L, -301L, -401L,
                -402L, Long.MAX_VALUE, Long.MIN_VALUE, Boolean.TRUE, BigInteger.ONE.shiftLeft(70), 1.0));
        int hits = 0;
        for (String s : strings) {
            for (Object k : keys) {
                Object r = h.apply(s, k);
                Object g = generic(() -> Ops.getItem(s, k));
                if (r == SpecializedOp.MISS) {
                    // only what is not an int, and an index out of range (the generic IndexError)
                    assertTrue(!(k instanceof Long) || g instanceof PyException, "missed str[" + k + "] of " + Ops.repr(s));
                    continue;
                }
                hits++;
                assertTrue(k instanceof Long, "key " + k);
                assertSameValue(g, r, "str[" + k + "] of " + Ops.repr(s));
            }
        }
        assertTrue(hits > 60, "hits: " + hits);
        assertEquals("\ud83d\ude00", h.apply("a\ud83d\ude00b", 1L));
        assertEquals("b", h.apply("a\ud83d\ude00b", 2L));
        assertEquals("b", h.apply(longAstral, 201L));
        assertEquals("y", h.apply(longAscii, 300L));
        assertSame(SpecializedOp.MISS, h.apply(longAscii, 301L));
    }

    @Test
    void strConcatenationIsTheGenericOne() {
        assertEquals("ab\u00e9", new StrOps.Add().apply("ab", "\u00e9"));
        assertSame(SpecializedOp.MISS, new StrOps.Add().apply("ab", 1L));
    }
}
