package org.specula.core.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;
import org.specula.core.code.CodeObject;
import org.specula.core.code.Opcode;
import org.specula.core.interp.Pipeline;

/**
 * {@code dis.dis(f, adaptive=True)} against the listing CPython 3.11 prints for the same program
 * (the feet_to_meters demo of the 3.11 release, without RESUME and superinstructions, which
 * Specula does not have), and plain {@code dis.dis(f)} always showing the original opcodes.
 */
class AdaptiveDisTest {
    static final String ORIGINAL = """
              3           0 LOAD_CONST               1 (0.3048)
                          2 LOAD_FAST                0 (feet)
                          4 BINARY_OP                5 (*)
                          6 RETURN_VALUE
            """;
    /** As CPython 3.11: the long name pushes the argument column right. */
    static final String SPECIALIZED = """
              3           0 LOAD_CONST               1 (0.3048)
                          2 LOAD_FAST                0 (feet)
                          4 BINARY_OP_MULTIPLY_FLOAT     5 (*)
                          6 RETURN_VALUE
            """;

    record Run(int status, String out, String err) {}

    static Run run(AdaptivePolicy policy, boolean withPlugin, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        VmOptions options = VmOptions.DEFAULT.withPolicy(policy);
        Vm.Builder b = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (withPlugin) {
            b.assembly(Modules.override(new VmModule(options)).with(binder -> Multibinder
                    .newSetBinder(binder, Specializer.class).addBinding().toInstance(new AdaptiveDisTestSpecializer())));
        } else {
            b.options(options.withSpecialize(false));
        }
        int status = b.build().runSource(source, "prog.py");
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String FEET = """
            import dis
            def feet_to_meters(feet):
                return 0.3048*feet
            """;

    @Test
    void specializesOnTheEighthCallAsCpython() {
        Run r = run(AdaptivePolicy.DEFAULT, true, FEET + """
                for i in range(7):
                    feet_to_meters(float(i))
                dis.dis(feet_to_meters, adaptive=True)
                print('--')
                feet_to_meters(8.0)
                dis.dis(feet_to_meters, adaptive=True)
                print('--')
                dis.dis(feet_to_meters)
                print('--')
                dis.dis(feet_to_meters, adaptive=False, show_caches=True)
                print('--')
                dis.dis(feet_to_meters, show_caches=True, adaptive=True)
                """);
        assertEquals("", r.err());
        assertEquals(ORIGINAL + "--\n" + SPECIALIZED + "--\n" + ORIGINAL + "--\n" + ORIGINAL + "--\n" + SPECIALIZED, r.out());
    }

    @Test
    void deoptimizedSiteShowsTheBaseNameAgain() {
        // eager: specialize on the first run, deopt after one miss
        Run r = run(AdaptivePolicy.EAGER, true, FEET + """
                feet_to_meters(1.0)
                feet_to_meters(2.0)
                dis.dis(feet_to_meters, adaptive=True)
                feet_to_meters(3)
                dis.dis(feet_to_meters, adaptive=True)
                """);
        assertEquals("", r.err());
        assertEquals(SPECIALIZED + ORIGINAL, r.out());
    }

    @Test
    void genericVmShowsBaseOpcodesEvenWithAdaptive() {
        Run r = run(AdaptivePolicy.EAGER, false, FEET + """
                for i in range(20):
                    feet_to_meters(float(i))
                dis.dis(feet_to_meters, adaptive=True)
                """);
        assertEquals(ORIGINAL, r.out());
    }

    @Test
    void methodsClassesCodeObjectsAndFiles() {
        Run r = run(AdaptivePolicy.EAGER, true, """
                import dis
                class C:
                    def z(self, x):
                        return x * 2.0
                    @staticmethod
                    def a(x):
                        return x * x
                    k = 3
                c = C()
                c.z(1.0); c.z(1.0); C.a(2.0); C.a(2.0)
                class F:
                    def __init__(self): self.parts = []
                    def write(self, s): self.parts.append(s)
                f = F()
                dis.dis(C, adaptive=True, file=f)
                print(''.join(f.parts), end='')
                print('--')
                dis.dis(c.z, adaptive=True)
                print('--')
                dis.dis(C.z.__code__)
                print('--')
                dis.disassemble(C.a.__code__, adaptive=True)
                """);
        assertEquals("", r.err());
        String z = """
                  4           0 LOAD_FAST                1 (x)
                              2 LOAD_CONST               1 (2.0)
                              4 %s     5 (*)
                              6 RETURN_VALUE
                """;
        String a = """
                  7           0 LOAD_FAST                0 (x)
                              2 LOAD_FAST                0 (x)
                              4 %s     5 (*)
                              6 RETURN_VALUE
                """;
        String spec = "BINARY_OP_MULTIPLY_FLOAT", base = "BINARY_OP           ";
        String expected = "Disassembly of a:\n" + a.formatted(spec) + "\nDisassembly of z:\n" + z.formatted(spec) + "\n"
                + "--\n" + z.formatted(spec) + "--\n" + z.formatted(base) + "--\n" + a.formatted(spec);
        assertEquals(expected, r.out());
    }

    @Test
    void depthLimitsNestedListings() {
        Run r = run(AdaptivePolicy.DEFAULT, false, """
                import dis
                def outer():
                    def inner():
                        return 1
                    return inner
                dis.dis(outer, depth=0)
                print('--')
                dis.dis(outer)
                """);
        String[] parts = r.out().split("--\n");
        assertEquals(2, parts.length, r.out() + r.err());
        assertTrue(!parts[0].contains("Disassembly of"), parts[0]);
        assertTrue(parts[1].startsWith(parts[0]), r.out());
        assertTrue(parts[1].contains("Disassembly of <code object inner at 0x"), parts[1]);
    }

    @Test
    void badArgumentsRaiseLikeCpython() {
        Run r = run(AdaptivePolicy.DEFAULT, false, """
                import dis
                for call in (lambda: dis.dis(1), lambda: dis.dis(len, colour=1), lambda: dis.dis(),
                             lambda: dis.dis(len, 2), lambda: dis.disassemble(), lambda: dis.disassemble(1, 2, 3),
                             lambda: dis.get_instructions(1.5)):
                    try:
                        call()
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("""
                TypeError don't know how to disassemble int objects
                TypeError dis() got an unexpected keyword argument 'colour'
                RuntimeError no last traceback to disassemble
                TypeError dis() takes from 0 to 1 positional arguments but 2 were given
                TypeError disassemble() missing 1 required positional argument: 'co'
                TypeError disassemble() takes from 1 to 2 positional arguments but 3 were given
                TypeError don't know how to disassemble float objects
                """, r.out(), r.err());
    }

    @Test
    void specializedOpcodeWithoutHandlerIsShownUnderItsBaseName() {
        // a racing reader can see the specialized opcode while the handler is being installed
        CodeObject top = Pipeline.compile("def f(a, b):\n    return a * b\n", "<t>");
        CodeObject f = null;
        for (Object c : top.consts) if (c instanceof CodeObject co) f = co;
        int at = -1;
        for (int i = 0; i < f.instructions.length; i++) {
            if (Opcode.opcodeOf(f.instructions[i]) == Opcode.BINARY_OP) at = i;
        }
        f.instructions[at] = Opcode.encode(Opcode.BINARY_OP_SPECIALIZED, Opcode.argOf(f.instructions[at]));
        Dis.Instruction adaptive = Dis.instructions(f, true).get(at);
        assertEquals("BINARY_OP", adaptive.opname());
        assertEquals(Opcode.BINARY_OP_SPECIALIZED, adaptive.opcode());
        assertEquals("*", adaptive.argrepr());
        Dis.Instruction original = Dis.instructions(f, false).get(at);
        assertEquals(Opcode.BINARY_OP, original.opcode());
        assertEquals(Dis.dis(f), Dis.dis(f, true, -1));
    }

    /**
     * get_instructions and Bytecode: the same fields as CPython 3.11 prints for this program
     * (checked by hand against python3), except that CPython's jump targets count CACHE entries
     * and its KW_NAMES argval is a sentinel.
     */
    @Test
    void getInstructionsAndBytecode() {
        Run r = run(AdaptivePolicy.DEFAULT, true, FEET + """
                def f(a, b):
                    x = f'{a!r:>{b}}'
                    if a < b:
                        return g(a)
                    return a.y
                for ins in dis.get_instructions(f, first_line=10):
                    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.starts_line, ins.is_jump_target, ins.positions)
                for i in range(8):
                    feet_to_meters(float(i))
                print([(i.opname, i.argval, i.argrepr) for i in dis.get_instructions(feet_to_meters, adaptive=True)][2])
                print([(i.opname, i.argval, i.argrepr) for i in dis.get_instructions(feet_to_meters)][2])
                b = dis.Bytecode(feet_to_meters, adaptive=True)
                print(b.dis(), end='')
                print([i.opname for i in b][-2:], b.first_line, repr(dis.Bytecode("x=1")))
                print(dis.Bytecode(feet_to_meters).dis(), end='')
                print(dis.Positions(), dis.Instruction._fields)
                """);
        assertEquals("", r.err());
        assertEquals("""
                LOAD_FAST 0 'a' 'a' 11 False Positions(lineno=5, end_lineno=5, col_offset=11, end_col_offset=12)
                LOAD_CONST 1 '>' "'>'" None False Positions(lineno=5, end_lineno=5, col_offset=8, end_col_offset=21)
                LOAD_FAST 1 'b' 'b' None False Positions(lineno=5, end_lineno=5, col_offset=17, end_col_offset=18)
                FORMAT_VALUE 0 (None, False) '' None False Positions(lineno=5, end_lineno=5, col_offset=8, end_col_offset=21)
                BUILD_STRING 2 2 '' None False Positions(lineno=5, end_lineno=5, col_offset=8, end_col_offset=21)
                FORMAT_VALUE 6 (<built-in function repr>, True) 'repr, with format' None False Positions(lineno=5, end_lineno=5, col_offset=8, end_col_offset=21)
                STORE_FAST 2 'x' 'x' None False Positions(lineno=5, end_lineno=5, col_offset=4, end_col_offset=5)
                LOAD_FAST 0 'a' 'a' 12 False Positions(lineno=6, end_lineno=6, col_offset=7, end_col_offset=8)
                LOAD_FAST 1 'b' 'b' None False Positions(lineno=6, end_lineno=6, col_offset=11, end_col_offset=12)
                COMPARE_OP 0 '<' '<' None False Positions(lineno=6, end_lineno=6, col_offset=7, end_col_offset=12)
                POP_JUMP_FORWARD_IF_FALSE 15 30 'to 30' None False Positions(lineno=6, end_lineno=6, col_offset=7, end_col_offset=12)
                LOAD_GLOBAL 1 'g' 'NULL + g' 13 False Positions(lineno=7, end_lineno=7, col_offset=15, end_col_offset=16)
                LOAD_FAST 0 'a' 'a' None False Positions(lineno=7, end_lineno=7, col_offset=17, end_col_offset=18)
                CALL 1 1 '' None False Positions(lineno=7, end_lineno=7, col_offset=15, end_col_offset=19)
                RETURN_VALUE None None '' None False Positions(lineno=7, end_lineno=7, col_offset=8, end_col_offset=19)
                LOAD_FAST 0 'a' 'a' 14 True Positions(lineno=8, end_lineno=8, col_offset=11, end_col_offset=12)
                LOAD_ATTR 1 'y' 'y' None False Positions(lineno=8, end_lineno=8, col_offset=11, end_col_offset=14)
                RETURN_VALUE None None '' None False Positions(lineno=8, end_lineno=8, col_offset=4, end_col_offset=14)
                ('BINARY_OP_MULTIPLY_FLOAT', 5, '*')
                ('BINARY_OP', 5, '*')
                """ + SPECIALIZED + """
                ['BINARY_OP_MULTIPLY_FLOAT', 'RETURN_VALUE'] 2 Bytecode('x=1')
                """ + ORIGINAL + """
                Positions(lineno=None, end_lineno=None, col_offset=None, end_col_offset=None) \
                ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions')
                """, r.out());
    }
}
