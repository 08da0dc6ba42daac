package org.specula.core.adaptive;

import org.specula.api.spi.Family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the adaptive machinery, per family and per specialized kind (handler name). The
 * rare events (attempts, failures, deopts, faults) are counted atomically here; hits and misses
 * are counted on the sites without synchronization and added in by {@link Adaptive#snapshot()}.
 */
public final class AdaptiveStats {
    /** Counters of one family. */
    public static final class FamilyCounters {
        /** The family counted. */
        public final Family family;
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong successes = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong deopts = new AtomicLong();
        final AtomicLong faults = new AtomicLong();
        /** Reason ("specializer-id: reason") -> number of declines. */
        final ConcurrentHashMap<String, AtomicLong> reasons = new ConcurrentHashMap<>();

        FamilyCounters(Family family) {
            this.family = family;
        }
    }

    /** Counters of one specialized kind (a handler name within a family). */
    public static final class KindCounters {
        /** The family of the kind. */
        public final Family family;
        /** The handler name ({@code SpecializedOp.name()}). */
        public final String name;
        /** The id of the specializer that installed it. */
        public final String specializer;
        final AtomicLong specializations = new AtomicLong();
        final AtomicLong deopts = new AtomicLong();
        final AtomicLong faults = new AtomicLong();
        /** Hits and misses of sites that no longer hold this kind (flushed at uninstall). */
        final AtomicLong hits = new AtomicLong();
        final AtomicLong misses = new AtomicLong();

        KindCounters(Family family, String name, String specializer) {
            this.family = family;
            this.name = name;
            this.specializer = specializer;
        }
    }

    final FamilyCounters[] families = new FamilyCounters[Family.values().length];
    final ConcurrentHashMap<String, KindCounters> kinds = new ConcurrentHashMap<>();

    AdaptiveStats() {
        for (Family f : Family.values()) families[f.ordinal()] = new FamilyCounters(f);
    }

    FamilyCounters family(int family) {
        return families[family];
    }

    KindCounters kind(Family family, String name, String specializer) {
        return kinds.computeIfAbsent(family.name() + "/" + name + "/" + specializer,
                k -> new KindCounters(family, name, specializer));
    }

    void reason(int family, String reason) {
        families[family].reasons.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    // ------------------------------------------------------------------ immutable snapshot

    /** A specialized kind's totals. */
    public record KindSnapshot(String name, String specializer, long specializations, long hits, long misses,
                               long deopts, long faults) {
        /** hits / (hits + misses), or NaN when the kind never ran. */
        public double hitRate() {
            long n = hits + misses;
            return n == 0 ? Double.NaN : (double) hits / n;
        }
    }

    /** A family's totals; hits and misses are the sums over its kinds. */
    public record FamilySnapshot(Family family, long attempts, long successes, long failures, long deopts,
                                 long faults, long hits, long misses, Map<String, Long> failureReasons,
                                 List<KindSnapshot> kinds) {
        public double hitRate() {
            long n = hits + misses;
            return n == 0 ? Double.NaN : (double) hits / n;
        }

        /** True when nothing at all happened in this family. */
        public boolean isEmpty() {
            return attempts == 0 && hits == 0 && misses == 0 && faults == 0;
        }
    }

    /** Everything, in Family order. */
    /**
     * The compiled tier's counts: code objects compiled (each recompilation counted) and those it
     * left to the interpreter (module and class bodies, generators, code too large).
     */
    public record TierSnapshot(long compilations, long declined) {
        public static final TierSnapshot NONE = new TierSnapshot(0, 0);
    }

    public record Snapshot(AdaptivePolicy policy, List<InstalledSpecializer> specializers, List<FamilySnapshot> families,
                           TierSnapshot tier) {
        public Snapshot(AdaptivePolicy policy, List<InstalledSpecializer> specializers, List<FamilySnapshot> families) {
            this(policy, specializers, families, TierSnapshot.NONE);
        }

        public FamilySnapshot family(Family f) {
            return families.get(f.ordinal());
        }

        public KindSnapshot kind(String name) {
            for (FamilySnapshot fs : families) for (KindSnapshot k : fs.kinds) if (k.name.equals(name)) return k;
            return null;
        }
    }

    /** Compilations by the compiled tier, and code objects it declined. */
    final java.util.concurrent.atomic.AtomicLong compilations = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong declined = new java.util.concurrent.atomic.AtomicLong();

    Snapshot snapshot(AdaptivePolicy policy, List<InstalledSpecializer> specializers, Map<KindCounters, long[]> live) {
        List<FamilySnapshot> out = new ArrayList<>();
        for (FamilyCounters fc : families) {
            List<KindSnapshot> ks = new ArrayList<>();
            long hits = 0, misses = 0;
            for (KindCounters kc : kinds.values()) {
                if (kc.family != fc.family) continue;
                long[] l = live.getOrDefault(kc, new long[2]);
                long h = kc.hits.get() + l[0], m = kc.misses.get() + l[1];
                ks.add(new KindSnapshot(kc.name, kc.specializer, kc.specializations.get(), h, m, kc.deopts.get(),
                        kc.faults.get()));
                hits += h;
                misses += m;
            }
            ks.sort(Comparator.comparingLong((KindSnapshot k) -> -(k.hits + k.misses)).thenComparing(KindSnapshot::name));
            Map<String, Long> reasons = new TreeMap<>();
            fc.reasons.forEach((r, n) -> reasons.put(r, n.get()));
            out.add(new FamilySnapshot(fc.family, fc.attempts.get(), fc.successes.get(), fc.failures.get(),
                    fc.deopts.get(), fc.faults.get(), hits, misses, reasons, List.copyOf(ks)));
        }
        return new Snapshot(policy, specializers, List.copyOf(out), new TierSnapshot(compilations.get(), declined.get()));
    }
}
