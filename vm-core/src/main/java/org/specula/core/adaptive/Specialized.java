package org.specula.core.adaptive;

import org.specula.api.object.DictObject;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.CallHandler;
import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.ContainsOpHandler;
import org.specula.api.spi.ForIterHandler;
import org.specula.api.spi.LoadAttrHandler;
import org.specula.api.spi.LoadGlobalHandler;
import org.specula.api.spi.LoadMethodHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.api.spi.StoreAttrHandler;
import org.specula.api.spi.StoreSubscrHandler;
import org.specula.api.spi.UnpackSequenceHandler;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;
import org.specula.core.runtime.PyException;

/**
 * The specialized forms of the instructions, one method per family, called by the dispatch loop
 * for a site rewritten to its specialized opcode. Each runs the site's handler and returns its
 * result, or {@link SpecializedOp#MISS} when the loop must run the generic instruction instead:
 * the guard failed (a miss, counted, maybe deoptimizing the site), the site was just deoptimized
 * by another thread (no handler), or the plugin faulted (contained, see {@link Adaptive#fault}).
 * Python exceptions raised by a handler propagate as the generic instruction's would.
 */
public final class Specialized {
    private Specialized() {}

    private static final Object MISS = SpecializedOp.MISS;

    /** A hit of the site's handler, counted (also called by compiled code). */
    public static void hit(AdaptiveSite s) {
        s.counters.hits++;
        if (s.misses != 0) s.misses = 0;
    }

    private static Object handled(Adaptive ad, CodeObject code, AdaptiveSite s, SpecializedOp h, Object r) {
        if (r == MISS) {
            ad.miss(code, s, h);
            return MISS;
        }
        if (r == null) {
            ad.fault(code, s, h, new NullPointerException("the handler returned null"));
            return MISS;
        }
        hit(s);
        return r;
    }

    /**
     * What a handler threw: a Python exception is the operation's own result (a hit, rethrown);
     * anything else is a plugin fault, contained (the caller then runs the generic operation).
     */
    public static Object contain(Adaptive ad, CodeObject code, AdaptiveSite s, SpecializedOp h, Throwable t) {
        if (t instanceof PyException e) {
            hit(s);
            throw e;
        }
        ad.fault(code, s, h, t);
        return MISS;
    }

    /**
     * Compiled code's bookkeeping for a result r of handler h that it cannot use: a miss (counted,
     * maybe deoptimizing the site) or a faulty result (contained as {@link #handled},
     * {@link #containsOp} and {@link #unpackSequence} do; n is UNPACK_SEQUENCE's count). The
     * caller then runs the generic operation.
     */
    public static void rejected(Adaptive ad, CodeObject code, AdaptiveSite s, SpecializedOp h, Object r, int n) {
        if (r == MISS || r == Boolean.FALSE && (h instanceof StoreSubscrHandler || h instanceof StoreAttrHandler)) {
            ad.miss(code, s, h);
        } else if (r == null) {
            ad.fault(code, s, h, new NullPointerException("the handler returned null"));
        } else if (h instanceof ContainsOpHandler) {
            ad.fault(code, s, h, new ClassCastException("the handler returned " + describe(r) + ", not a Boolean"));
        } else {
            ad.fault(code, s, h, new IllegalStateException("the handler returned " + describe(r) + ", not an array of " + n + " items"));
        }
    }

    /**
     * A faulty result, for the warning, without running plugin code (no toString; the handler's
     * name is in the warning already, from its installation).
     */
    private static String describe(Object r) {
        if (r == null) return "null";
        if (r instanceof Object[] a) return "an array of " + a.length;
        return "a " + r.getClass().getName();
    }

    /**
     * BINARY_OP calls its handler from one of eight call sites, chosen by the handler's class
     * ({@link AdaptiveSite#slot}): a program's arithmetic handlers are many small classes (five in
     * n-body), and through one call site the JIT would see them all and make an interface
     * dispatch of every call; through eight each call site sees one or two classes and the JIT
     * inlines them (measured in docs/performance.md).
     */
    public static Object binaryOp(Adaptive ad, CodeObject code, AdaptiveSite s, Object left, Object right) {
        if (!(s.handler instanceof BinaryOpHandler h)) return MISS;
        Object r;
        try {
            switch (s.slot) {
                case 0: r = h.apply(left, right); break;
                case 1: r = h.apply(left, right); break;
                case 2: r = h.apply(left, right); break;
                case 3: r = h.apply(left, right); break;
                case 4: r = h.apply(left, right); break;
                case 5: r = h.apply(left, right); break;
                case 6: r = h.apply(left, right); break;
                default: r = h.apply(left, right); break;
            }
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    public static Object compareOp(Adaptive ad, CodeObject code, AdaptiveSite s, Object left, Object right) {
        if (!(s.handler instanceof CompareOpHandler h)) return MISS;
        Object r;
        try {
            r = h.apply(left, right);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    public static Object binarySubscr(Adaptive ad, CodeObject code, AdaptiveSite s, Object container, Object key) {
        if (!(s.handler instanceof BinarySubscrHandler h)) return MISS;
        Object r;
        try {
            r = h.apply(container, key);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    /** True when the handler stored; false: run the generic store. */
    public static boolean storeSubscr(Adaptive ad, CodeObject code, AdaptiveSite s, Object container, Object key, Object value) {
        if (!(s.handler instanceof StoreSubscrHandler h)) return false;
        boolean done;
        try {
            done = h.store(container, key, value);
        } catch (RuntimeException | Error e) {
            contain(ad, code, s, h, e);
            return false;
        }
        if (done) {
            hit(s);
        } else {
            ad.miss(code, s, h);
        }
        return done;
    }

    /** Boolean.TRUE/FALSE for {@code item in container} (not inverted), or MISS. */
    public static Object containsOp(Adaptive ad, CodeObject code, AdaptiveSite s, Object item, Object container) {
        if (!(s.handler instanceof ContainsOpHandler h)) return MISS;
        Object r;
        try {
            r = h.apply(item, container);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        if (r != MISS && r != Boolean.TRUE && r != Boolean.FALSE) {
            ad.fault(code, s, h, new ClassCastException("the handler returned " + describe(r) + ", not a Boolean"));
            return MISS;
        }
        return handled(ad, code, s, h, r);
    }

    public static Object loadAttr(Adaptive ad, CodeObject code, AdaptiveSite s, Object owner) {
        if (!(s.handler instanceof LoadAttrHandler h)) return MISS;
        Object r;
        try {
            r = h.load(owner);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    /** True when the handler stored; false: run the generic store. */
    public static boolean storeAttr(Adaptive ad, CodeObject code, AdaptiveSite s, Object owner, Object value) {
        if (!(s.handler instanceof StoreAttrHandler h)) return false;
        boolean done;
        try {
            done = h.store(owner, value);
        } catch (RuntimeException | Error e) {
            contain(ad, code, s, h, e);
            return false;
        }
        if (done) {
            hit(s);
        } else {
            ad.miss(code, s, h);
        }
        return done;
    }

    /**
     * The method (to be called with owner as first argument) or the plain attribute, or MISS;
     * which of the two is the handler's {@link LoadMethodHandler#bindsOwner()}.
     */
    public static Object loadMethod(Adaptive ad, CodeObject code, AdaptiveSite s, LoadMethodHandler h, Object owner) {
        Object r;
        try {
            r = h.load(owner);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    public static Object loadGlobal(Adaptive ad, CodeObject code, AdaptiveSite s, DictObject globals, DictObject builtins) {
        if (!(s.handler instanceof LoadGlobalHandler h)) return MISS;
        Object r;
        try {
            r = h.load(globals, builtins);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    /**
     * The call's result, {@link CallHandler#ENTER_FRAME} (counted as a hit: the loop pushes the
     * function's frame as the generic CALL does), or MISS. A call with keyword names is a miss.
     */
    public static Object call(Adaptive ad, CodeObject code, AdaptiveSite s, Object callable, Object[] args, int start,
                              int count, String[] kwnames) {
        if (!(s.handler instanceof CallHandler h)) return MISS;
        if (kwnames != null) {
            ad.miss(code, s, h);
            return MISS;
        }
        Object r;
        try {
            r = h.call(callable, args, start, count);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    /** The next item, {@link ForIterHandler#EXHAUSTED}, or MISS. */
    public static Object forIter(Adaptive ad, CodeObject code, AdaptiveSite s, Object iterator) {
        if (!(s.handler instanceof ForIterHandler h)) return MISS;
        Object r;
        try {
            r = h.next(iterator);
        } catch (RuntimeException | Error e) {
            return contain(ad, code, s, h, e);
        }
        return handled(ad, code, s, h, r);
    }

    /** An array whose first n elements are the items, or null: run the generic unpack. */
    public static Object[] unpackSequence(Adaptive ad, CodeObject code, AdaptiveSite s, Object seq, int n) {
        if (!(s.handler instanceof UnpackSequenceHandler h)) return null;
        Object r;
        try {
            r = h.unpack(seq);
        } catch (RuntimeException | Error e) {
            contain(ad, code, s, h, e);
            return null;
        }
        if (r == MISS) {
            ad.miss(code, s, h);
            return null;
        }
        if (!(r instanceof Object[] items) || items.length < n) {
            ad.fault(code, s, h, new IllegalStateException("the handler returned " + describe(r) + ", not an array of " + n + " items"));
            return null;
        }
        hit(s);
        return items;
    }
}
