package org.specula.core.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specula.api.spi.Family;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;
import org.specula.core.dis.AdaptiveDisTestSpecializer;

/** Statistics end to end: counted by a real run, read with Vm.stats(), printed and written at exit. */
class StatsReportTests {
    static final String PROGRAM = """
            def feet_to_meters(feet):
                return 0.3048*feet
            for i in range(100):
                feet_to_meters(float(i))
            for i in range(3):
                feet_to_meters(i)
            for i in range(30):
                y = i + 1
            print('done')
            """;

    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    Vm.Builder builder(boolean withPlugin) {
        Vm.Builder b = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (withPlugin) {
            b.assembly(Modules.override(new VmModule(VmOptions.DEFAULT)).with(binder -> Multibinder
                    .newSetBinder(binder, Specializer.class).addBinding().toInstance(new AdaptiveDisTestSpecializer())));
        } else {
            b.options(VmOptions.DEFAULT.withSpecialize(false));
        }
        return b;
    }

    @Test
    void countsOfARealRun(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("stats.json");
        Vm vm = builder(true).statsOnExit(true).statsJson(json).build();
        assertEquals(0, vm.runSource(PROGRAM, "prog.py"));
        assertEquals("done\n", out.toString(StandardCharsets.UTF_8));

        AdaptiveStats.Snapshot s = vm.stats();
        AdaptiveStats.FamilySnapshot bin = s.family(Family.BINARY_OP);
        // the multiply specializes on its 8th run (which runs generic): 92 float hits, then 3 int misses;
        // the add fails on its 8th run and, after a back-off of 16, on its 24th
        assertEquals(3, bin.attempts());
        assertEquals(1, bin.successes());
        assertEquals(2, bin.failures());
        assertEquals(Map.of("floatmul: not *", 2L), bin.failureReasons());
        AdaptiveStats.KindSnapshot k = s.kind("BINARY_OP_MULTIPLY_FLOAT");
        assertEquals(new AdaptiveStats.KindSnapshot("BINARY_OP_MULTIPLY_FLOAT", "floatmul", 1, 92, 3, 0, 0), k);
        assertEquals(92, bin.hits());
        assertEquals(3, bin.misses());

        String table = err.toString(StandardCharsets.UTF_8);
        assertEquals(StatsReport.table(s), table, "the table on stderr is the one of the final snapshot");
        assertTrue(table.contains("specializers: floatmul 1.0-test\n"), table);
        assertTrue(table.matches("(?s).*\n  BINARY_OP_MULTIPLY_FLOAT \\[floatmul] +- +1 +- +92 +3 +96\\.8% +0 +0\n.*"), table);
        assertTrue(table.contains("\n  failure reasons:\n    2  floatmul: not *\n"), table);

        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertEquals(StatsReport.json(s), written);
        Map<?, ?> doc = (Map<?, ?>) StatsReportTestJson.parse(written);
        Map<?, ?> kind = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) doc.get("families")).get("BINARY_OP")).get("kinds")).get(0);
        assertEquals(92L, kind.get("hits"));
        assertEquals("floatmul", kind.get("specializer"));
    }

    @Test
    void statsAreOffByDefault() {
        Vm vm = builder(true).build();
        assertEquals(0, vm.runSource(PROGRAM, "prog.py"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, vm.stats().family(Family.BINARY_OP).successes(), "still counted for Vm.stats()");
    }

    @Test
    void genericVmPrintsTheEmptySummary() {
        Vm vm = builder(false).statsOnExit(true).build();
        assertEquals(0, vm.runSource(PROGRAM, "prog.py"));
        String table = err.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("specializers: generic VM: no specializers loaded\n"), table);
        assertTrue(table.contains("(no specialization activity)\n"), table);
        assertTrue(vm.stats().family(Family.BINARY_OP).isEmpty());
    }
}
