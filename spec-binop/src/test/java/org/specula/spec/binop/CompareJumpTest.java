package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A specialized COMPARE_OP followed by a conditional jump runs fused with it, and dis names it
 * as CPython 3.11 does (COMPARE_OP_INT_JUMP, the jump still listed after it); a comparison whose
 * result is used as a value keeps the plain form. Misses and deoptimization leave the program's
 * output the generic VM's.
 */
class CompareJumpTest {
    static final String PROGRAM = """
            import dis
            def below(a, b):
                if a < b:
                    return 1
                return 0
            def lt(a, b):
                return a < b
            print(sum(below(i, 5) for i in range(10)), sum(lt(i, 5) for i in range(10)))
            dis.dis(below, adaptive=True)
            dis.dis(lt, adaptive=True)
            print(sum(below(chr(65 + i), "C") for i in range(100)), below(1.5, 2), below(2, 1.5), below([1], [2]))
            dis.dis(below, adaptive=True)
            """;

    static String listing(String compare) {
        return """
                  3           0 LOAD_FAST                0 (a)
                              2 LOAD_FAST                1 (b)
                              4 %s      0 (<)
                              6 POP_JUMP_FORWARD_IF_FALSE     6 (to 12)

                  4           8 LOAD_CONST               1 (1)
                             10 RETURN_VALUE

                  5     >>   12 LOAD_CONST               2 (0)
                             14 RETURN_VALUE
                """.formatted(compare);
    }

    static String run(VmOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).options(options).build();
        int status = vm.runSource(PROGRAM, "prog.py");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fusedFormIsListedAsCpythonListsIt() {
        String lt = """
                  7           0 LOAD_FAST                0 (a)
                              2 LOAD_FAST                1 (b)
                              4 COMPARE_OP_INT           0 (<)
                              6 RETURN_VALUE
                """;
        // the str calls miss COMPARE_OP_INT until the site deoptimizes and respecializes for str
        assertEquals("5 5\n" + listing("COMPARE_OP_INT_JUMP") + lt + "2 1 0 1\n" + listing("COMPARE_OP_STR_JUMP"),
                run(VmOptions.DEFAULT.withOnly(Set.of("binop"))));
    }

    @Test
    void genericAndEagerRunsAgree() {
        String generic = run(VmOptions.DEFAULT.withSpecialize(false));
        String plain = listing("COMPARE_OP         ");
        assertEquals("5 5\n" + plain + """
                  7           0 LOAD_FAST                0 (a)
                              2 LOAD_FAST                1 (b)
                              4 COMPARE_OP               0 (<)
                              6 RETURN_VALUE
                """ + "2 1 0 1\n" + plain, generic);
        String eager = run(VmOptions.DEFAULT.withOnly(Set.of("binop")).withPolicy(AdaptivePolicy.EAGER));
        assertEquals(generic.lines().filter(l -> !l.startsWith(" ")).toList(),
                eager.lines().filter(l -> !l.startsWith(" ")).toList());
    }
}
