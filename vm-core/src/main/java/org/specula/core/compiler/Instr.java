package org.specula.core.compiler;

import org.specula.core.ast.Ast.Pos;

/**
 * One instruction of the compiler's intermediate form: a real opcode or one of the pseudo
 * opcodes below, with an optional jump target label and the source position it was compiled
 * from (null = artificial, gets a line from its neighbours as in CPython).
 */
final class Instr {
    // pseudo opcodes, resolved by the assembler
    static final int LABEL = 300, SETUP_FINALLY = 301, SETUP_CLEANUP = 302, SETUP_WITH = 303, POP_BLOCK = 304,
            JUMP = 305, JUMP_NO_INTERRUPT = 306, POP_JUMP_IF_FALSE = 307, POP_JUMP_IF_TRUE = 308,
            POP_JUMP_IF_NONE = 309, POP_JUMP_IF_NOT_NONE = 310,
            /** Stands for CPython's RESUME: carries the unit's first line for line propagation; never emitted. */
            RESUME_MARK = 311;

    int op;
    int arg;
    Label target;
    Pos pos;
    /** The innermost active exception handler when this instruction runs, or null. */
    Handler handler;

    /** An exception handler: where to jump, the stack depth to unwind to, whether lasti is pushed. */
    static final class Handler {
        final Label target;
        final int depth;
        final boolean lasti;

        Handler(Label target, int depth, boolean lasti) {
            this.target = target;
            this.depth = depth;
            this.lasti = lasti;
        }
    }

    Instr(int op, int arg, Label target, Pos pos) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.pos = pos;
    }

    Instr copy() {
        Instr c = new Instr(op, arg, target, pos);
        c.handler = handler;
        return c;
    }

    /** A jump target; bound to a basic block by the assembler. */
    static final class Label {
        Assembler.Block block;
    }

    boolean isBlockPush() {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    boolean hasTarget() {
        return target != null && op != LABEL;
    }

    boolean isUnconditionalJump() {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == org.specula.core.code.Opcode.JUMP_FORWARD
                || op == org.specula.core.code.Opcode.JUMP_BACKWARD
                || op == org.specula.core.code.Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    boolean isScopeExit() {
        return op == org.specula.core.code.Opcode.RETURN_VALUE || op == org.specula.core.code.Opcode.RAISE_VARARGS
                || op == org.specula.core.code.Opcode.RERAISE;
    }

    /** Ends a basic block: any jump (not a block push) or a scope exit. */
    boolean endsBlock() {
        return (hasTarget() && !isBlockPush()) || isScopeExit();
    }

    /** Control never falls through to the next instruction. */
    boolean noFallthrough() {
        return isUnconditionalJump() || isScopeExit();
    }

    int line() {
        return pos == null ? -1 : pos.line();
    }
}
