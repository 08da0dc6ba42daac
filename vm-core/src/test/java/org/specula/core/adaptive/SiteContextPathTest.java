package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.api.object.DictObject;
import org.specula.api.object.InstanceObject;
import org.specula.api.object.ListObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.core.adaptive.testspecs.Direct;
import org.specula.core.adaptive.testspecs.Scripted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a specializer is told about a site: family, oparg, name, operands, keywords, location. */
class SiteContextPathTest {
    /** A copy of what one attempt saw (a context is only valid during the attempt). */
    record Seen(Family family, int oparg, String name, List<Object> operands, List<String> kw, String code, String file,
                int line) {}

    static final String SRC = """
            class P:
                def __init__(self, x):
                    self.x = x
                def m(self, k):
                    return k
            def work(p, xs, d, i, pr):
                a = p.x
                p.x = i
                b = p.m(i)
                xs[0] = i
                c = xs[0] < i
                e = "k" in d
                q, r = pr
                f = len(xs)
                g = kw(i, b=i)
                for t in xs:
                    pass
                return a + b
            def kw(a, b):
                return a
            xs = [0]
            d = {"k": 1}
            for i in range(8):
                work(P(1), xs, d, i, (1, 2))
            """;

    @Test
    void contextsDescribeTheSiteAndItsOperands() {
        Map<Family, List<Seen>> seen = Collections.synchronizedMap(new EnumMap<>(Family.class));
        Scripted all = new Scripted("all", 0, c -> {
            if (c.codeName().equals("work")) {
                List<Object> ops = new ArrayList<>();
                for (int i = 0; i < c.operandCount(); i++) ops.add(c.operand(i));
                seen.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(new Seen(c.family(), c.oparg(), c.name(),
                        ops, c.keywordNames(), c.codeName(), c.filename(), c.line()));
            }
            assertSame(CoreObjectModel.INSTANCE, c.objectModel());
            return Specialization.fail("watching");
        }, Family.BINARY_OP, Family.values());
        Direct.run(SRC, AdaptivePolicy.DEFAULT, all);

        Seen attr = only(seen, Family.LOAD_ATTR);
        assertEquals("x", attr.name());
        assertEquals(7, attr.line());
        assertEquals("<direct>", attr.file());
        assertInstanceOf(InstanceObject.class, attr.operands().get(0));
        assertEquals(1, attr.operands().size());

        Seen store = only(seen, Family.STORE_ATTR);
        assertEquals("x", store.name());
        assertEquals(List.of(7L), store.operands().subList(1, 2), "owner, then the value stored");

        Seen method = only(seen, Family.LOAD_METHOD);
        assertEquals("m", method.name());

        Seen subscr = only(seen, Family.STORE_SUBSCR);
        assertInstanceOf(ListObject.class, subscr.operands().get(0));
        assertEquals(List.of(0L, 7L), subscr.operands().subList(1, 3), "container, key, value");

        Seen cmp = only(seen, Family.COMPARE_OP);
        assertEquals(List.of(7L, 7L), cmp.operands());
        Seen contains = only(seen, Family.CONTAINS_OP);
        assertEquals("k", contains.operands().get(0));
        assertInstanceOf(DictObject.class, contains.operands().get(1));
        assertEquals(0, contains.oparg());

        List<Seen> globals = seen.get(Family.LOAD_GLOBAL);
        assertEquals(List.of("len", "kw"), globals.stream().map(Seen::name).toList());
        assertTrue(globals.get(0).operands().get(0) instanceof DictObject && globals.get(0).operands().get(1) instanceof DictObject);

        List<Seen> calls = seen.get(Family.CALL);
        // p.m(i): method and self; len(xs); kw(i, b=i) with its keyword
        assertEquals(3, calls.size(), calls.toString());
        Seen m = calls.get(0);
        assertEquals(3, m.operands().size(), "callable, self, i");
        assertInstanceOf(InstanceObject.class, m.operands().get(1));
        assertEquals(7L, m.operands().get(2));
        assertEquals(List.of(), m.kw());
        Seen k = calls.get(2);
        assertEquals(List.of("b"), k.kw());
        assertEquals(List.of(7L, 7L), k.operands().subList(1, 3));
        assertEquals(2, k.oparg());

        Seen unpack = only(seen, Family.UNPACK_SEQUENCE);
        assertEquals(2, unpack.oparg());
        assertEquals(1, unpack.operands().size());
        Seen forIter = only(seen, Family.FOR_ITER);
        assertEquals(1, forIter.operands().size());
        assertNull(forIter.name());
        // a + b where both are ints
        Seen add = seen.get(Family.BINARY_OP).get(0);
        assertEquals(18, add.line());
    }

    private static Seen only(Map<Family, List<Seen>> seen, Family f) {
        List<Seen> l = seen.get(f);
        assertEquals(1, l == null ? 0 : l.size(), f + ": " + l);
        return l.get(0);
    }
}
