package org.specula.core.code;

import org.specula.api.spi.SpecializedOp;

/**
 * The adaptive state of one specializable instruction (CPython 3.11 keeps it in the inline
 * cache entries after the instruction; here it is a small object per site).
 *
 * <p>While the site is adaptive, the instruction counts its executions in {@link #count} and asks
 * the adaptive engine to specialize when the count reaches {@link #threshold}. While specialized,
 * {@link #handler} is the plugin's handler and the instruction word holds the family's
 * specialized opcode.
 *
 * <p>Threads: the fields are plain (no locks or volatiles in the hot path). The engine changes a
 * site's state under the site's monitor and publishes the handler before the opcode that uses it;
 * a thread that sees the specialized opcode with a null handler runs the generic operation. A
 * handler is immutable (final fields), so any handler a thread reads is a valid one. Counters
 * updated without locks may lose increments when several threads run one site; they only steer
 * timing and statistics, never results.
 */
public final class AdaptiveSite {
    /** The family (index in {@code org.specula.api.spi.Family}). */
    public final int family;
    /** The instruction's index in its code object. */
    public final int index;
    /** Executions since the site was last (re)armed. */
    public int count;
    /** The count at which to attempt specialization; 0 until the engine first arms the site. */
    public int threshold;
    /** Consecutive failed attempts (the back-off exponent). */
    public int failures;
    /** Consecutive misses of the installed handler. */
    public int misses;
    /** Hits and misses of the installed handler (never null). */
    public SiteCounters counters = SiteCounters.DETACHED;
    /** The installed handler, or null while adaptive. */
    public SpecializedOp handler;
    /** Which of the family's call sites in {@code Specialized} calls the handler (by its class). */
    public int slot;
    /** Engine data for the installed handler (its specializer and statistics), or null. */
    public Object installed;
    /** The engine's (weak) record of this site once it held a handler, else null. */
    public Object tracker;
    /** Bit i set: the specializer with index i faulted here and is not asked again at this site. */
    public long disabled;

    public AdaptiveSite(int family, int index) {
        this.family = family;
        this.index = index;
    }
}
