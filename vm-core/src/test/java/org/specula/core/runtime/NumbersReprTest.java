package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Float repr/str against CPython over many random doubles, and fixed edge cases. */
class NumbersReprTest {

    @Test
    void edgeCases() {
        assertEquals("1.0", Numbers.repr(1.0));
        assertEquals("100.0", Numbers.repr(100.0));
        assertEquals("0.0001", Numbers.repr(0.0001));
        assertEquals("1e-05", Numbers.repr(0.00001));
        assertEquals("1.5e-05", Numbers.repr(1.5e-5));
        assertEquals("1e-07", Numbers.repr(1e-7));
        assertEquals("1e+16", Numbers.repr(1e16));
        assertEquals("1000000000000000.0", Numbers.repr(1e15));
        assertEquals("inf", Numbers.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Numbers.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", Numbers.repr(Double.NaN));
        assertEquals("-0.0", Numbers.repr(-0.0));
        assertEquals("0.1", Numbers.repr(0.1));
        assertEquals("0.30000000000000004", Numbers.repr(0.1 + 0.2));
        assertEquals("5e-324", Numbers.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Numbers.repr(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", Numbers.repr(Double.MIN_NORMAL));
        assertEquals("2.82879384806159e+17", Numbers.repr(2.82879384806159E17));
        assertEquals("1.9400994884341945e+25", Numbers.repr(1.9400994884341945E25));
        assertEquals("9007199254740993", Numbers.repr(new java.math.BigInteger("9007199254740993")));
        assertEquals("-5", Numbers.repr(-5L));
        assertEquals("True", Numbers.repr(true));
    }

    @Test
    void randomDoublesMatchCPython() throws Exception {
        Random rnd = new Random(12345);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 6000; i++) values.add(Double.longBitsToDouble(rnd.nextLong()));
        for (int i = 0; i < 3000; i++) values.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20));
        for (int i = 0; i < 2000; i++) values.add((double) Math.round(rnd.nextDouble() * 1e6) / Math.pow(10, rnd.nextInt(12)));
        for (int i = 0; i < 1000; i++) values.add(Math.scalb(1.0, rnd.nextInt(2098) - 1074));
        for (int i = 0; i < 500; i++) values.add((double) rnd.nextLong());
        for (int i = 0; i < 500; i++) values.add(Double.longBitsToDouble(rnd.nextInt(1 << 20)));
        List<String> in = new ArrayList<>();
        for (double d : values) in.add(Long.toString(Double.doubleToRawLongBits(d)));
        List<String> out = PythonOracle.run(
                "import sys, struct\n"
                        + "for line in open(sys.argv[1]):\n"
                        + "    print(repr(struct.unpack('<d', struct.pack('<q', int(line)))[0]))\n", in);
        assertEquals(values.size(), out.size());
        int bad = 0;
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String mine = Numbers.repr(values.get(i));
            if (!mine.equals(out.get(i))) {
                if (bad++ < 10) msg.append(out.get(i)).append(" != ").append(mine).append('\n');
            }
        }
        assertEquals(0, bad, msg.toString());
    }

    @Test
    void hashesMatchCPython() throws Exception {
        Random rnd = new Random(7);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) values.add(Double.longBitsToDouble(rnd.nextLong()));
        for (int i = 0; i < 300; i++) values.add(rnd.nextLong());
        for (int i = 0; i < 200; i++) values.add(new java.math.BigInteger(200, rnd).subtract(java.math.BigInteger.ONE.shiftLeft(199)));
        values.add(-1L); values.add(-2L); values.add(Long.MIN_VALUE); values.add(Long.MAX_VALUE); values.add(-1.0);
        values.add(Double.POSITIVE_INFINITY); values.add(Double.NEGATIVE_INFINITY); values.add(0.5); values.add(-0.0);
        values.add((1L << 61) - 1); values.add(1L << 61); values.add(Math.scalb(1.0, -1074)); values.add(1e300);
        List<String> in = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Double) in.add("f" + Double.doubleToRawLongBits((Double) v));
            else in.add("i" + v);
        }
        List<String> out = PythonOracle.run(
                "import sys, struct\n"
                        + "for line in open(sys.argv[1]):\n"
                        + "    v = struct.unpack('<d', struct.pack('<q', int(line[1:])))[0] if line[0] == 'f' else int(line[1:])\n"
                        + "    print(hash(v))\n", in);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Double && Double.isNaN((Double) v)) continue;
            assertEquals(out.get(i), Long.toString(Numbers.hash(v)), "hash of " + v);
        }
    }
}
