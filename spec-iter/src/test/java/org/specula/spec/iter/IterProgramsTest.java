package org.specula.spec.iter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written programs for the cases the generator rarely reaches: each runs with this module's
 * specializer alone, under the default and the eager policy, and must print what the generic VM
 * prints (and CPython 3.11, where the case says); under the eager policy, which specializes every
 * site anew after each miss, the named kinds must hit.
 */
class IterProgramsTest {
    record Case(String name, String program, String expected, List<String> kinds) {
        @Override public String toString() { return name; }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("list appended to during the loop", String.join("\n",
                        "def f(l):",
                        "    out = []",
                        "    for x in l:",
                        "        out.append(x)",
                        "        if x < 40: l.append(x + 20)",
                        "    return out",
                        "for _ in range(10): r = f([1, 2, 3])",
                        "print(r)",
                        "l = [1, 2, 3, 4]",
                        "for x in l:",
                        "    l.pop()",
                        "print(l)", ""),
                        "[1, 2, 3, 21, 22, 23, 41, 42, 43]\n[1, 2]\n", List.of("FOR_ITER_LIST", "FOR_ITER_RANGE")),
                new Case("one loop over range, list, tuple, str and a generator", String.join("\n",
                        "def total(xs):",
                        "    t = 0",
                        "    for x in xs: t += x",
                        "    return t",
                        "def gen(n):",
                        "    yield from range(n)",
                        "for i in range(20):",
                        "    print(total(range(i)), total(list(range(i))), total(tuple(range(i))), total(gen(i)), total({1: 'a', 2: 'b'}))", ""),
                        null, List.of("FOR_ITER_RANGE", "FOR_ITER_LIST", "FOR_ITER_TUPLE")),
                new Case("iterators of subclasses", String.join("\n",
                        "class L(list):",
                        "    def __iter__(self): return iter([0, 0])",
                        "class T(tuple): pass",
                        "def total(xs):",
                        "    t = 0",
                        "    for x in xs: t += x",
                        "    return t",
                        "for i in range(12):",
                        "    print(total([1, 2, 3]), total(L([1, 2, 3])), total(T((4, 5))))", ""),
                        null, List.of("FOR_ITER_LIST", "FOR_ITER_TUPLE")),
                new Case("unpacking of every length and kind", String.join("\n",
                        "class T(tuple):",
                        "    def __iter__(self): return iter((9, 9))",
                        "class L(list): pass",
                        "def two(s):",
                        "    try:",
                        "        a, b = s",
                        "        return a, b",
                        "    except ValueError as e:",
                        "        return str(e)",
                        "def three(s):",
                        "    try:",
                        "        a, b, c = s",
                        "        return a + b + c",
                        "    except (ValueError, TypeError) as e:",
                        "        return type(e).__name__ + ': ' + str(e)",
                        "for i in range(12):",
                        "    print(two((i, 'x')), two([i, 'y']), two(T((1, 2))), two(L([3, 4])), two((1, 2, 3)), two([1]), two('ab'))",
                        "    print(three((1, 2, i)), three((i, 0, 0)), three([i, i, i]), three([0, i, 1]), three((1, 2)), three([1, 2, 3, 4]), three(range(3)), three(5))",
                        "pairs = [(i, i * i) for i in range(30)]",
                        "print(sum(a * b for a, b in pairs))",
                        "d = {str(i): i for i in range(20)}",
                        "print(sum(v for k, v in d.items() if k < '5'))", ""),
                        null, List.of("UNPACK_SEQUENCE_TWO_TUPLE", "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_LIST")));
    }

    private record Run(int status, String out, String err, AdaptiveStats.Snapshot stats) {}

    private static Run run(VmOptions options, String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).options(options).build();
        int status = vm.runSource(program, "prog.py");
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), vm.stats());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void agreesWithTheGenericVmAndHits(Case c) {
        Run generic = run(VmOptions.DEFAULT.withSpecialize(false), c.program());
        assertEquals("", generic.err());
        if (c.expected() != null) assertEquals(c.expected(), generic.out());
        for (AdaptivePolicy policy : List.of(AdaptivePolicy.DEFAULT, AdaptivePolicy.EAGER)) {
            Run r = run(VmOptions.DEFAULT.withOnly(Set.of("iter")).withPolicy(policy), c.program());
            assertEquals(generic.out(), r.out(), policy.toString());
            assertEquals("", r.err(), policy.toString());
            assertEquals(0, r.status());
            if (policy != AdaptivePolicy.EAGER) continue;
            for (String kind : c.kinds()) {
                AdaptiveStats.KindSnapshot k = r.stats().kind(kind);
                assertNotNull(k, kind + " never installed under " + policy);
                assertEquals("iter", k.specializer());
                assertTrue(k.hits() > 0, kind + " never hit under " + policy);
            }
        }
    }
}
