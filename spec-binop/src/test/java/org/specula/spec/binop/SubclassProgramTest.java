package org.specula.spec.binop;

import org.junit.jupiter.api.Test;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveStats;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * subclasses.py (a test resource) warms every handler up on exact types, then sends it a
 * subclass instance with its own operator, a bool, a big int, a zero divisor, an index out of
 * range, a missing key, set items that hash alike (1, 1.0, True), unhashable or with their own
 * __hash__ and __eq__: the output is CPython 3.11's (subclasses.expected) with the binop
 * specializer alone under the default and the eager policy, and under the generic VM.
 */
class SubclassProgramTest {
    static String resource(String name) throws IOException {
        try (InputStream in = SubclassProgramTest.class.getResourceAsStream("/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Result(String out, Vm vm) {}

    static Result run(VmOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).options(options).build();
        int status = vm.runSource(resource("subclasses.py"), "subclasses.py");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        return new Result(out.toString(StandardCharsets.UTF_8), vm);
    }

    @Test
    void defaultPolicyPrintsWhatCPythonPrints() throws IOException {
        Result r = run(VmOptions.DEFAULT.withOnly(Set.of("binop")));
        assertEquals(resource("subclasses.expected"), r.out());
        AdaptiveStats.Snapshot stats = r.vm().stats();
        for (String kind : List.of("BINARY_OP_ADD_INT", "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_ADD_UNICODE",
                "COMPARE_OP_INT", "COMPARE_OP_FLOAT", "COMPARE_OP_STR", "BINARY_SUBSCR_LIST_INT",
                "BINARY_SUBSCR_TUPLE_INT", "BINARY_SUBSCR_DICT", "BINARY_SUBSCR_STR_INT", "STORE_SUBSCR_LIST_INT",
                "STORE_SUBSCR_DICT", "CONTAINS_OP_DICT", "CONTAINS_OP_SET", "BINARY_OP_FLOOR_DIVIDE_INT", "BINARY_OP_REMAINDER_INT",
                "BINARY_OP_TRUE_DIVIDE_FLOAT")) {
            AdaptiveStats.KindSnapshot k = stats.kind(kind);
            assertNotNull(k, kind + " never installed");
            assertEquals("binop", k.specializer());
            assertTrue(k.hits() > 0, kind + " never hit");
        }
        // the subclass, bool and out-of-range operands reached the installed handlers and missed
        assertTrue(stats.kind("BINARY_OP_ADD_INT").misses() > 0);
        assertTrue(stats.kind("BINARY_SUBSCR_LIST_INT").misses() > 0);
        assertTrue(stats.kind("COMPARE_OP_INT").misses() > 0);
        assertTrue(stats.kind("CONTAINS_OP_SET").misses() > 0);
    }

    @Test
    void eagerPolicyPrintsWhatCPythonPrints() throws IOException {
        Result r = run(VmOptions.DEFAULT.withOnly(Set.of("binop")).withPolicy(AdaptivePolicy.EAGER));
        assertEquals(resource("subclasses.expected"), r.out());
    }

    @Test
    void genericVmPrintsWhatCPythonPrints() throws IOException {
        assertEquals(resource("subclasses.expected"), run(VmOptions.DEFAULT.withSpecialize(false)).out());
    }
}
