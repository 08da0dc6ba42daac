package org.specula.core.compiler;

import static org.specula.core.code.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.specula.core.ast.Ast.Pos;
import org.specula.core.code.ExceptionTableEntry;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyTuple;

/**
 * Turns the compiler's instruction list into final code, as CPython 3.11's {@code assemble()}:
 * basic blocks, the CFG optimisations that shape 3.11's output (constant conditional jumps,
 * jump threading, small exit block inlining, unreachable code removal, exit duplication),
 * line number propagation, stack depth by flow analysis, exception table from the
 * SETUP_/POP_BLOCK pseudo instructions, and finally jump resolution to absolute indices with
 * FORWARD/BACKWARD names chosen by direction.
 */
public final class Assembler {
    static final int MAX_COPY_SIZE = 4;

    /** A basic block. */
    static final class Block {
        final List<Instr> instrs = new ArrayList<>();
        Block next;
        int predecessors;
        boolean visited;
        int startDepth = Integer.MIN_VALUE;
        Deque<Instr> exceptStack;
        int offset;

        Instr last() {
            return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
        }

        boolean noFallthrough() {
            Instr l = last();
            return l != null && l.noFallthrough();
        }

        boolean isExit() {
            Instr l = last();
            return l != null && l.isScopeExit();
        }
    }

    /** The assembled result. */
    static final class Result {
        int[] code;
        int[] positions;
        ExceptionTableEntry[] exceptionTable;
        int stacksize;
    }

    private final IntFunction<Object> getConst;
    private final ToIntFunction<Object> addConst;
    private Block entry;
    /** Handler blocks of reachable SETUP_* markers: CPython keeps them even when nothing is covered. */
    private final List<Instr.Handler> handlerList = new ArrayList<>();

    private final int firstlineno;

    Assembler(IntFunction<Object> getConst, ToIntFunction<Object> addConst, int firstlineno) {
        this.getConst = getConst;
        this.addConst = addConst;
        this.firstlineno = Math.max(firstlineno, 1);
    }

    Result assemble(List<Instr> code) {
        // Order as CPython 3.11's assemble(): stack depth and exception targets are computed on
        // the unoptimised graph, then the SETUP_*/POP_BLOCK markers vanish before optimisation.
        buildBlocks(code);
        stackDepth(false);
        labelExceptionTargets();
        for (Block b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.isBlockPush() || in.op == Instr.POP_BLOCK) {
                    in.op = NOP;
                    in.target = null;
                }
            }
            // only line-less NOPs go now; the others are cleaned after the peepholes, as CPython
            b.instrs.removeIf(in -> in.op == NOP && in.pos == null);
        }
        optimize();
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
        guaranteeLinenoForExits();
        int maxDepth = stackDepth(true);
        return emit(maxDepth);
    }

    // ------------------------------------------------------------ blocks

    private void buildBlocks(List<Instr> code) {
        entry = new Block();
        Block cur = entry;
        for (Instr in : code) {
            if (in.op == Instr.LABEL) {
                if (!cur.instrs.isEmpty()) {
                    Block b = new Block();
                    cur.next = b;
                    cur = b;
                }
                in.target.block = cur;
                continue;
            }
            cur.instrs.add(in);
            if (in.endsBlock()) {
                Block b = new Block();
                cur.next = b;
                cur = b;
            }
        }
    }

    private static Block target(Instr in) {
        return in.target.block;
    }

    /** First instruction of the block or of the first non-empty block after it. */
    private static Instr firstInstr(Block b) {
        while (b != null && b.instrs.isEmpty()) b = b.next;
        return b == null ? null : b.instrs.get(0);
    }

    private static Block nonEmpty(Block b) {
        while (b != null && b.instrs.isEmpty()) b = b.next;
        return b;
    }

    // ------------------------------------------------------------ optimisation

    private void optimize() {
        for (Block b = entry; b != null; b = b.next) {
            optimizeBlock(b);
            cleanBlock(b);
        }
        for (Block b = entry; b != null; b = b.next) {
            extendBlock(b);
            cleanBlock(b);
        }
        markReachable();
        for (Block b = entry; b != null; b = b.next) {
            if (!b.visited) b.instrs.clear();
        }
        eliminateEmptyBlocks();
        removeRedundantJumps();
        // recount after the changes
        markReachable();
    }

    private boolean isTrue(Object c) {
        if (c instanceof Boolean bo) return bo;
        if (c == Py.None) return false;
        if (c instanceof Long l) return l != 0;
        if (c instanceof java.math.BigInteger) return true;
        if (c instanceof Double d) return d != 0.0;
        if (c instanceof String s) return !s.isEmpty();
        if (c instanceof PyTuple t) return t.size() != 0;
        return true;
    }

    private void optimizeBlock(Block b) {
        List<Instr> ins = b.instrs;
        for (int i = 0; i < ins.size(); i++) {
            Instr in = ins.get(i);
            Instr nx = i + 1 < ins.size() ? ins.get(i + 1) : null;
            int nextop = nx == null ? -1 : nx.op;
            switch (in.op) {
                case LOAD_CONST -> {
                    if (nextop == Instr.POP_JUMP_IF_FALSE || nextop == Instr.POP_JUMP_IF_TRUE) {
                        boolean t = isTrue(getConst.apply(in.arg));
                        in.op = NOP;
                        if (t == (nextop == Instr.POP_JUMP_IF_TRUE)) {
                            nx.op = Instr.JUMP;
                            truncateAfter(b, i + 1);
                        } else {
                            nx.op = NOP;
                            nx.target = null;
                        }
                    } else if (nextop == JUMP_IF_FALSE_OR_POP || nextop == JUMP_IF_TRUE_OR_POP) {
                        boolean t = isTrue(getConst.apply(in.arg));
                        if (t == (nextop == JUMP_IF_TRUE_OR_POP)) {
                            nx.op = Instr.JUMP;
                            truncateAfter(b, i + 1);
                        } else {
                            in.op = NOP;
                            nx.op = NOP;
                            nx.target = null;
                        }
                    } else if (nextop == IS_OP && getConst.apply(in.arg) == Py.None && i + 2 < ins.size()) {
                        Instr j = ins.get(i + 2);
                        if (j.op == Instr.POP_JUMP_IF_FALSE || j.op == Instr.POP_JUMP_IF_TRUE) {
                            boolean notNone = (nx.arg != 0) ^ (j.op == Instr.POP_JUMP_IF_FALSE);
                            in.op = NOP;
                            nx.op = NOP;
                            j.op = notNone ? Instr.POP_JUMP_IF_NOT_NONE : Instr.POP_JUMP_IF_NONE;
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && nx.arg == in.arg && in.arg >= 1 && in.arg <= 3) {
                        in.op = NOP;
                        if (in.arg == 1) {
                            nx.op = NOP;
                        } else {
                            nx.op = SWAP;
                            nx.arg = in.arg;
                        }
                        continue;
                    }
                    foldTuple(ins, i);
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (nx.arg & 1) == 0) {
                        in.op = NOP;
                        nx.arg |= 1;
                    }
                }
                case SWAP -> {
                    // `a, b = b, a`: swap the following stores instead (apply_static_swaps)
                    int k = in.arg;
                    if (k >= 2 && i + k < ins.size()) {
                        boolean ok = true;
                        java.util.Set<Integer> seen = new java.util.HashSet<>();
                        for (int j = 1; j <= k && ok; j++) {
                            Instr st = ins.get(i + j);
                            ok = isSimpleStore(st) && (st.op == POP_TOP || seen.add(st.arg));
                        }
                        if (ok) {
                            in.op = NOP;
                            Instr s1 = ins.get(i + 1), s2 = ins.get(i + k);
                            ins.set(i + 1, s2);
                            ins.set(i + k, s1);
                        }
                    }
                }
                case Instr.POP_JUMP_IF_FALSE, Instr.POP_JUMP_IF_TRUE, Instr.POP_JUMP_IF_NONE,
                        Instr.POP_JUMP_IF_NOT_NONE, Instr.JUMP -> {
                    Instr t = firstInstr(target(in));
                    if (t != null && t.op == Instr.JUMP && t.line() == in.line()
                            && t.target.block != in.target.block) {
                        in.target = t.target;
                        i--;
                    }
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    boolean isFalse = in.op == JUMP_IF_FALSE_OR_POP;
                    Block tb = nonEmpty(target(in));
                    Instr t = tb == null ? null : tb.instrs.get(0);
                    if (t == null || t.target == null || t.target.block == in.target.block) break;
                    int same = isFalse ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
                    int opp = isFalse ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
                    int popSame = isFalse ? Instr.POP_JUMP_IF_FALSE : Instr.POP_JUMP_IF_TRUE;
                    int popOpp = isFalse ? Instr.POP_JUMP_IF_TRUE : Instr.POP_JUMP_IF_FALSE;
                    if ((t.op == popSame || t.op == Instr.JUMP || t.op == same) && t.line() != in.line()) {
                        break;
                    }
                    if (t.op == popSame) {
                        in.op = popSame;
                        in.target = t.target;
                        i--;
                    } else if (t.op == Instr.JUMP || t.op == same) {
                        in.target = t.target;
                        i--;
                    } else if ((t.op == opp || t.op == popOpp) && in.line() == t.line() && tb.instrs.size() == 1
                            && tb.next != null) {
                        in.op = popSame;
                        Instr.Label l = new Instr.Label();
                        l.block = tb.next;
                        in.target = l;
                        i--;
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean isSimpleStore(Instr in) {
        return in.op == STORE_FAST || in.op == POP_TOP;
    }

    private static void truncateAfter(Block b, int i) {
        while (b.instrs.size() > i + 1) b.instrs.remove(b.instrs.size() - 1);
    }

    private void foldTuple(List<Instr> ins, int i) {
        Instr in = ins.get(i);
        int n = in.arg;
        if (i < n) return;
        Object[] items = new Object[n];
        for (int k = 0; k < n; k++) {
            Instr c = ins.get(i - n + k);
            if (c.op != LOAD_CONST) return;
            items[k] = getConst.apply(c.arg);
        }
        for (int k = 0; k < n; k++) ins.get(i - n + k).op = NOP;
        in.op = LOAD_CONST;
        in.arg = addConst.applyAsInt(new PyTuple(items));
    }

    /**
     * Removes NOPs where legal, as CPython's clean_basic_block: a NOP stays only when it is the
     * sole carrier of its line number; otherwise its position moves to a following instruction
     * that has none.
     */
    private static void cleanBlock(Block b) {
        List<Instr> ins = b.instrs;
        List<Instr> out = new ArrayList<>(ins.size());
        int prevLine = -1;
        for (int i = 0; i < ins.size(); i++) {
            Instr in = ins.get(i);
            int line = in.line();
            if (in.op == NOP) {
                if (line < 0 || prevLine == line) continue;
                if (i < ins.size() - 1) {
                    Instr nx = ins.get(i + 1);
                    if (nx.line() < 0 || nx.line() == line) {
                        if (nx.pos == null) nx.pos = in.pos;
                        continue;
                    }
                } else {
                    Block next = nonEmpty(b.next);
                    if (next != null && next.instrs.get(0).line() == line) continue;
                }
            }
            out.add(in);
            prevLine = line;
        }
        ins.clear();
        ins.addAll(out);
    }

    private void extendBlock(Block b) {
        Instr last = b.last();
        if (last == null || !last.isUnconditionalJump()) return;
        Block t = nonEmpty(target(last));
        if (t != null && t.isExit() && t.instrs.size() <= MAX_COPY_SIZE && !hasLineno(t)) {
            last.op = NOP; // keeps the jump's line for the copied instructions
            last.target = null;
            for (Instr in : t.instrs) b.instrs.add(in.copy());
        }
    }

    private void markReachable() {
        for (Block b = entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        entry.visited = true;
        for (Instr.Handler hl : handlerList) {
            Block h = nonEmpty(hl.target.block);
            if (h != null && !h.visited) {
                h.visited = true;
                stack.push(h);
            }
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && !b.noFallthrough()) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (in.hasTarget()) {
                    Block t = target(in);
                    if (!t.visited) {
                        t.visited = true;
                        stack.push(t);
                    }
                    t.predecessors++;
                }
                if (in.handler != null) {
                    Block h = nonEmpty(in.handler.target.block);
                    if (!h.visited) {
                        h.visited = true;
                        stack.push(h);
                    }
                }
            }
        }
    }

    private void eliminateEmptyBlocks() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.hasTarget()) {
                    Block t = nonEmpty(target(in));
                    if (t != target(in)) {
                        Instr.Label l = new Instr.Label();
                        l.block = t;
                        in.target = l;
                    }
                }
            }
        }
        Block prev = null;
        for (Block b = entry; b != null; b = b.next) {
            if (b.instrs.isEmpty() && b != entry) {
                if (prev != null) prev.next = b.next;
            } else {
                prev = b;
            }
        }
    }

    private void removeRedundantJumps() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isUnconditionalJump() && target(last) == nonEmpty(b.next)) {
                last.op = NOP;
                last.target = null;
                cleanBlock(b);
            }
        }
        eliminateEmptyBlocks();
    }

    private static boolean hasLineno(Block b) {
        for (Instr in : b.instrs) if (in.pos != null) return true;
        return false;
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.isExit()) return false;
        for (Instr in : b.instrs) if (in.pos != null) return false;
        return true;
    }

    private void duplicateExitsWithoutLineno() {
        // CPython 3.11 walks its block list in reverse allocation order; reverse layout order is
        // the same for the code shapes the compiler produces.
        List<Block> order = new ArrayList<>();
        for (Block b = entry; b != null; b = b.next) order.add(0, b);
        for (Block b : order) {
            Instr last = b.last();
            if (last != null && last.hasTarget() && !last.isBlockPush()) {
                Block t = target(last);
                if (isExitWithoutLineno(t) && t.predecessors > 1) {
                    Block copy = new Block();
                    for (Instr in : t.instrs) copy.instrs.add(in.copy());
                    copy.instrs.get(0).pos = last.pos;
                    Instr.Label l = new Instr.Label();
                    l.block = copy;
                    last.target = l;
                    t.predecessors--;
                    copy.predecessors = 1;
                    copy.next = t.next;
                    t.next = copy;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (!b.noFallthrough() && b.next != null && !b.instrs.isEmpty() && isExitWithoutLineno(b.next)) {
                b.next.instrs.get(0).pos = b.last().pos;
            }
        }
    }

    private void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            if (b.instrs.isEmpty()) continue;
            Pos prev = null;
            for (Instr in : b.instrs) {
                if (in.pos == null) in.pos = prev;
                else prev = in.pos;
            }
            if (!b.noFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.instrs.isEmpty()
                    && b.next.instrs.get(0).pos == null) {
                b.next.instrs.get(0).pos = prev;
            }
            Instr last = b.last();
            if (last.hasTarget()) {
                Block t = target(last);
                if (t.predecessors == 1 && !t.instrs.isEmpty() && t.instrs.get(0).pos == null) {
                    t.instrs.get(0).pos = prev;
                }
            }
        }
    }

    /** A RETURN block still without a line gets the previous block's line (or the first line). */
    private void guaranteeLinenoForExits() {
        int line = firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.pos == null) {
                if (last.op == RETURN_VALUE) {
                    for (Instr in : b.instrs) if (in.pos == null) in.pos = new Pos(line, 0, line, 0);
                }
            } else {
                line = last.pos.line();
            }
        }
    }

    // ------------------------------------------------------------ stack depth

    /** The change in stack depth an instruction makes (to its jump target when jump); also used by the compiled tier. */
    public static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case NOP, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, DELETE_NAME, DELETE_GLOBAL,
                 DELETE_FAST, DELETE_DEREF, LOAD_ATTR, KW_NAMES, LIST_TO_TUPLE, GET_ITER, JUMP_FORWARD,
                 JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, CHECK_EXC_MATCH, SETUP_ANNOTATIONS, RETURN_GENERATOR,
                 YIELD_VALUE, GET_YIELD_FROM_ITER, Instr.POP_BLOCK, Instr.JUMP, Instr.JUMP_NO_INTERRUPT,
                 Instr.RESUME_MARK:
                return 0;
            case POP_TOP, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, STORE_NAME, STORE_GLOBAL,
                 STORE_FAST, STORE_DEREF, DELETE_ATTR, RETURN_VALUE, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
                 DICT_UPDATE, DICT_MERGE, POP_EXCEPT, RERAISE, IMPORT_NAME, IMPORT_STAR,
                 POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                 POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE, Instr.POP_JUMP_IF_FALSE,
                 Instr.POP_JUMP_IF_TRUE, Instr.POP_JUMP_IF_NONE, Instr.POP_JUMP_IF_NOT_NONE:
                return -1;
            case PUSH_NULL, COPY, LOAD_CONST, LOAD_NAME, LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF,
                 LOAD_METHOD, PUSH_EXC_INFO, LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, IMPORT_FROM, BEFORE_WITH,
                 WITH_EXCEPT_START:
                return 1;
            case STORE_SUBSCR:
                return -3;
            case DELETE_SUBSCR, STORE_ATTR, MAP_ADD:
                return -2;
            case BUILD_SLICE:
                return 1 - arg;
            case LOAD_GLOBAL:
                return 1 + (arg & 1);
            case CALL:
                return -(arg + 1);
            case CALL_FUNCTION_EX:
                return -2 - (arg & 1);
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0xF);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP:
                return -arg;
            case FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case FOR_ITER:
                return jump ? -1 : 1;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case RAISE_VARARGS:
                return -arg;
            case SEND:
                return jump ? -1 : 0;
            case Instr.SETUP_FINALLY, Instr.SETUP_WITH:
                return jump ? 1 : 0;
            case Instr.SETUP_CLEANUP:
                return jump ? 2 : 0;
            default:
                throw new IllegalStateException("no stack effect for " + op);
        }
    }

    /**
     * Flow analysis of the operand stack depth; with exceptionEdges, handlers are entered from
     * every instruction they cover (the SETUP_* markers are gone by then).
     */
    private int stackDepth(boolean exceptionEdges) {
        for (Block b = entry; b != null; b = b.next) b.startDepth = Integer.MIN_VALUE;
        Deque<Block> work = new ArrayDeque<>();
        int max = 0;
        entry.startDepth = 0;
        work.push(entry);
        if (exceptionEdges) {
            for (Instr.Handler h : handlerList) {
                int hd = h.depth + 1 + (h.lasti ? 1 : 0);
                max = Math.max(max, hd);
                push(work, nonEmpty(h.target.block), hd);
            }
        }
        while (!work.isEmpty()) {
            Block b = work.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr in : b.instrs) {
                int nd = depth + stackEffect(in.op, in.arg, false);
                if (nd < 0) throw new IllegalStateException("negative stack depth at " + in.op);
                max = Math.max(max, nd);
                if (in.hasTarget()) {
                    int td = depth + stackEffect(in.op, in.arg, true);
                    max = Math.max(max, td);
                    push(work, target(in), td);
                }
                if (exceptionEdges && in.handler != null) {
                    int hd = in.handler.depth + 1 + (in.handler.lasti ? 1 : 0);
                    max = Math.max(max, hd);
                    push(work, nonEmpty(in.handler.target.block), hd);
                }
                depth = nd;
                if (in.noFallthrough()) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(work, next, depth);
        }
        return max;
    }

    private static void push(Deque<Block> work, Block b, int depth) {
        if (b.startDepth == Integer.MIN_VALUE) {
            b.startDepth = depth;
            work.push(b);
        } else if (b.startDepth != depth) {
            throw new IllegalStateException("inconsistent stack depth " + b.startDepth + " vs " + depth);
        }
    }

    // ------------------------------------------------------------ exception table

    /** Computes, for every instruction, the innermost active SETUP_* (or null). */
    private void labelExceptionTargets() {
        java.util.Map<Instr, Instr.Handler> handlers = new java.util.IdentityHashMap<>();
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
            b.exceptStack = null;
        }
        Deque<Block> todo = new ArrayDeque<>();
        entry.exceptStack = new ArrayDeque<>();
        entry.visited = true;
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            Deque<Instr> stack = b.exceptStack;
            Instr handler = stack.peek();
            Instr.Handler h = handler == null ? null : handlerFor(handlers, handler);
            for (Instr in : b.instrs) {
                if (in.isBlockPush()) {
                    Block t = target(in);
                    if (!t.visited) {
                        t.visited = true;
                        t.exceptStack = new ArrayDeque<>(stack);
                        todo.push(t);
                    }
                    stack.push(in);
                    handler = in;
                    h = handlerFor(handlers, handler);
                    handlerList.add(h);
                } else if (in.op == Instr.POP_BLOCK) {
                    stack.pop();
                    handler = stack.peek();
                    h = handler == null ? null : handlerFor(handlers, handler);
                } else {
                    in.handler = h;
                    if (in.hasTarget()) {
                        Block t = target(in);
                        if (!t.visited) {
                            t.visited = true;
                            t.exceptStack = new ArrayDeque<>(stack);
                            todo.push(t);
                        }
                    }
                }
            }
            if (b.next != null && !b.noFallthrough() && !b.next.visited) {
                b.next.visited = true;
                b.next.exceptStack = new ArrayDeque<>(stack);
                todo.push(b.next);
            }
        }
    }

    private static Instr.Handler handlerFor(java.util.Map<Instr, Instr.Handler> handlers, Instr setup) {
        return handlers.computeIfAbsent(setup, st -> {
            boolean lasti = st.op != Instr.SETUP_FINALLY;
            int depth = st.target.block.startDepth - 1 - (lasti ? 1 : 0);
            return new Instr.Handler(st.target, depth, lasti);
        });
    }

    // ------------------------------------------------------------ emission

    private Result emit(int maxDepth) {
        // drop pseudo instructions, assign offsets
        int idx = 0;
        for (Block b = entry; b != null; b = b.next) {
            b.instrs.removeIf(in -> in.op == Instr.RESUME_MARK);
            cleanBlock(b);
        }
        eliminateEmptyBlocks();
        for (Block b = entry; b != null; b = b.next) {
            b.offset = idx;
            idx += b.instrs.size();
        }
        Result r = new Result();
        r.code = new int[idx];
        r.positions = new int[idx * 4];
        List<ExceptionTableEntry> table = new ArrayList<>();
        int i = 0;
        Instr.Handler runHandler = null;
        int runStart = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                int op = in.op;
                int arg = in.arg;
                if (in.hasTarget()) {
                    Block tb = nonEmpty(target(in));
                    arg = tb == null ? idx : tb.offset;
                    boolean back = arg <= i;
                    op = switch (op) {
                        case Instr.JUMP -> back ? JUMP_BACKWARD : JUMP_FORWARD;
                        case Instr.JUMP_NO_INTERRUPT -> back ? JUMP_BACKWARD_NO_INTERRUPT : JUMP_FORWARD;
                        case Instr.POP_JUMP_IF_FALSE -> back ? POP_JUMP_BACKWARD_IF_FALSE : POP_JUMP_FORWARD_IF_FALSE;
                        case Instr.POP_JUMP_IF_TRUE -> back ? POP_JUMP_BACKWARD_IF_TRUE : POP_JUMP_FORWARD_IF_TRUE;
                        case Instr.POP_JUMP_IF_NONE -> back ? POP_JUMP_BACKWARD_IF_NONE : POP_JUMP_FORWARD_IF_NONE;
                        case Instr.POP_JUMP_IF_NOT_NONE -> back ? POP_JUMP_BACKWARD_IF_NOT_NONE
                                : POP_JUMP_FORWARD_IF_NOT_NONE;
                        default -> op;
                    };
                }
                if (op >= COUNT) throw new IllegalStateException("unresolved pseudo instruction " + op);
                r.code[i] = encode(op, arg);
                Pos p = in.pos;
                r.positions[4 * i] = p == null ? -1 : p.line();
                r.positions[4 * i + 1] = p == null ? -1 : p.endLine();
                r.positions[4 * i + 2] = p == null ? -1 : p.col();
                r.positions[4 * i + 3] = p == null ? -1 : p.endCol();
                if (in.handler != runHandler) {
                    if (runHandler != null) table.add(entryFor(runHandler, runStart, i));
                    runHandler = in.handler;
                    runStart = i;
                }
                i++;
            }
        }
        if (runHandler != null) table.add(entryFor(runHandler, runStart, i));
        r.exceptionTable = table.toArray(new ExceptionTableEntry[0]);
        r.stacksize = maxDepth;
        return r;
    }

    private static ExceptionTableEntry entryFor(Instr.Handler h, int start, int end) {
        Block t = nonEmpty(h.target.block);
        return new ExceptionTableEntry(start, end, t.offset, h.depth, h.lasti);
    }
}
