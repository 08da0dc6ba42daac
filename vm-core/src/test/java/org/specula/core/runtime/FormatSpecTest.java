package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** format(value, spec) against CPython over a random sample of the spec cross product. */
class FormatSpecTest {

    static final Object[] VALUES = {0L, 1L, -1L, 7L, 42L, 1234567L, -9876543210L, new BigInteger("1180591620717411303424"),
            255L, Long.MIN_VALUE, 0.0, -0.0, 1.5, -2.675, 1234567.891, 1e-5, 1e16, 3.14159, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 123456789.0, 5e-324, 1e300, 0.5, 2.5, -0.0004,
            99.995, 1e22, "", "abc", "h\u00e9llo", "x\ud83d\ude00y", true, false};

    static String encode(Object v) {
        if (v instanceof Double) return "f" + Double.doubleToRawLongBits((Double) v);
        if (v instanceof Boolean) return "b" + ((Boolean) v ? "True" : "False");
        if (v instanceof String) {
            StringBuilder sb = new StringBuilder("s");
            ((String) v).codePoints().forEach(c -> sb.append(c).append(','));
            return sb.toString();
        }
        return "i" + v;
    }

    static final String DECODE = "import sys, struct\n"
            + "def dec(t):\n"
            + "    k, v = t[0], t[1:]\n"
            + "    if k == 'f': return struct.unpack('<d', struct.pack('<q', int(v)))[0]\n"
            + "    if k == 'b': return v == 'True'\n"
            + "    if k == 's': return ''.join(chr(int(c)) for c in v.split(',') if c)\n"
            + "    return int(v)\n";

    @Test
    void crossProductMatchesCPython() throws Exception {
        String[] aligns = {"", "<", ">", "^", "=", "*^", "0=", "x<"};
        String[] signs = {"", "+", " ", "-"};
        String[] zs = {"", "", "", "z"};
        String[] alts = {"", "#"};
        String[] zeros = {"", "0"};
        String[] widths = {"", "1", "8", "15"};
        String[] groups = {"", ",", "_"};
        String[] precs = {"", ".0", ".1", ".3", ".12", ".20"};
        String[] types = {"", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s"};
        Random rnd = new Random(99);
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            specs.add(aligns[rnd.nextInt(aligns.length)] + signs[rnd.nextInt(signs.length)] + zs[rnd.nextInt(zs.length)]
                    + alts[rnd.nextInt(alts.length)] + zeros[rnd.nextInt(zeros.length)] + widths[rnd.nextInt(widths.length)]
                    + groups[rnd.nextInt(groups.length)] + precs[rnd.nextInt(precs.length)] + types[rnd.nextInt(types.length)]);
        }
        List<String> in = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        List<String> sps = new ArrayList<>();
        for (String spec : specs) {
            for (int k = 0; k < 6; k++) {
                Object v = VALUES[rnd.nextInt(VALUES.length)];
                in.add(encode(v) + "\t" + spec);
                vals.add(v);
                sps.add(spec);
            }
        }
        List<String> out = PythonOracle.run(DECODE
                + "for line in open(sys.argv[1], encoding='utf-8'):\n"
                + "    t, spec = line.rstrip('\\n').split('\\t')\n"
                + "    try: print('OK ' + ascii(format(dec(t), spec)))\n"
                + "    except Exception as e: print('ERR ' + type(e).__name__ + ': ' + str(e))\n", in);
        assertEquals(in.size(), out.size());
        boolean errs = PythonOracle.errorsAvailable();
        int bad = 0;
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            String expected = out.get(i), mine;
            try {
                mine = "OK " + StrMethods.asciiOf(Formatter.format(vals.get(i), sps.get(i)));
            } catch (PyException e) {
                mine = "ERR " + e.value.type.name + ": " + Ops.str(e.value);
            } catch (UnsupportedOperationException e) {
                mine = "ERR (Errors not implemented in this tree)";
            }
            boolean ok = expected.equals(mine) || (!errs && expected.startsWith("ERR") && mine.startsWith("ERR"));
            if (!ok && bad++ < 15) msg.append("format(").append(StrMethods.reprOf(vals.get(i))).append(", '").append(sps.get(i))
                    .append("'): python ").append(expected).append(" / specula ").append(mine).append('\n');
        }
        assertEquals(0, bad, msg.toString());
    }

    @Test
    void fixedCases() {
        assertEquals("00,001,234", Formatter.format(1234L, "010,"));
        assertEquals("0_04d2", Formatter.format(1234L, "05_x"));
        assertEquals("-01,234.5", Formatter.format(-1234.5, "09,.1f"));
        assertEquals("3.0", Formatter.format(3.0, ".3"));
        assertEquals("1e+16", Formatter.format(1e16, ""));
        assertEquals("10000000000000000.0", Formatter.format(1e16, ".20"));
        assertEquals("+      5", Formatter.format(5L, "=+8"));
        assertEquals("0000000nan", Formatter.format(Double.NaN, "010"));
        assertEquals("   a   ", Formatter.format("ab", "^7.1"));
        assertEquals("150.00%", Formatter.format(1.5, ",.2%"));
        assertEquals("1", Formatter.format(true, "d"));
        assertEquals("True", Formatter.format(true, ""));
        assertEquals("0.0", Formatter.format(-0.0, "z"));
        assertEquals("2.67", Formatter.format(2.675, ".2f"));
    }

    @Test
    void fixedPrecisionMatchesCPython() throws Exception {
        Random r = new Random(31);
        List<String> in = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            double d;
            switch (i % 4) {
                case 0: d = r.nextDouble() * Math.pow(10, r.nextInt(16) - 6); break;
                case 1: d = (r.nextInt(100000) + 0.5) / Math.pow(10, r.nextInt(6)); break;
                case 2: d = r.nextInt(1 << 20) / (double) (1 << r.nextInt(20)); break;
                default: d = Double.longBitsToDouble(r.nextLong() & 0x7FFFFFFFFFFFFFFFL) % 1e6; break;
            }
            if (r.nextBoolean()) d = -d;
            int p = r.nextInt(21);
            in.add(Double.doubleToRawLongBits(d) + " " + p);
            mine.add(Formatter.format(d, "." + p + "f"));
        }
        List<String> out = PythonOracle.run("import sys, struct\nfor line in open(sys.argv[1]):\n    b, p = line.split()\n"
                + "    d = struct.unpack('<d', struct.pack('<q', int(b)))[0]\n    print(format(d, '.' + p + 'f'))\n", in);
        for (int i = 0; i < in.size(); i++) assertEquals(out.get(i), mine.get(i), in.get(i));
    }
}
