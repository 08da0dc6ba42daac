package org.specula.conformance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programs in the repository's examples/ directory print what CPython 3.11 printed for them,
 * under every {@link CorpusBuild}.
 */
class ExamplesTest {
    private static Path examples() {
        Path p = Path.of("..", "examples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(p), "examples directory not found at " + p);
        return p;
    }

    static List<CorpusBuild> builds() {
        return CorpusBuild.selected();
    }

    @ParameterizedTest(name = "[{0}] feet_to_meters.py")
    @MethodSource("builds")
    void feetToMetersMatchesCPython(CorpusBuild build) throws Exception {
        Path program = examples().resolve("feet_to_meters.py");
        String expected = Files.readString(examples().resolve("feet_to_meters.expected"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = build.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .argv(List.of(program.toString()))
                .build()
                .runFile(program);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}
