package org.specula.core.adaptive;

import com.google.common.collect.MapMaker;
import org.specula.api.spi.Family;
import org.specula.api.spi.LoadMethodHandler;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.SpecializedOp;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;
import org.specula.core.code.Opcode;
import org.specula.core.code.SiteCounters;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adaptive machinery of one VM: decides when a site specializes, asks the plugins, installs
 * their handlers, counts misses and deoptimizes, and contains plugin faults. The interpreter
 * calls it only on rare events (an attempt, a miss, a fault); the fast paths are in
 * {@link Specialized} and in the dispatch loop.
 *
 * <p>Site state changes happen under the site's monitor. Installing writes the handler, then
 * the specialized opcode; removing writes the adaptive opcode, then clears the handler (see
 * {@link AdaptiveSite} for why a racing reader is always safe).
 */
public final class Adaptive {
    private static final Family[] FAMILIES = Family.values();

    /** A VM with no specializers: every site stays adaptive and never attempts. */
    public static final Adaptive GENERIC = new Adaptive(AdaptivePolicy.DEFAULT, List.of(), null);

    private final AdaptivePolicy policy;
    private final List<InstalledSpecializer> specializers;
    private final InstalledSpecializer[][] byFamily;
    private final int countedFamilies;
    private final PrintStream warnings;
    private final AdaptiveStats stats = new AdaptiveStats();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    /**
     * A weak record of every site that holds or held a handler, with the counters of its current
     * handler: snapshots add the live counts, and the counts of a collected site are folded into
     * the statistics (the engine never keeps code objects alive).
     */
    private final Set<SiteRef> sites = ConcurrentHashMap.newKeySet();
    private final ReferenceQueue<AdaptiveSite> collected = new ReferenceQueue<>();

    private static final class SiteRef extends WeakReference<AdaptiveSite> {
        /** The installed handler's counters and kind, or null while the site is adaptive. */
        volatile SiteCounters counters;
        volatile AdaptiveStats.KindCounters kind;

        SiteRef(AdaptiveSite site, ReferenceQueue<AdaptiveSite> q) {
            super(site, q);
        }

        /** Adds the current handler's counts to its kind and forgets them. */
        synchronized void fold() {
            SiteCounters c = counters;
            if (c != null) {
                kind.hits.addAndGet(c.hits);
                kind.misses.addAndGet(c.misses);
                counters = null;
            }
        }
    }

    /** What the engine keeps on a site while a handler is installed. */
    private record Installed(InstalledSpecializer by, AdaptiveStats.KindCounters kind) {}

    /**
     * Every handler installed so far (weak, by identity) and what installed it: a handler that
     * faults after its site dropped it (another thread deoptimized the site, or the handler ran
     * Python code that did) is still blamed on its specializer. Touched on installs and faults only.
     */
    private final Map<SpecializedOp, Installed> origins = new MapMaker().weakKeys().makeMap();

    /**
     * @param specializers the VM's specializers (their {@code index} is their position here)
     * @param warnings where plugin-fault warnings go (null: nowhere)
     */
    public Adaptive(AdaptivePolicy policy, List<InstalledSpecializer> specializers, PrintStream warnings) {
        this.policy = policy;
        this.specializers = List.copyOf(specializers);
        this.warnings = warnings;
        if (specializers.size() > 64) throw new IllegalArgumentException("at most 64 specializers per VM");
        this.byFamily = new InstalledSpecializer[FAMILIES.length][];
        for (Family f : FAMILIES) {
            List<InstalledSpecializer> l = new ArrayList<>();
            for (InstalledSpecializer s : specializers) if (s.families().contains(f)) l.add(s);
            l.sort(Comparator.comparingInt((InstalledSpecializer s) -> -s.priority()).thenComparing(InstalledSpecializer::id));
            byFamily[f.ordinal()] = l.toArray(new InstalledSpecializer[0]);
        }
        int bits = 0;
        for (Family f : FAMILIES) if (byFamily[f.ordinal()].length > 0) bits |= 1 << f.ordinal();
        this.countedFamilies = bits;
    }

    public AdaptivePolicy policy() {
        return policy;
    }

    public List<InstalledSpecializer> specializers() {
        return specializers;
    }

    /** True when no specializer is installed (the generic VM). */
    public boolean isGeneric() {
        return specializers.isEmpty();
    }

    /**
     * The families some installed specializer serves, as a bit set (bit {@code 1 << family.ordinal()}).
     * The dispatch loop counts executions only for these: an instruction no specializer could
     * ever specialize skips its count, as every instruction does in the generic VM.
     */
    public int countedFamilies() {
        return countedFamilies;
    }

    // ------------------------------------------------------------------ attempts

    /**
     * Called by an adaptive instruction whose count reached its threshold, with the operands it
     * is about to use. The first call only arms the site with the warm-up. May rewrite the
     * instruction to its specialized form; the caller then runs the generic operation this time.
     *
     * @param kwnames keyword names of a CALL, else null
     */
    public void attempt(CodeObject code, AdaptiveSite s, int arg, String[] kwnames, Object... operands) {
        synchronized (s) {
            if (s.handler != null) return;
            InstalledSpecializer[] candidates = byFamily[s.family];
            if (!anyEnabled(candidates, s.disabled)) {
                // no specializer serves the family, or every one faulted here: the site stays
                // adaptive for good, without counting attempts nobody can answer
                s.count = 0;
                s.threshold = Integer.MAX_VALUE;
                return;
            }
            if (s.threshold == 0) {
                // first execution: arm with the warm-up
                s.threshold = policy.warmup();
                if (s.count < s.threshold) return;
            }
            if (s.count < s.threshold) return;
            AdaptiveStats.FamilyCounters fc = stats.family(s.family);
            fc.attempts.incrementAndGet();
            Context ctx = null;
            for (InstalledSpecializer is : candidates) {
                if ((s.disabled & (1L << is.index())) != 0) continue;
                if (ctx == null) ctx = new Context(code, s, arg, kwnames, operands);
                Specialization r;
                SpecializedOp h;
                String name;
                try {
                    r = is.specializer().specialize(ctx);
                    if (r == null) throw new NullPointerException("specialize returned null");
                    if (!r.succeeded()) {
                        stats.reason(s.family, is.id() + ": " + r.reason());
                        continue;
                    }
                    h = r.handler();
                    Class<? extends SpecializedOp> want = FAMILIES[s.family].handlerType();
                    if (!want.isInstance(h)) {
                        throw new ClassCastException("handler " + h.getClass().getName() + " is not a " + want.getSimpleName());
                    }
                    name = h.name();
                    if (name == null || name.isEmpty()) throw new IllegalStateException("handler has no name");
                    // the loop asks this outside any containment, on every hit: a handler whose
                    // answer throws is a fault now (handlers are immutable, so the answer is fixed)
                    if (h instanceof LoadMethodHandler lm) lm.bindsOwner();
                } catch (StackOverflowError | OutOfMemoryError e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    disable(code, s, is, e, FAMILIES[s.family].name());
                    continue;
                }
                install(code, s, arg, is, h, name);
                fc.successes.incrementAndGet();
                return;
            }
            fc.failures.incrementAndGet();
            s.failures++;
            rearm(s);
        }
    }

    private static boolean anyEnabled(InstalledSpecializer[] candidates, long disabled) {
        for (InstalledSpecializer is : candidates) if ((disabled & (1L << is.index())) == 0) return true;
        return false;
    }

    /**
     * The call site ({@link AdaptiveSite#slot}, 0..7) through which {@link Specialized} calls a
     * handler class: handler classes take the slots in turn as they are first installed. A hint
     * for the JIT only (any slot calls any handler correctly), so one table serves every VM of
     * the JVM, as the call sites themselves do.
     */
    private static final ClassValue<Integer> SLOT = new ClassValue<>() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        protected Integer computeValue(Class<?> type) {
            return next.getAndIncrement() & 7;
        }
    };

    private void install(CodeObject code, AdaptiveSite s, int arg, InstalledSpecializer by, SpecializedOp h, String name) {
        AdaptiveStats.KindCounters kind = stats.kind(FAMILIES[s.family], name, by.id());
        kind.specializations.incrementAndGet();
        drainCollected();
        SiteRef ref = (SiteRef) s.tracker;
        if (ref == null) {
            ref = new SiteRef(s, collected);
            sites.add(ref);
            s.tracker = ref;
        }
        SiteCounters counters = new SiteCounters();
        ref.kind = kind;
        ref.counters = counters;
        s.counters = counters;
        Installed in = new Installed(by, kind);
        origins.put(h, in);
        s.installed = in;
        s.misses = 0;
        s.failures = 0;
        s.count = 0;
        s.threshold = Integer.MAX_VALUE;
        s.handler = h;
        s.slot = SLOT.get(h.getClass());
        code.instructions[s.index] = Opcode.encode(specializedOpcode(code, s), arg);
        code.siteChanges++;
        code.compiled = null;
    }

    /**
     * The specialized opcode for a site: its family's, except two fused forms (the plugin's
     * handler is the same; the core uses its result for the next instruction and skips that):
     * a COMPARE_OP followed by a conditional jump on its result, and a FOR_ITER whose item the
     * next instruction stores in a local.
     */
    private static int specializedOpcode(CodeObject code, AdaptiveSite s) {
        int next = s.index + 1 < code.instructions.length ? Opcode.opcodeOf(code.instructions[s.index + 1]) : -1;
        if (s.family == Family.COMPARE_OP.ordinal() && Opcode.isBoolJump(next)) return Opcode.COMPARE_OP_JUMP_SPECIALIZED;
        if (s.family == Family.FOR_ITER.ordinal() && next == Opcode.STORE_FAST) return Opcode.FOR_ITER_STORE_SPECIALIZED;
        return Opcode.specializedOf(s.family);
    }

    /** Back to adaptive (caller holds the monitor and has counted why). */
    private void uninstall(CodeObject code, AdaptiveSite s) {
        Installed in = (Installed) s.installed;
        int word = code.instructions[s.index];
        code.instructions[s.index] = Opcode.encode(Opcode.adaptiveOf(s.family), Opcode.argOf(word));
        s.handler = null;
        code.siteChanges++;
        code.compiled = null;
        s.installed = null;
        if (s.tracker instanceof SiteRef ref) ref.fold();
        s.misses = 0;
    }

    private void rearm(AdaptiveSite s) {
        s.count = 0;
        s.threshold = policy.backoffAfter(Math.max(1, s.failures));
    }

    // ------------------------------------------------------------------ misses and faults

    /** Handler h's guard failed (the caller runs the generic operation). */
    public void miss(CodeObject code, AdaptiveSite s, SpecializedOp h) {
        s.counters.misses++;
        if (++s.misses >= policy.deoptAfter()) deopt(code, s, h);
    }

    private void deopt(CodeObject code, AdaptiveSite s, SpecializedOp h) {
        synchronized (s) {
            Installed in = (Installed) s.installed;
            // h: a thread still running a replaced handler must not deoptimize its successor
            if (in == null || s.handler != h || s.misses < policy.deoptAfter()) return;
            in.kind.deopts.incrementAndGet();
            stats.family(s.family).deopts.incrementAndGet();
            uninstall(code, s);
            s.failures++;
            rearm(s);
        }
    }

    /**
     * A handler threw something other than a Python exception: disable its specializer at this
     * site, warn once, count it. The caller then runs the generic operation. Java errors that
     * mean the JVM is in trouble (stack overflow, out of memory) are rethrown.
     */
    public void fault(CodeObject code, AdaptiveSite s, SpecializedOp h, Throwable t) {
        if (t instanceof StackOverflowError so) throw so;
        if (t instanceof OutOfMemoryError oom) throw oom;
        synchronized (s) {
            Installed in = (Installed) s.installed;
            if (in == null || s.handler != h) {
                // the site already dropped this handler: still blame, disable and warn
                Installed was = origins.get(h);
                if (was == null) {
                    stats.family(s.family).faults.incrementAndGet();
                    return;
                }
                was.kind.faults.incrementAndGet();
                if (in != null && in.by == was.by) {
                    // a newer handler of the same specializer: it goes too
                    uninstall(code, s);
                    rearm(s);
                }
                disable(code, s, was.by, t, was.kind.name);
                return;
            }
            in.kind.faults.incrementAndGet();
            uninstall(code, s);
            disable(code, s, in.by, t, in.kind.name);
            rearm(s);
        }
    }

    private void disable(CodeObject code, AdaptiveSite s, InstalledSpecializer is, Throwable t, String where) {
        s.disabled |= 1L << is.index();
        stats.family(s.family).faults.incrementAndGet();
        if (warnings != null && warned.add(is.id())) {
            String msg;
            try {
                msg = t.getMessage(); // plugin code too: a plugin's exception class may override it
            } catch (RuntimeException e) {
                msg = null;
            }
            warnings.println("specula: warning: specializer '" + is.id() + "' (" + is.origin() + ") failed in " + where
                    + " at " + code.filename + ":" + code.lineOf(s.index) + ": " + t.getClass().getName()
                    + (msg == null ? "" : ": " + firstLine(msg)) + "; disabled at that site (further faults not shown)");
            warnings.flush();
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ------------------------------------------------------------------ statistics

    /** The statistics so far, live site counters included. */
    /** Counts a compilation by the compiled tier (compiled: true) or a code object it declined. */
    public void countCompilation(boolean compiled) {
        (compiled ? stats.compilations : stats.declined).incrementAndGet();
    }

    public AdaptiveStats.Snapshot snapshot() {
        drainCollected();
        Map<AdaptiveStats.KindCounters, long[]> live = new IdentityHashMap<>();
        for (SiteRef ref : sites) {
            synchronized (ref) {
                SiteCounters c = ref.counters;
                if (c == null) continue;
                long[] l = live.computeIfAbsent(ref.kind, k -> new long[2]);
                l[0] += c.hits;
                l[1] += c.misses;
            }
        }
        return stats.snapshot(policy, specializers, live);
    }

    /** Folds the counts of sites whose code objects were collected. */
    private void drainCollected() {
        for (Reference<? extends AdaptiveSite> r; (r = collected.poll()) != null; ) {
            SiteRef ref = (SiteRef) r;
            ref.fold();
            sites.remove(ref);
        }
    }

    /** The name dis shows for a specialized site, or null when the site is not specialized. */
    public static String specializedName(AdaptiveSite s) {
        SpecializedOp h = s.handler;
        if (h == null) return null;
        Object in = s.installed;
        return in instanceof Installed i ? i.kind.name : h.name();
    }
}
