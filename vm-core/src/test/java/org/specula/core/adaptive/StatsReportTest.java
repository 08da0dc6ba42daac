package org.specula.core.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

/** The -X stats table and the -X stats-json document, from hand-built snapshots. */
class StatsReportTest {
    /** A specializer object for InstalledSpecializer (never asked to specialize here). */
    static final class Dummy implements Specializer {
        @Override public String id() { return "dummy"; }
        @Override public Set<Family> families() { return Set.of(); }
        @Override public int spiVersion() { return SPI_VERSION; }
        @Override public Specialization specialize(SiteContext site) { return Specialization.fail("dummy"); }
    }

    static final String ODD_REASON = "attr: name \"x\\y\"\tnot\nfound \u0001 \u00e9";

    static AdaptiveStats.Snapshot sample() {
        List<InstalledSpecializer> specs = List.of(
                new InstalledSpecializer(new Dummy(), "floatmul", Set.of(Family.BINARY_OP), 0, "1.0", "class path", 0),
                new InstalledSpecializer(new Dummy(), "attr", Set.of(Family.STORE_ATTR, Family.LOAD_ATTR), 5, "2.1",
                        "/opt/plugins/spec-attr.jar", 1));
        List<AdaptiveStats.FamilySnapshot> fams = new ArrayList<>();
        for (Family f : Family.values()) {
            fams.add(switch (f) {
                case BINARY_OP -> new AdaptiveStats.FamilySnapshot(f, 14, 12, 2, 3, 0, 1_234_570, 1_030,
                        Map.of("floatmul: not *", 1L, "floatmul: operands not float", 1L),
                        List.of(new AdaptiveStats.KindSnapshot("BINARY_OP_MULTIPLY_FLOAT", "floatmul", 9, 1_234_000, 30, 3, 0),
                                new AdaptiveStats.KindSnapshot("BINARY_OP_ADD_INT", "floatmul", 3, 570, 1_000, 0, 0)));
                case LOAD_ATTR -> new AdaptiveStats.FamilySnapshot(f, 7, 0, 7, 0, 0, 0, 0,
                        Map.of("attr: not an instance", 2L, ODD_REASON, 5L), List.of());
                default -> new AdaptiveStats.FamilySnapshot(f, 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of());
            });
        }
        return new AdaptiveStats.Snapshot(AdaptivePolicy.DEFAULT, specs, fams);
    }

    static AdaptiveStats.Snapshot empty() {
        List<AdaptiveStats.FamilySnapshot> fams = new ArrayList<>();
        for (Family f : Family.values()) {
            fams.add(new AdaptiveStats.FamilySnapshot(f, 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of()));
        }
        return new AdaptiveStats.Snapshot(AdaptivePolicy.EAGER, List.of(), fams);
    }

    @Test
    void tableIsAlignedSortedAndGrouped() {
        assertEquals("""
                Specialization statistics
                policy: warmup 8, deopt-after 53, backoff 16..4096
                specializers: floatmul 1.0, attr 2.1

                Family / kind [specializer]            attempts  successes  failures       hits  misses  hit rate  deopts  faults
                -----------------------------------------------------------------------------------------------------------------
                BINARY_OP                                    14         12         2  1,234,570   1,030     99.9%       3       0
                  BINARY_OP_MULTIPLY_FLOAT [floatmul]         -          9         -  1,234,000      30     99.9%       3       0
                  BINARY_OP_ADD_INT [floatmul]                -          3         -        570   1,000     36.3%       0       0
                  failure reasons:
                    1  floatmul: not *
                    1  floatmul: operands not float
                LOAD_ATTR                                     7          0         7          0       0         -       0       0
                  failure reasons:
                    5  attr: name "x\\y"\\tnot\\nfound \\x01 \u00e9
                    2  attr: not an instance
                -----------------------------------------------------------------------------------------------------------------
                Total                                        21         12         9  1,234,570   1,030     99.9%       3       0
                """, StatsReport.table(sample()));
    }

    @Test
    void genericVmStillPrintsTheEmptySummary() {
        assertEquals("""
                Specialization statistics
                policy: warmup 1, deopt-after 1, backoff 1..1
                specializers: generic VM: no specializers loaded

                Family / kind [specializer]  attempts  successes  failures  hits  misses  hit rate  deopts  faults
                --------------------------------------------------------------------------------------------------
                (no specialization activity)
                --------------------------------------------------------------------------------------------------
                Total                               0          0         0     0       0         -       0       0
                """, StatsReport.table(empty()));
    }

    @Test
    void percentagesAreTruncatedAndExact() {
        assertEquals("29.0%", StatsReport.pct(29, 71)); // 0.29 * 100 is 28.999... in doubles
        assertEquals("99.9%", StatsReport.pct(99_999, 1));
        assertEquals("100.0%", StatsReport.pct(5, 0));
        assertEquals("0.0%", StatsReport.pct(0, 3));
        assertEquals("-", StatsReport.pct(0, 0));
        assertEquals("9,223,372,036,854,775,807", StatsReport.num(Long.MAX_VALUE));
        assertEquals("-1,000", StatsReport.num(-1000));
        assertEquals("999", StatsReport.num(999));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        assertTrue(o instanceof Map, String.valueOf(o));
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> arr(Object o) {
        assertTrue(o instanceof List, String.valueOf(o));
        return (List<Object>) o;
    }

    static final List<String> COUNTERS = List.of("attempts", "successes", "failures", "hits", "misses", "hit_rate",
            "deopts", "faults");

    @Test
    void jsonParsesAndMatchesTheSnapshot() {
        AdaptiveStats.Snapshot snap = sample();
        Map<String, Object> doc = obj(StatsReportTestJson.parse(StatsReport.json(snap)));
        assertEquals(List.of("schema", "policy", "generic", "tier", "specializers", "families", "totals"), List.copyOf(doc.keySet()));
        assertEquals("specula-stats/1", doc.get("schema"));
        assertEquals(Map.of("compile_after", 1000L, "compilations", 0L, "declined", 0L), doc.get("tier"));
        assertEquals(Map.of("warmup", 8L, "deopt_after", 53L, "backoff_start", 16L, "backoff_cap", 4096L), doc.get("policy"));
        assertEquals(Boolean.FALSE, doc.get("generic"));
        List<Object> specs = arr(doc.get("specializers"));
        assertEquals(2, specs.size());
        assertEquals(Map.of("id", "attr", "families", List.of("LOAD_ATTR", "STORE_ATTR"), "priority", 5L, "version", "2.1",
                "origin", "/opt/plugins/spec-attr.jar"), specs.get(1));

        Map<String, Object> fams = obj(doc.get("families"));
        List<String> names = new ArrayList<>();
        for (Family f : Family.values()) names.add(f.name());
        assertEquals(names, List.copyOf(fams.keySet()), "every family, in Family order");
        for (AdaptiveStats.FamilySnapshot fs : snap.families()) {
            Map<String, Object> f = obj(fams.get(fs.family().name()));
            assertEquals(fs.attempts(), f.get("attempts"));
            assertEquals(fs.successes(), f.get("successes"));
            assertEquals(fs.failures(), f.get("failures"));
            assertEquals(fs.hits(), f.get("hits"));
            assertEquals(fs.misses(), f.get("misses"));
            assertEquals(fs.deopts(), f.get("deopts"));
            assertEquals(fs.faults(), f.get("faults"));
            if (Double.isNaN(fs.hitRate())) assertNull(f.get("hit_rate"));
            else assertEquals(fs.hitRate(), (Double) f.get("hit_rate"), 0.0);
            Map<String, Object> reasons = new LinkedHashMap<>();
            fs.failureReasons().forEach((r, n) -> reasons.put(r, n));
            assertEquals(reasons, obj(f.get("failure_reasons")), "reasons survive escaping");
            List<Object> kinds = arr(f.get("kinds"));
            assertEquals(fs.kinds().size(), kinds.size());
            for (AdaptiveStats.KindSnapshot ks : fs.kinds()) {
                Map<String, Object> k = null;
                for (Object o : kinds) if (obj(o).get("name").equals(ks.name())) k = obj(o);
                assertEquals(Map.of("name", ks.name(), "specializer", ks.specializer(), "specializations",
                        ks.specializations(), "hits", ks.hits(), "misses", ks.misses(), "hit_rate", ks.hitRate(),
                        "deopts", ks.deopts(), "faults", ks.faults()), k);
            }
            List<String> keys = new ArrayList<>(COUNTERS);
            keys.add("failure_reasons");
            keys.add("kinds");
            assertEquals(keys, List.copyOf(f.keySet()));
        }
        assertEquals("BINARY_OP_ADD_INT", obj(arr(obj(fams.get("BINARY_OP")).get("kinds")).get(0)).get("name"),
                "kinds sorted by name");
        assertTrue(obj(fams.get("LOAD_ATTR")).containsKey("kinds"));
        Map<String, Object> totals = obj(doc.get("totals"));
        assertEquals(COUNTERS, List.copyOf(totals.keySet()));
        assertEquals(21L, totals.get("attempts"));
        assertEquals(9L, totals.get("failures"));
        assertEquals(1_234_570L, totals.get("hits"));
    }

    @Test
    void emptyJsonHasEveryFamilyWithZeros() {
        Map<String, Object> doc = obj(StatsReportTestJson.parse(StatsReport.json(empty())));
        assertEquals(Boolean.TRUE, doc.get("generic"));
        assertEquals(List.of(), doc.get("specializers"));
        Map<String, Object> fams = obj(doc.get("families"));
        assertEquals(Family.values().length, fams.size());
        for (Object v : fams.values()) {
            Map<String, Object> f = obj(v);
            assertEquals(0L, f.get("attempts"));
            assertNull(f.get("hit_rate"));
            assertTrue(f.containsKey("hit_rate"));
            assertEquals(Map.of(), f.get("failure_reasons"));
            assertEquals(List.of(), f.get("kinds"));
        }
    }

    @Test
    void jsonStringEscaping() {
        String nasty = "q\"b\\s/\b\f\n\r\t\u0000\u001f\u2028 \ud83d\ude00 \ud800x";
        assertEquals("\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u001f\\u2028 \ud83d\ude00 \\ud800x\"", StatsReport.str(nasty));
        assertEquals(nasty, StatsReportTestJson.parse(StatsReport.str(nasty)));
    }

    @Test
    void testParserIsStrict() {
        for (String bad : List.of("{\"a\":1,}", "[1,]", "{\"a\":1,\"a\":2}", "01", "\"\n\"", "{} x", "nul", "1.", "{a:1}")) {
            assertThrows(IllegalArgumentException.class, () -> StatsReportTestJson.parse(bad), bad);
        }
        assertFalse(StatsReportTestJson.parse("[true]").equals(List.of(false)));
    }
}
