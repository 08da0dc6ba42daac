package org.specula.core.adaptive;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.testspecs.Direct;
import org.specula.core.adaptive.testspecs.Handlers;
import org.specula.core.adaptive.testspecs.Scripted;
import org.specula.core.code.AdaptiveSite;
import org.specula.testplugin.ExampleSpecializer;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Misbehaving plugins are contained: the program's output is the generic VM's, one warning line
 * per faulting specializer, the fault is counted, and the specializer is disabled at that site
 * only.
 */
class PluginFaultTest {
    /** Two BINARY_OP sites: f's on line 2, g's on line 4, 40 executions each. */
    static final String TWO_SITES = """
            def f(a, b):
                return a + b
            def g(a, b):
                return a + b
            t = 0
            for i in range(40):
                t = f(t, i)
            for i in range(40):
                t = g(t, i)
            print(t)
            """;

    static final AdaptiveVms.Run GENERIC = AdaptiveVms.run(TWO_SITES, AdaptivePolicy.DEFAULT);

    static List<String> warnings(String err) {
        return err.lines().filter(l -> l.startsWith("specula: warning: specializer ")).toList();
    }

    /** Runs TWO_SITES through the Vm and directly; checks what every fault case shares; returns the direct run. */
    static Direct faultyRun(String id, String where, Class<? extends Throwable> thrown, Function<Integer, Specializer[]> specs) {
        AdaptiveVms.Run vm = AdaptiveVms.run(TWO_SITES, AdaptivePolicy.DEFAULT, specs.apply(0));
        assertEquals(GENERIC.out(), vm.out());
        assertEquals("1560\n", vm.out());
        assertEquals(0, vm.status());
        List<String> w = warnings(vm.err());
        assertEquals(1, w.size(), vm.err());
        assertEquals(vm.err().lines().count(), 1, "nothing else on stderr: " + vm.err());
        String line = w.get(0);
        assertTrue(line.startsWith("specula: warning: specializer '" + id + "' ("), line);
        assertTrue(line.contains(" failed in " + where + " at <test>:2: " + thrown.getName()), line);
        assertEquals(1, vm.stats().family(Family.BINARY_OP).faults());

        Direct d = Direct.run(TWO_SITES, AdaptivePolicy.DEFAULT, specs.apply(1));
        assertEquals("1560\n", d.out());
        assertEquals(1, warnings(d.err()).size(), d.err());
        AdaptiveSite f = d.site("f", Family.BINARY_OP);
        assertEquals(1L, f.disabled, "the faulting specializer (index 0) is disabled at f");
        assertEquals(0L, d.site("g", Family.BINARY_OP).disabled);
        return d;
    }

    @Test
    void handlerThrowingOnItsThirdCall() {
        Scripted[] made = new Scripted[2];
        Direct d = faultyRun("thrower", "TEST_ADD_THROWS", IllegalStateException.class, run -> {
            AtomicInteger calls = new AtomicInteger();
            Scripted s = new Scripted("thrower", 0, c -> Specialization.of(new Handlers.AddLongThrowingOnCall(calls, 3)),
                    Family.BINARY_OP);
            made[run] = s;
            return new Specializer[] {s};
        });
        // f: specialized on its 8th run, hits on the 9th and 10th, faults on the 11th; never asked again
        assertEquals(1, made[1].asksAt(2));
        assertEquals(1, made[1].asksAt(4));
        AdaptiveStats.FamilySnapshot fam = d.stats().family(Family.BINARY_OP);
        assertEquals(2, fam.attempts(), "no attempts at a site whose only specializer is disabled");
        assertEquals(2, fam.successes());
        assertEquals(0, fam.failures());
        AdaptiveStats.KindSnapshot k = d.stats().kind("TEST_ADD_THROWS");
        assertEquals(2, k.specializations());
        assertEquals(1, k.faults());
        assertEquals(2 + 32, k.hits());
        assertFalse(d.isSpecialized("f", d.site("f", Family.BINARY_OP)));
        assertTrue(d.isSpecialized("g", d.site("g", Family.BINARY_OP)));
        assertEquals(Integer.MAX_VALUE, d.site("f", Family.BINARY_OP).threshold, "f stays adaptive for good");
    }

    @Test
    void anotherSpecializerTakesOverAtTheFaultingSite() {
        AtomicInteger calls = new AtomicInteger();
        Scripted thrower = new Scripted("thrower", 10,
                c -> Specialization.of(new Handlers.AddLongThrowingOnCall(calls, 3)), Family.BINARY_OP);
        ExampleSpecializer example = new ExampleSpecializer();
        Direct d = Direct.run(TWO_SITES, AdaptivePolicy.DEFAULT, thrower, example);
        assertEquals("1560\n", d.out());
        assertEquals(1, warnings(d.err()).size());
        // f faults on its 11th run; re-armed with the back-off, the 26th (16th counting the
        // faulting one) asks the example plugin
        assertEquals("BINARY_OP_ADD_INT", Direct.kindAt(d.site("f", Family.BINARY_OP)));
        assertEquals("TEST_ADD_THROWS", Direct.kindAt(d.site("g", Family.BINARY_OP)));
        assertEquals(40 - 26, d.stats().kind("BINARY_OP_ADD_INT").hits());
        assertEquals(1, thrower.asksAt(2));
        AdaptiveStats.FamilySnapshot fam = d.stats().family(Family.BINARY_OP);
        assertEquals(3, fam.attempts());
        assertEquals(3, fam.successes());
        assertEquals(1, fam.faults());
    }

    @Test
    void specializeThrowing() {
        Scripted[] made = new Scripted[2];
        Direct d = faultyRun("boom", "BINARY_OP", IllegalStateException.class, run -> {
            Function<SiteContext, Specialization> body = c -> {
                if (c.codeName().equals("f")) throw new IllegalStateException("cannot specialize f");
                return Specialization.of(new Handlers.AddLong("TEST_ADD_LONG"));
            };
            made[run] = new Scripted("boom", 0, body, Family.BINARY_OP);
            return new Specializer[] {made[run]};
        });
        assertEquals(1, made[1].asksAt(2));
        assertEquals(1, made[1].asksAt(4));
        AdaptiveStats.FamilySnapshot fam = d.stats().family(Family.BINARY_OP);
        assertEquals(2, fam.attempts());
        assertEquals(1, fam.successes());
        assertEquals(1, fam.failures(), "the attempt at f found no handler");
        assertEquals(32, fam.hits());
        assertNull(Direct.kindAt(d.site("f", Family.BINARY_OP)));
    }

    @Test
    void specializeReturningNull() {
        faultyRun("nul", "BINARY_OP", NullPointerException.class, run -> new Specializer[] {
                new Scripted("nul", 0, c -> c.codeName().equals("f") ? null
                        : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP)});
    }

    @Test
    void handlerOfTheWrongInterface() {
        Direct d = faultyRun("wrong", "BINARY_OP", ClassCastException.class, run -> new Specializer[] {
                new Scripted("wrong", 0, c -> c.codeName().equals("f") ? Specialization.of(new Handlers.WrongFamily())
                        : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP)});
        assertNull(d.stats().kind("TEST_WRONG_FAMILY"), "never installed");
    }

    @Test
    void handlerWithoutAName() {
        faultyRun("nameless", "BINARY_OP", IllegalStateException.class, run -> new Specializer[] {
                new Scripted("nameless", 0, c -> c.codeName().equals("f") ? Specialization.of(new Handlers.Nameless())
                        : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP)});
    }

    @Test
    void handlerReturningNull() {
        Direct d = faultyRun("nulls", "TEST_RETURNS_NULL", NullPointerException.class, run -> new Specializer[] {
                new Scripted("nulls", 0, c -> c.codeName().equals("f") ? Specialization.of(new Handlers.ReturnsNull())
                        : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP)});
        AdaptiveStats.KindSnapshot k = d.stats().kind("TEST_RETURNS_NULL");
        assertEquals(1, k.specializations());
        assertEquals(1, k.faults());
        assertEquals(0, k.hits());
        assertEquals(0, k.misses());
    }

    @Test
    void oneWarningPerSpecializerHoweverManySitesFault() {
        // f and g both fault (each on the first call of its handler): two faults, one warning
        Scripted s = new Scripted("nulls", 0, c -> Specialization.of(new Handlers.ReturnsNull()), Family.BINARY_OP);
        AdaptiveVms.Run vm = AdaptiveVms.run(TWO_SITES, AdaptivePolicy.DEFAULT, s);
        assertEquals(GENERIC.out(), vm.out());
        assertEquals(1, warnings(vm.err()).size(), vm.err());
        assertEquals(2, vm.stats().family(Family.BINARY_OP).faults());
        assertEquals(2, s.asks().size());
    }

    @Test
    void eagerFaultsAreContainedToo() {
        Scripted s = new Scripted("nulls", 0, c -> Specialization.of(new Handlers.ReturnsNull()), Family.BINARY_OP);
        AdaptiveVms.Run vm = AdaptiveVms.run(TWO_SITES, AdaptivePolicy.EAGER, s);
        assertEquals(GENERIC.out(), vm.out());
        assertEquals(1, warnings(vm.err()).size(), vm.err());
        assertEquals(2, vm.stats().family(Family.BINARY_OP).faults());
        assertEquals(2, vm.stats().family(Family.BINARY_OP).attempts());
    }

    @Test
    void aPythonExceptionFromAHandlerIsNotAFault() {
        String src = """
                def get(d, k):
                    return d[k]
                d = {"a": 1}
                for i in range(20):
                    get(d, "a")
                try:
                    get(d, "b")
                except KeyError as e:
                    print("caught", repr(e))
                get(d, ("z", 1))
                """;
        AdaptiveVms.Run generic = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT);
        Scripted s = new Scripted("keys", 0, c -> Specialization.of(new Handlers.DictSubscr(c.objectModel())),
                Family.BINARY_SUBSCR);
        AdaptiveVms.Run vm = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT, s);
        assertEquals("caught KeyError('b')\n", generic.out());
        assertTrue(generic.err().endsWith("KeyError: ('z', 1)\n"), generic.err());
        assertEquals(1, generic.status());
        assertEquals(generic.out(), vm.out());
        assertEquals(generic.err(), vm.err());
        assertEquals(generic.status(), vm.status());
        AdaptiveStats.FamilySnapshot fam = vm.stats().family(Family.BINARY_SUBSCR);
        assertEquals(0, fam.faults());
        assertEquals(1, fam.attempts());
        // runs 9..20 and the two raising ones
        assertEquals(14, fam.hits());
        assertEquals(0, fam.misses());
    }

    @Test
    void aHandlerFaultingAfterItsSiteDroppedItIsStillBlamed() {
        // (another thread deoptimized the site while this one ran the handler)
        List<org.specula.api.spi.SpecializedOp> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        Scripted late = new Scripted("late", 0, c -> {
            Handlers.AddLong h = new Handlers.AddLong("TEST_ADD_LONG");
            made.add(h);
            return Specialization.of(h);
        }, Family.BINARY_OP);
        // 20 ints specialize on the 8th; 53 floats deoptimize; the back-off is not over yet
        Direct d = Direct.run(AdaptivePathTest.intsThenFloats(20, 53), AdaptivePolicy.DEFAULT, late);
        AdaptiveSite s = d.site("add", Family.BINARY_OP);
        assertNull(Direct.kindAt(s));
        assertEquals(1, made.size());
        assertEquals(1, d.stats().family(Family.BINARY_OP).deopts());

        d.adaptive.fault(d.code("add"), s, made.get(0), new IllegalStateException("late fault"));
        List<String> w = warnings(d.err());
        assertEquals(1, w.size(), d.err());
        assertTrue(w.get(0).startsWith("specula: warning: specializer 'late' (test) failed in TEST_ADD_LONG at <direct>:2: "
                + "java.lang.IllegalStateException: late fault"), w.get(0));
        assertEquals(1, d.stats().family(Family.BINARY_OP).faults());
        assertEquals(1, d.stats().kind("TEST_ADD_LONG").faults());
        assertEquals(1L, s.disabled);
        // and it is not asked there again
        s.count = s.threshold;
        d.adaptive.attempt(d.code("add"), s, 0, null, 1L, 2L);
        assertEquals(1, late.asks().size());
        assertEquals(Integer.MAX_VALUE, s.threshold);
    }

    @Test
    void aLateFaultAlsoRemovesANewerHandlerOfTheSameSpecializer() {
        List<org.specula.api.spi.SpecializedOp> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        Scripted late = new Scripted("late", 0, c -> {
            org.specula.api.spi.SpecializedOp h = c.operand(0) instanceof Long ? new Handlers.AddLong("TEST_ADD_LONG")
                    : new Handlers.AddDouble("TEST_ADD_DOUBLE");
            made.add(h);
            return Specialization.of(h);
        }, Family.BINARY_OP);
        // ints: TEST_ADD_LONG; 53 floats deoptimize it; the 68th float installs TEST_ADD_DOUBLE
        Direct d = Direct.run(AdaptivePathTest.intsThenFloats(20, 70), AdaptivePolicy.DEFAULT, late);
        AdaptiveSite s = d.site("add", Family.BINARY_OP);
        assertEquals("TEST_ADD_DOUBLE", Direct.kindAt(s));
        assertEquals(2, made.size());

        d.adaptive.fault(d.code("add"), s, made.get(0), new IllegalStateException("late fault"));
        assertNull(Direct.kindAt(s));
        assertFalse(d.isSpecialized("add", s));
        assertEquals(1L, s.disabled);
        assertEquals(1, warnings(d.err()).size(), d.err());
        assertEquals(1, d.stats().kind("TEST_ADD_LONG").faults());
        assertEquals(0, d.stats().kind("TEST_ADD_DOUBLE").faults());
        assertEquals(2, d.stats().kind("TEST_ADD_DOUBLE").hits(), "hits flushed when it was removed");
    }

    @Test
    void resultsOfTheWrongShapeAreFaultsDescribedWithoutRunningPluginCode() {
        String src = """
                def has(k, d):
                    return k in d
                def unp(t):
                    a, b = t
                    return a - b
                print([has(i, {1: 2}) for i in range(12)].count(True), sum([unp((i, 1)) for i in range(12)]))
                """;
        AdaptiveVms.Run generic = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT);
        AdaptiveVms.Run r = AdaptiveVms.run(src, AdaptivePolicy.DEFAULT,
                new Scripted("odd", 0, c -> Specialization.of(new Handlers.ContainsNotBoolean()), Family.CONTAINS_OP),
                new Scripted("short", 0, c -> Specialization.of(new Handlers.UnpackShort()), Family.UNPACK_SEQUENCE));
        assertEquals("1 54\n", generic.out());
        assertEquals(generic.out(), r.out());
        List<String> w = warnings(r.err());
        assertEquals(2, w.size(), r.err());
        assertTrue(w.get(0).contains("'odd'") && w.get(0).contains("failed in TEST_CONTAINS_ODD at <test>:2: "
                + "java.lang.ClassCastException: the handler returned a "), w.get(0));
        assertTrue(w.get(1).contains("'short'") && w.get(1).contains("failed in TEST_UNPACK_SHORT at <test>:4: "
                + "java.lang.IllegalStateException: the handler returned an array of 1, not an array of 2 items"), w.get(1));
        assertEquals(1, r.stats().family(Family.CONTAINS_OP).faults());
        assertEquals(1, r.stats().family(Family.UNPACK_SEQUENCE).faults());
    }

    @Test
    void anExceptionWhoseMessageThrowsIsStillContained() {
        faultyRun("unprintable", "TEST_UNPRINTABLE", Handlers.Unprintable.class, run -> new Specializer[] {
                new Scripted("unprintable", 0, c -> c.codeName().equals("f")
                        ? Specialization.of(new Handlers.ThrowsUnprintable())
                        : Specialization.of(new Handlers.AddLong("TEST_ADD_LONG")), Family.BINARY_OP)});
    }
}
