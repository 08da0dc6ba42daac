package org.specula.core.adaptive;

/**
 * When sites specialize and when they give up. The defaults follow CPython 3.11:
 *
 * <ul>
 *   <li>{@code warmup} 8: an adaptive instruction attempts specialization on its 8th execution
 *       (the {@code feet_to_meters} demo of the 3.11 release).</li>
 *   <li>{@code backoffStart} 16 and {@code backoffCap} 4096: after the k-th failed attempt in a
 *       row the site waits {@code min(backoffStart << (k - 1), backoffCap)} executions before the
 *       next one (CPython 3.11 backs off from 16 to 4096 the same way). Deoptimization re-arms
 *       the site with the same back-off; the execution that deoptimizes (or whose handler
 *       faults) runs the generic instruction and counts as the first of the wait, as in CPython,
 *       which re-dispatches it as the adaptive instruction. So after failed attempt k at
 *       execution e the next attempt is at e + wait(k), after a deopt at execution d it is at
 *       d + wait(k) - 1. A site whose family has no specializer left (none serves it, or each
 *       one faulted there) stops attempting for good.</li>
 *   <li>{@code deoptAfter} 53: a specialized site that misses this many times in a row is
 *       deoptimized back to adaptive (53 is CPython 3.11's miss counter start; CPython counts
 *       misses since specialization, Specula counts them in a row, so a site whose guard mostly
 *       holds keeps its handler).</li>
 *   <li>{@code compileAfter} 1000: a function entered or looped back in this many times is
 *       compiled by the compiled tier ({@code org.specula.core.interp.TierCompiler}), its
 *       specialized sites calling their handlers directly; 0 turns the tier off. CPython 3.11
 *       has no such tier: it is how Specula makes specialization pay on the JVM.</li>
 * </ul>
 *
 * <p>The eager policy (warm-up 1, deopt after 1 miss, back-off 1 capped at 1) makes every site
 * specialize, miss, deoptimize and re-specialize as often as possible, and compiles a function
 * on its first entry (again after each change of its sites, up to a limit): conformance runs use it.
 */
public record AdaptivePolicy(int warmup, int deoptAfter, int backoffStart, int backoffCap, int compileAfter) {
    /** The compiled tier's default threshold. */
    public static final int COMPILE_AFTER = 1000;
    /** CPython 3.11's numbers: warm-up 8, deopt after 53 misses in a row, back-off 16 to 4096; compiled after 1000. */
    public static final AdaptivePolicy DEFAULT = new AdaptivePolicy(8, 53, 16, 4096, COMPILE_AFTER);
    /** Specialize on the first execution, deoptimize on the first miss, retry on the next execution, compile at once. */
    public static final AdaptivePolicy EAGER = new AdaptivePolicy(1, 1, 1, 1, 1);

    /** A policy with the compiled tier's default threshold. */
    public AdaptivePolicy(int warmup, int deoptAfter, int backoffStart, int backoffCap) {
        this(warmup, deoptAfter, backoffStart, backoffCap, COMPILE_AFTER);
    }

    /** Checks every number is in 1 .. 2^30 and the cap is at least the start; IllegalArgumentException otherwise. */
    public AdaptivePolicy {
        check("warmup", warmup);
        check("deopt-after", deoptAfter);
        check("backoff", backoffStart);
        check("backoff-cap", backoffCap);
        if (compileAfter != 0) check("compile-after", compileAfter);
        if (backoffCap < backoffStart) {
            throw new IllegalArgumentException("backoff-cap (" + backoffCap + ") must be at least backoff (" + backoffStart + ")");
        }
    }

    private static void check(String what, int v) {
        if (v < 1 || v > (1 << 30)) throw new IllegalArgumentException(what + " must be between 1 and 2^30, not " + v);
    }

    /** This policy with another warm-up (the back-off cap raised to the start if needed). */
    public AdaptivePolicy withWarmup(int w) {
        return new AdaptivePolicy(w, deoptAfter, backoffStart, Math.max(backoffCap, backoffStart), compileAfter);
    }

    /** This policy deoptimizing after n misses in a row. */
    public AdaptivePolicy withDeoptAfter(int n) {
        return new AdaptivePolicy(warmup, n, backoffStart, backoffCap, compileAfter);
    }

    /** This policy with another back-off schedule. */
    public AdaptivePolicy withBackoff(int start, int cap) {
        return new AdaptivePolicy(warmup, deoptAfter, start, cap, compileAfter);
    }

    /** This policy compiling a function after n entries and backward jumps (0: no compiled tier). */
    public AdaptivePolicy withCompileAfter(int n) {
        return new AdaptivePolicy(warmup, deoptAfter, backoffStart, backoffCap, n);
    }

    /** Executions to wait after the given number of consecutive failures (>= 1). */
    int backoffAfter(int failures) {
        int shift = Math.min(failures - 1, 30);
        long d = (long) backoffStart << shift;
        return (int) Math.min(d, backoffCap);
    }
}
