package org.specula.core.interp;

import org.specula.api.spi.SpecializedOp;
import org.specula.core.adaptive.Adaptive;
import org.specula.core.code.CodeObject;

/**
 * A code object compiled to a JVM method by the {@link TierCompiler}: the second tier, which runs
 * a hot function's specialized instructions without dispatch, each specialized site calling its
 * own plugin handler (so the JIT inlines that handler, guard and all, at that site).
 *
 * <p>The interpreter enters compiled code at a few instructions only ({@link #entersAt}): the
 * function's start, the targets of backward jumps (loop heads) and the instructions after calls
 * (where a callee returns). Compiled code runs until it reaches an instruction it leaves to the
 * interpreter (a call to a Python function, a return, anything it does not compile, a site whose
 * guess stopped holding after the code was compiled) and returns that instruction's index; the
 * frame's locals and operand stack are then in the frame, exactly as the interpreter would have
 * left them, and the interpreter carries on from there. An exception leaves the frame the same
 * way, with {@link Frame#pc} one past the failing instruction (for the traceback and the
 * exception table) before it propagates.
 */
public abstract class CompiledCode {
    /** Compilations of one code object at most: one whose sites keep changing stays interpreted. */
    static final int MAX_COMPILATIONS = 8;
    /** Set (system property {@code specula.tier.strict}) in tests: a failed compilation is an error, not a silent fallback. */
    private static final boolean STRICT = Boolean.getBoolean("specula.tier.strict");
    /** Set (system property {@code specula.tier.trace}): each compilation is reported on stderr. */
    private static final boolean TRACE = Boolean.getBoolean("specula.tier.trace");

    /**
     * Two classes that are never entered, loaded with this one so that the JIT never sees a single
     * implementation of {@link #run}: with one, it would inline that class's run into the
     * interpreter's loop on the class hierarchy's word alone, and throw the loop's machine code
     * away each time the tier defines the next class (seen as seconds of the loop in the JVM's
     * bytecode interpreter).
     */
    private static final class Unused extends CompiledCode {
        Unused() {
            super(new boolean[0], null, null, null);
        }

        @Override
        public int run(Frame f, int pc) {
            throw new IllegalStateException("never entered");
        }
    }

    private static final class AlsoUnused extends CompiledCode {
        AlsoUnused() {
            super(new boolean[0], null, null, null);
        }

        @Override
        public int run(Frame f, int pc) {
            throw new IllegalStateException("never entered");
        }
    }

    static final CompiledCode[] UNUSED = {new Unused(), new AlsoUnused()};

    private final boolean[] entries;
    /** The code object compiled. */
    final CodeObject code;
    final Adaptive adaptive;
    /** The handler each specialized site was compiled with (null elsewhere). */
    final SpecializedOp[] handlers;

    protected CompiledCode(boolean[] entries, CodeObject code, Adaptive adaptive, SpecializedOp[] handlers) {
        this.entries = entries;
        this.code = code;
        this.adaptive = adaptive;
        this.handlers = handlers;
    }

    /** True if the interpreter may enter this code at instruction pc. */
    public final boolean entersAt(int pc) {
        return pc < entries.length && entries[pc];
    }

    /**
     * Runs frame f from instruction pc (one where {@link #entersAt} holds), its operand stack
     * holding {@code f.sp - f.stackBase} values. Returns the index of the instruction the
     * interpreter runs next, with {@link Frame#sp} set.
     */
    public abstract int run(Frame f, int pc);

    /**
     * The compiled code to run code from pc with, compiling code when this entry or backward jump
     * makes it hot (compileAfter of them); null: the interpreter goes on.
     */
    static CompiledCode enter(CodeObject code, int pc, Adaptive ad, int compileAfter) {
        CompiledCode cc = code.compiled;
        if (cc == null) {
            if (++code.heat < compileAfter || code.compilations >= MAX_COMPILATIONS) return null;
            cc = compileNow(code, ad);
            if (cc == null) return null;
        }
        return cc.entersAt(pc) ? cc : null;
    }

    private static CompiledCode compileNow(CodeObject code, Adaptive ad) {
        code.heat = 0;
        code.compilations++;
        int changes = code.siteChanges;
        CompiledCode cc;
        try {
            cc = TierCompiler.compile(code, ad);
        } catch (RuntimeException | LinkageError e) {
            if (STRICT) {
                // the program sees an internal SystemError; the test log gets the cause in full
                e.printStackTrace();
                throw new IllegalStateException("the compiled tier failed on " + code.qualname, e);
            }
            cc = null;
        }
        if (TRACE) System.err.println("[tier] " + code.qualname + " compilation " + code.compilations + ": " + (cc == null ? "not compiled" : "compiled"));
        ad.countCompilation(cc != null);
        if (cc == null) {
            code.compilations = MAX_COMPILATIONS;
            return null;
        }
        // a site that changed while this was compiled would not drop it: compile again later
        if (code.siteChanges != changes) return null;
        code.compiled = cc;
        return cc;
    }
}
