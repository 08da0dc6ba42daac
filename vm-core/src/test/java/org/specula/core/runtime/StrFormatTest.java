package org.specula.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** str.format against CPython on a table of templates (positional args 7, -2.5, 'abc', 12345678; x='q', y=3.0). */
class StrFormatTest {

    static final String[] TEMPLATES = {
            "{}", "{} {}", "{0}{0}", "{1:>8}", "{2!r}", "{2!a:^9}", "{x}", "{x!r:*<6}", "{y:.3}", "{y:e}", "{3:,}",
            "{3:_x}", "{0:{1}}", "{0:>{3}}", "{{}}", "{{{0}}}", "a{}b{}c{}d", "{:08.3f}", "{:+}", "{0:#b}", "{2:.1}",
            "{2:>{0}.{0}}", "{1:%}", "{y:g}", "{x:}", "{0!s:>3}", "{3:n}", "{1:=+10.2f}", "}", "{", "{0", "{5}",
            "{0}{}", "{}{0}", "{0!z}", "{0!}", "{0!rr}", "{z}", "{0:d}", "{2:d}", "{0:{1}{2}}", "{:{:{}}}", "{0:.}",
            "{0:\u00e9^9}", "\u00e9{}\ud83d\ude00{}", "{0:>3}{2:<5}|", "{1:.0f}{1:.0e}", "{ }", "{x:{x}>5}",
    };

    @Test
    void templatesMatchCPython() throws Exception {
        Object[] args = {7L, -2.5, "abc", 12345678L};
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("x", "q");
        kw.put("y", 3.0);
        List<String> in = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (String t : TEMPLATES) {
            in.add(StrMethodsTest.enc(t));
            String res;
            try {
                res = "OK " + StrMethods.asciiOf(StrMethods.format(t, args, kw));
            } catch (PyException e) {
                // KeyError's str() is the repr of the key; the oracle prints the key itself.
                Object detail = e.value.type == Errors.KeyError && e.value.args.items.length == 1
                        ? e.value.args.items[0] : Ops.str(e.value);
                res = "ERR " + e.value.type.name + ": " + detail;
            } catch (UnsupportedOperationException e) {
                res = "ERR";
            }
            mine.add(res);
        }
        List<String> out = PythonOracle.run(StrMethodsTest.DECODE
                + "for line in open(sys.argv[1], encoding='utf-8'):\n"
                + "    t = dec(line.strip())\n"
                + "    try: print('OK ' + ascii(t.format(7, -2.5, 'abc', 12345678, x='q', y=3.0)))\n"
                + "    except (ValueError, IndexError) as e: print('ERR ' + type(e).__name__ + ': ' + str(e))\n"
                + "    except KeyError as e: print('ERR KeyError: ' + e.args[0])\n", in);
        StringBuilder msg = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < in.size(); i++) {
            boolean same = out.get(i).equals(mine.get(i))
                    || (!PythonOracle.errorsAvailable() && out.get(i).startsWith("ERR") && mine.get(i).startsWith("ERR"));
            if (!same && bad++ < 15)
                msg.append(TEMPLATES[i]).append(": python ").append(out.get(i)).append(" / specula ").append(mine.get(i)).append('\n');
        }
        assertEquals(0, bad, msg.toString());
    }
}
