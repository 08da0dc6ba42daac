package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** int(str, base) and float(str) on random strings against CPython (errors compared by kind only before the merge). */
class NumbersParseTest {

    @Test
    void randomStringsMatchCPython() throws Exception {
        Random r = new Random(77);
        String alpha = "0123456789_ +-.eExXbBoOafnity\t\u0663";
        int[] bases = {10, 10, 0, 0, 2, 8, 16, 36, 3};
        List<String> in = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            String s;
            if (i % 3 == 0) {
                s = StrMethodsTest.rndStr(r, alpha, 8);
            } else {
                StringBuilder sb = new StringBuilder();
                if (r.nextInt(3) == 0) sb.append(" +-".charAt(r.nextInt(3)));
                if (r.nextInt(3) == 0) sb.append(new String[] {"0x", "0o", "0b", "0X", "0"}[r.nextInt(5)]);
                sb.append(StrMethodsTest.rndStr(r, "0123456789_.e", 1 + r.nextInt(6)));
                if (r.nextInt(5) == 0) sb.append(' ');
                s = sb.toString();
            }
            int base = bases[r.nextInt(bases.length)];
            boolean isFloat = r.nextInt(3) == 0;
            in.add((isFloat ? "f" : "i" + base) + " " + StrMethodsTest.enc(s));
            String res;
            try {
                res = "OK " + Numbers.repr(isFloat ? (Object) IntParsing.parseFloat(s) : IntParsing.parseInt(s, base));
            } catch (PyException e) {
                res = "ERR " + e.value.type.name + ": " + Ops.str(e.value);
            } catch (UnsupportedOperationException e) {
                res = "ERR";
            }
            mine.add(res);
        }
        List<String> out = PythonOracle.run(StrMethodsTest.DECODE
                + "for line in open(sys.argv[1], encoding='utf-8'):\n"
                + "    k, s = line.split()\n"
                + "    s = dec(s)\n"
                + "    try: print('OK ' + repr(float(s) if k == 'f' else int(s, int(k[1:]))))\n"
                + "    except ValueError as e: print('ERR ' + type(e).__name__ + ': ' + str(e))\n", in);
        int bad = 0;
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            boolean same = out.get(i).equals(mine.get(i))
                    || (!PythonOracle.errorsAvailable() && out.get(i).startsWith("ERR") && mine.get(i).startsWith("ERR"));
            if (!same && bad++ < 15)
                msg.append(in.get(i)).append(": python ").append(out.get(i)).append(" / specula ").append(mine.get(i)).append('\n');
        }
        assertEquals(0, bad, msg.toString());
        long ok = out.stream().filter(x -> x.startsWith("OK")).count();
        org.junit.jupiter.api.Assertions.assertTrue(ok > in.size() / 5, "too few valid samples: " + ok);
    }
}
