package org.specula.core.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.specula.core.code.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.specula.core.code.CodeObject;
import org.specula.core.code.ExceptionTableEntry;

/**
 * Independent checks of the assembler's output for every snippet of {@link CompilerVsCpythonTest}:
 * simulates each instruction's stack effect (written from Opcode's documented semantics) along
 * all paths including exception edges, and checks that depths agree at merge points, never go
 * negative, reach exactly co_stacksize, and that handlers unwind to a depth the covered code has;
 * checks jump direction names, the exception table's shape and the positions array.
 */
class StackAndTableSanityTest {
    static List<CpythonOracle.Result> results;

    @BeforeAll
    static void runOracle() throws Exception {
        assumeTrue(CpythonOracle.pythonAvailable(), "python3.11 not available");
        results = CpythonOracle.run(List.of(CompilerVsCpythonTest.SNIPPETS));
    }

    @TestFactory
    List<DynamicTest> sane() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CpythonOracle.Result r : results) {
            tests.add(DynamicTest.dynamicTest("[" + r.source.replace("\n", "\\n") + "]", () -> {
                for (CodeObject co : CpythonOracle.allCodes(Compiler.compileModule(r.ast, "x.py"))) check(co);
            }));
        }
        return tests;
    }

    /** Stack effect when the instruction falls through (jump=false) or jumps. */
    static int effect(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, DELETE_NAME, DELETE_GLOBAL,
                 DELETE_FAST, DELETE_DEREF, LOAD_ATTR, KW_NAMES, LIST_TO_TUPLE, GET_ITER, JUMP_FORWARD, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT, CHECK_EXC_MATCH, SETUP_ANNOTATIONS, YIELD_VALUE,
                 GET_YIELD_FROM_ITER -> 0;
            case POP_TOP, POP_EXCEPT, RERAISE, STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_DEREF, DELETE_ATTR,
                 RETURN_VALUE, IMPORT_NAME, IMPORT_STAR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
                 DICT_MERGE, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR -> -1;
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                 POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> -1;
            case PUSH_NULL, COPY, LOAD_CONST, LOAD_NAME, LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF,
                 LOAD_METHOD, PUSH_EXC_INFO, LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, IMPORT_FROM, BEFORE_WITH,
                 WITH_EXCEPT_START -> 1;
            case LOAD_GLOBAL -> (arg & 1) + 1;
            case STORE_SUBSCR -> -3;
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD -> -2;
            case BUILD_SLICE -> 1 - arg;
            case CALL -> -arg - 1;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case RAISE_VARARGS -> -arg;
            case SEND -> jump ? -1 : 0;
            default -> throw new AssertionError("unexpected opcode " + name(op));
        };
    }

    static boolean noFallthrough(int op) {
        return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == RETURN_VALUE
                || op == RERAISE || op == RAISE_VARARGS;
    }

    static void check(CodeObject co) {
        int n = co.instructions.length;
        String where = co.qualname;
        assertEquals(4 * n, co.positions.length, where + " positions");
        assertTrue(n > 0 && noFallthrough(opcodeOf(co.instructions[n - 1])), where + " must not fall off the end");
        // exception table shape
        ExceptionTableEntry prev = null;
        for (ExceptionTableEntry e : co.exceptionTable) {
            assertTrue(e.start() < e.end() && e.end() <= n && e.target() < n && e.depth() >= 0, where + " " + e);
            if (prev != null) assertTrue(prev.end() <= e.start(), where + " overlapping entries");
            prev = e;
        }
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        int max = 0;
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            int op = opcodeOf(co.instructions[i]);
            int arg = argOf(co.instructions[i]);
            ExceptionTableEntry h = handlerOf(co, i);
            if (h != null) {
                assertTrue(h.depth() <= d, where + " handler depth " + h.depth() + " above stack depth " + d + " at " + i);
                max = Math.max(max, flow(co, depth, work, h.target(), h.depth() + 1 + (h.lasti() ? 1 : 0)));
            }
            if (isJump(op)) {
                String nm = name(op);
                if (nm.contains("FORWARD") || op == FOR_ITER || op == SEND || op == JUMP_IF_FALSE_OR_POP
                        || op == JUMP_IF_TRUE_OR_POP) {
                    assertTrue(arg > i, where + " forward jump at " + i);
                } else {
                    assertTrue(arg <= i, where + " backward jump at " + i);
                }
                max = Math.max(max, flow(co, depth, work, arg, d + effect(op, arg, true)));
            }
            int nd = d + effect(op, arg, false);
            assertTrue(nd >= 0, where + " negative depth at " + i);
            max = Math.max(max, nd);
            if (!noFallthrough(op)) max = Math.max(max, flow(co, depth, work, i + 1, nd));
        }
        boolean allReached = Arrays.stream(depth).allMatch(x -> x >= 0);
        // CPython keeps handler code even when no instruction is covered by it (`try: pass`);
        // its stack use then counts for co_stacksize without being reachable here.
        if (allReached) assertEquals(max, co.stacksize, where + " stacksize");
        else assertTrue(max <= co.stacksize, where + " stacksize");
    }

    static ExceptionTableEntry handlerOf(CodeObject co, int i) {
        for (ExceptionTableEntry e : co.exceptionTable) if (e.start() <= i && i < e.end()) return e;
        return null;
    }

    static int flow(CodeObject co, int[] depth, Deque<Integer> work, int target, int d) {
        if (target >= depth.length) fail(co.qualname + " flows past the end");
        if (depth[target] < 0) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            fail(co.qualname + " inconsistent depth at " + target + ": " + depth[target] + " vs " + d);
        }
        return d;
    }
}
