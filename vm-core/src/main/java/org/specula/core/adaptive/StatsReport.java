package org.specula.core.adaptive;

import org.specula.core.util.JsonText;

import org.specula.api.spi.Family;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders {@link AdaptiveStats.Snapshot}s: the {@code -X stats} table and the
 * {@code -X stats-json} document. Both are described field by field in {@code docs/statistics.md}.
 *
 * <p>The table has one row per family that saw any activity, then one indented row per
 * specialized kind of that family (the handler name and, in brackets, the specializer that
 * produced it), then the family's failure reasons, most frequent first. On a kind row the
 * "successes" column is the number of sites that were specialized to that kind. A last row sums
 * all families.
 *
 * <p>The JSON document lists every family, active or not, so that consumers need no special
 * cases; its {@code schema} field is {@value #SCHEMA}.
 */
public final class StatsReport {
    private StatsReport() {}

    /** The schema identifier of the JSON document; the number changes on incompatible changes. */
    public static final String SCHEMA = "specula-stats/1";

    private static final String[] HEADERS = {"attempts", "successes", "failures", "hits", "misses", "hit rate",
            "deopts", "faults"};
    private static final String NO_SPECIALIZERS = "generic VM: no specializers loaded";

    /** Table order of kinds: most executed first, then by name and specializer. */
    private static final Comparator<AdaptiveStats.KindSnapshot> BY_ACTIVITY =
            Comparator.comparingLong((AdaptiveStats.KindSnapshot k) -> -(k.hits() + k.misses()))
                    .thenComparing(AdaptiveStats.KindSnapshot::name)
                    .thenComparing(AdaptiveStats.KindSnapshot::specializer);
    /** JSON order of kinds: by name, then specializer (stable across runs for diffing). */
    private static final Comparator<AdaptiveStats.KindSnapshot> BY_NAME =
            Comparator.comparing(AdaptiveStats.KindSnapshot::name).thenComparing(AdaptiveStats.KindSnapshot::specializer);

    // ------------------------------------------------------------------ table

    /** The human-readable table (ends with a newline). */
    public static String table(AdaptiveStats.Snapshot s) {
        StringBuilder sb = new StringBuilder();
        AdaptivePolicy p = s.policy();
        sb.append("Specialization statistics\n");
        sb.append("policy: warmup ").append(p.warmup()).append(", deopt-after ").append(p.deoptAfter())
                .append(", backoff ").append(p.backoffStart()).append("..").append(p.backoffCap()).append('\n');
        if (s.specializers().isEmpty()) {
            sb.append("specializers: ").append(NO_SPECIALIZERS).append('\n');
        } else {
            List<String> ids = new ArrayList<>();
            for (InstalledSpecializer is : s.specializers()) ids.add(is.id() + " " + is.version());
            sb.append("specializers: ").append(String.join(", ", ids)).append('\n');
        }
        sb.append('\n');

        // the lines under the header: String[] rows {name, 8 cells} and Reason lines, in order
        List<Object> lines = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int countWidth = 0;
        long[] total = new long[7];
        for (AdaptiveStats.FamilySnapshot f : s.families()) {
            if (f.isEmpty()) continue;
            String[] fr = {f.family().name(), num(f.attempts()), num(f.successes()), num(f.failures()),
                    num(f.hits()), num(f.misses()), pct(f.hits(), f.misses()), num(f.deopts()), num(f.faults())};
            rows.add(fr);
            lines.add(fr);
            long[] add = {f.attempts(), f.successes(), f.failures(), f.hits(), f.misses(), f.deopts(), f.faults()};
            for (int i = 0; i < total.length; i++) total[i] += add[i];
            List<AdaptiveStats.KindSnapshot> kinds = new ArrayList<>(f.kinds());
            kinds.sort(BY_ACTIVITY);
            for (AdaptiveStats.KindSnapshot k : kinds) {
                String label = "  " + printable(k.name()) + " [" + printable(k.specializer()) + "]";
                String[] kr = {label, "-", num(k.specializations()), "-", num(k.hits()), num(k.misses()),
                        pct(k.hits(), k.misses()), num(k.deopts()), num(k.faults())};
                rows.add(kr);
                lines.add(kr);
            }
            List<Map.Entry<String, Long>> reasons = sortedReasons(f.failureReasons());
            if (!reasons.isEmpty()) lines.add("  failure reasons:");
            for (Map.Entry<String, Long> r : reasons) {
                Reason line = new Reason(num(r.getValue()), printable(r.getKey()));
                countWidth = Math.max(countWidth, line.count.length());
                lines.add(line);
            }
        }
        long hits = total[3], misses = total[4];
        String[] totalRow = {"Total", num(total[0]), num(total[1]), num(total[2]), num(hits), num(misses),
                pct(hits, misses), num(total[5]), num(total[6])};

        String[] header = new String[HEADERS.length + 1];
        header[0] = "Family / kind [specializer]";
        System.arraycopy(HEADERS, 0, header, 1, HEADERS.length);
        int nameWidth = header[0].length();
        for (String[] r : rows) nameWidth = Math.max(nameWidth, r[0].length());
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            widths[c] = Math.max(HEADERS[c].length(), totalRow[c + 1].length());
            for (String[] r : rows) widths[c] = Math.max(widths[c], r[c + 1].length());
        }
        int lineWidth = nameWidth;
        for (int w : widths) lineWidth += 2 + w;

        appendRow(sb, header, nameWidth, widths);
        sb.append("-".repeat(lineWidth)).append('\n');
        if (rows.isEmpty()) sb.append("(no specialization activity)\n");
        for (Object line : lines) {
            if (line instanceof String[] row) {
                appendRow(sb, row, nameWidth, widths);
            } else if (line instanceof Reason r) {
                sb.append("    ").append(" ".repeat(countWidth - r.count.length())).append(r.count).append("  ")
                        .append(r.reason).append('\n');
            } else {
                sb.append(line).append('\n');
            }
        }
        sb.append("-".repeat(lineWidth)).append('\n');
        appendRow(sb, totalRow, nameWidth, widths);
        AdaptiveStats.TierSnapshot t = s.tier();
        if (t.compilations() + t.declined() > 0) {
            sb.append("compiled tier: ").append(num(t.compilations())).append(t.compilations() == 1 ? " compilation" : " compilations")
                    .append(", ").append(num(t.declined())).append(" code objects left to the interpreter\n");
        }
        return sb.toString();
    }

    /** A failure-reason line of the table. */
    private record Reason(String count, String reason) {}

    private static void appendRow(StringBuilder sb, String[] row, int nameWidth, int[] widths) {
        sb.append(row[0]).append(" ".repeat(nameWidth - row[0].length()));
        for (int c = 0; c < widths.length; c++) {
            sb.append("  ").append(" ".repeat(widths[c] - row[c + 1].length())).append(row[c + 1]);
        }
        sb.append('\n');
    }

    /** Reasons by count, most frequent first, ties by reason. */
    private static List<Map.Entry<String, Long>> sortedReasons(Map<String, Long> reasons) {
        List<Map.Entry<String, Long>> l = new ArrayList<>(reasons.entrySet());
        l.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        return l;
    }

    /** A plugin's reason on one table line: control characters shown as \\n, \\t, \\xNN. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** A count with ',' thousands separators. */
    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A rate as a percentage with one decimal, truncated (so 100.0% means not a single miss), or
     * "-" when nothing ran.
     */
    static String pct(long hits, long misses) {
        long n = hits + misses;
        if (n == 0) return "-";
        return BigDecimal.valueOf(hits).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN).toPlainString() + "%";
    }

    // ------------------------------------------------------------------ JSON

    /** The JSON document (schema {@value #SCHEMA}, described in docs/statistics.md; ends with a newline). */
    public static String json(AdaptiveStats.Snapshot s) {
        StringBuilder sb = new StringBuilder();
        AdaptivePolicy p = s.policy();
        sb.append("{\n  \"schema\": ").append(str(SCHEMA)).append(",\n");
        sb.append("  \"policy\": {\"warmup\": ").append(p.warmup()).append(", \"deopt_after\": ").append(p.deoptAfter())
                .append(", \"backoff_start\": ").append(p.backoffStart()).append(", \"backoff_cap\": ")
                .append(p.backoffCap()).append("},\n");
        sb.append("  \"generic\": ").append(s.specializers().isEmpty()).append(",\n");
        sb.append("  \"tier\": {\"compile_after\": ").append(p.compileAfter()).append(", \"compilations\": ")
                .append(s.tier().compilations()).append(", \"declined\": ").append(s.tier().declined()).append("},\n");
        sb.append("  \"specializers\": [");
        boolean first = true;
        for (InstalledSpecializer is : s.specializers()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append("    {\"id\": ").append(str(is.id())).append(", \"families\": [");
            boolean ff = true;
            for (Family f : new TreeSet<>(is.families())) {
                if (!ff) sb.append(", ");
                ff = false;
                sb.append(str(f.name()));
            }
            sb.append("], \"priority\": ").append(is.priority()).append(", \"version\": ").append(str(is.version()))
                    .append(", \"origin\": ").append(str(is.origin())).append('}');
        }
        sb.append(first ? "],\n" : "\n  ],\n");

        long[] total = new long[7];
        sb.append("  \"families\": {");
        first = true;
        for (AdaptiveStats.FamilySnapshot f : s.families()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            long[] v = {f.attempts(), f.successes(), f.failures(), f.hits(), f.misses(), f.deopts(), f.faults()};
            for (int i = 0; i < total.length; i++) total[i] += v[i];
            sb.append("    ").append(str(f.family().name())).append(": {");
            counters(sb, v, f.hitRate());
            sb.append(",\n      \"failure_reasons\": {");
            boolean fr = true;
            for (Map.Entry<String, Long> r : new TreeMap<>(f.failureReasons()).entrySet()) {
                sb.append(fr ? "" : ", ");
                fr = false;
                sb.append(str(r.getKey())).append(": ").append(r.getValue());
            }
            sb.append("},\n      \"kinds\": [");
            List<AdaptiveStats.KindSnapshot> kinds = new ArrayList<>(f.kinds());
            kinds.sort(BY_NAME);
            boolean fk = true;
            for (AdaptiveStats.KindSnapshot k : kinds) {
                sb.append(fk ? "\n" : ",\n");
                fk = false;
                sb.append("        {\"name\": ").append(str(k.name())).append(", \"specializer\": ").append(str(k.specializer()))
                        .append(", \"specializations\": ").append(k.specializations()).append(", \"hits\": ").append(k.hits())
                        .append(", \"misses\": ").append(k.misses()).append(", \"hit_rate\": ").append(rate(k.hitRate()))
                        .append(", \"deopts\": ").append(k.deopts()).append(", \"faults\": ").append(k.faults()).append('}');
            }
            sb.append(fk ? "]}" : "\n      ]}");
        }
        sb.append("\n  },\n  \"totals\": {");
        long n = total[3] + total[4];
        counters(sb, total, n == 0 ? Double.NaN : (double) total[3] / n);
        sb.append("}\n}\n");
        return sb.toString();
    }

    private static void counters(StringBuilder sb, long[] v, double hitRate) {
        sb.append("\"attempts\": ").append(v[0]).append(", \"successes\": ").append(v[1]).append(", \"failures\": ")
                .append(v[2]).append(", \"hits\": ").append(v[3]).append(", \"misses\": ").append(v[4])
                .append(", \"hit_rate\": ").append(rate(hitRate)).append(", \"deopts\": ").append(v[5])
                .append(", \"faults\": ").append(v[6]);
    }

    /** A rate in [0, 1] as a JSON number, or null when nothing ran. */
    private static String rate(double r) {
        return Double.isNaN(r) ? "null" : Double.toString(r);
    }

    /** A JSON string literal (see {@link JsonText#quote}). */
    static String str(String s) {
        return JsonText.quote(s);
    }
}
