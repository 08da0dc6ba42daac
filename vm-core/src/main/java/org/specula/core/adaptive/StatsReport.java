package org.specula.core.adaptive;

/** Renders {@link AdaptiveStats.Snapshot}s: the {@code -X stats} table and the {@code -X stats-json} document. */
public final class StatsReport {
    private StatsReport() {}

    /** The human-readable table (ends with a newline). */
    public static String table(AdaptiveStats.Snapshot s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Specialization statistics\n");
        for (AdaptiveStats.FamilySnapshot f : s.families()) {
            if (f.isEmpty()) continue;
            sb.append(f.family()).append(": attempts ").append(f.attempts()).append(", successes ").append(f.successes())
                    .append(", failures ").append(f.failures()).append(", hits ").append(f.hits()).append(", misses ")
                    .append(f.misses()).append(", deopts ").append(f.deopts()).append(", faults ").append(f.faults()).append('\n');
            for (AdaptiveStats.KindSnapshot k : f.kinds()) {
                sb.append("  ").append(k.name()).append(": hits ").append(k.hits()).append(", misses ").append(k.misses()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The JSON document (schema in docs/statistics.md). */
    public static String json(AdaptiveStats.Snapshot s) {
        return "{}\n";
    }
}
