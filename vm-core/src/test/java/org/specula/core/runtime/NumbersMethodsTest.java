package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** int/float/bool methods (results and argument errors) against CPython; needs Types and Errors (after merge). */
class NumbersMethodsTest {

    @Test
    void methodsMatchCPython() throws Exception {
        Assumptions.assumeTrue(Types.INT != null && PythonOracle.errorsAvailable(), "needs Types/Errors (after merge)");
        Numbers.install();
        Object[] selves = {7L, -2.5, true, new java.math.BigInteger("-123456789012345678901234567890"), 0.1, -0.0};
        Object[][] argSets = {{}, {3L}, {2.0}, {"a"}, {3L, 5L}, {Py.None}, {-2L}, {1L, 2L, 3L}};
        List<String> in = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (Object self : selves) {
            PyType t = self instanceof Double ? Types.FLOAT : self instanceof Boolean ? Types.BOOL : Types.INT;
            TreeSet<String> names = new TreeSet<>(Types.INT.dict.keySet());
            if (t == Types.FLOAT) names = new TreeSet<>(Types.FLOAT.dict.keySet());
            if (t == Types.BOOL) names.addAll(Types.BOOL.dict.keySet());
            names.remove("fromhex");
            names.remove("__hash__");
            for (String n : names) {
                for (Object[] args : argSets) {
                    Object m = t.lookup(n);
                    if (!(m instanceof PyBuiltinFunction)) continue; // __new__, and properties such as real
                    Object[] full = new Object[args.length + 1];
                    full[0] = self;
                    System.arraycopy(args, 0, full, 1, args.length);
                    StringBuilder line = new StringBuilder(n).append(' ').append(enc(self));
                    for (Object a : args) line.append(' ').append(enc(a));
                    in.add(line.toString());
                    String res;
                    try {
                        res = "OK " + show(((PyBuiltinFunction) m).impl.call(full, null));
                    } catch (PyException e) {
                        res = "ERR " + e.value.type.name + ": " + Ops.str(e.value);
                    }
                    mine.add(res);
                }
            }
        }
        List<String> out = PythonOracle.run("import sys, struct\n"
                + "def dec(t):\n"
                + "    k, v = t[0], t[1:]\n"
                + "    if k == 'f': return struct.unpack('<d', struct.pack('<q', int(v)))[0]\n"
                + "    if k == 'b': return v == 'True'\n"
                + "    if k == 'n': return None\n"
                + "    if k == 's': return v\n"
                + "    return int(v)\n"
                + "for line in open(sys.argv[1]):\n"
                + "    p = line.split()\n"
                + "    args = [dec(x) for x in p[1:]]\n"
                + "    try: print('OK ' + repr(getattr(args[0], p[0])(*args[1:])))\n"
                + "    except Exception as e: print('ERR ' + type(e).__name__ + ': ' + str(e))\n", in);
        int bad = 0;
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            String e = out.get(i);
            if (e.endsWith("j)") || e.endsWith("j")) continue; // complex results
            if (!e.equals(mine.get(i)) && bad++ < 30)
                msg.append(in.get(i)).append(": python ").append(e).append(" / specula ").append(mine.get(i)).append('\n');
        }
        assertEquals(0, bad, msg.toString());
    }

    static String enc(Object v) {
        if (v == Py.None) return "n";
        if (v instanceof Double) return "f" + Double.doubleToRawLongBits((Double) v);
        if (v instanceof Boolean) return "b" + ((Boolean) v ? "True" : "False");
        if (v instanceof String) return "s" + v;
        return "i" + v;
    }

    static String show(Object r) {
        if (r instanceof PyTuple) {
            Object[] t = ((PyTuple) r).items;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.length; i++) sb.append(i > 0 ? ", " : "").append(show(t[i]));
            return sb.append(t.length == 1 ? ",)" : ")").toString();
        }
        if (r == Py.NotImplemented) return "NotImplemented";
        return StrMethods.reprOf(r);
    }
}
