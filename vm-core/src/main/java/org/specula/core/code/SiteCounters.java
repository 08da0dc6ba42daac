package org.specula.core.code;

/**
 * Hits and misses of the handler installed at a site, counted without synchronization by the
 * specialized instruction. A fresh object per installation; the adaptive engine keeps a
 * reference too, so the counts survive the code object and are added to the statistics when the
 * handler is removed or its site is collected.
 */
public final class SiteCounters {
    /** Where a site that never held a handler counts (only a racing thread can reach it). */
    public static final SiteCounters DETACHED = new SiteCounters();

    public long hits;
    public long misses;
}
