package org.specula.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    /** Two programs measured under all builds, one failed, one measured without CPython. */
    static Results sample() {
        Results r = new Results();
        Results.ProgramResult a = r.add("nbody");
        a.samples().put(Build.CPYTHON, new Results.BuildSamples(List.of(1.0, 1.2, 1.1), 1.1, List.of(10240L, 10240L, 10240L)));
        a.samples().put(Build.GENERIC, new Results.BuildSamples(List.of(2.2), 2.2, List.of(102400L)));
        a.samples().put(Build.DEFAULT, new Results.BuildSamples(List.of(1.1), 1.1, List.of(0L)));
        Results.ProgramResult b = r.add("fannkuch<&>");
        b.samples().put(Build.CPYTHON, new Results.BuildSamples(List.of(2.0), 2.0, List.of(20480L)));
        b.samples().put(Build.GENERIC, new Results.BuildSamples(List.of(16.0), 16.0, List.of(20480L)));
        b.samples().put(Build.DEFAULT, new Results.BuildSamples(List.of(0.5), 0.5, List.of(20480L)));
        r.add("richards").fail("output of generic differs from CPython: line 2: 'a' vs 'b'");
        return r;
    }

    @Test
    void tableHasMediansRatiosFailuresAndGeomeans() {
        String t = Report.table(sample());
        List<String> lines = t.lines().toList();
        assertTrue(lines.get(0).startsWith("program"), t);
        assertTrue(lines.get(1).matches("nbody\\s+1\\.100 s\\s+2\\.200 s\\s+1\\.100 s\\s+2\\.00x\\s+1\\.00x\\s+10\\.0\\s+100\\.0\\s+n/a"), lines.get(1));
        assertTrue(lines.get(2).contains("32.00x") && lines.get(2).contains("0.25x"), lines.get(2));
        assertTrue(lines.get(3).matches("richards\\s+FAILURE: output of generic differs.*"), lines.get(3));
        // geomeans: gen/def sqrt(2*32) = 8, def/CPy sqrt(1*0.25) = 0.5
        assertTrue(lines.get(4).matches("geomean\\s+8\\.00x\\s+0\\.50x\\s*"), lines.get(4));
        // all columns line up: every data line is as wide as the header
        assertEquals(lines.get(0).length(), lines.get(1).length());
    }

    @Test
    void svgIsWellFormedAndHasABarPerMeasuredBuild() throws Exception {
        String svg = Report.svg("title <x>", "machine & date", sample());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", d.getDocumentElement().getNodeName());
        // 1 background + 3 legend swatches + (2 programs + the geometric means) x 3 bars
        assertEquals(1 + 3 + 9, d.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains("geometric mean"));
        assertTrue(svg.contains("richards (FAILED)"));
        assertTrue(svg.contains("fannkuch&lt;&amp;&gt;"));
    }

    @Test
    void svgWithoutCpythonIsRelativeToGenericAndEmptyResultsStillParse() throws Exception {
        Results r = new Results();
        r.add("p").samples().put(Build.GENERIC, new Results.BuildSamples(List.of(2.0), 2.0, List.of(1L)));
        r.programs().get(0).samples().put(Build.DEFAULT, new Results.BuildSamples(List.of(1.0), 1.0, List.of(1L)));
        for (Results res : List.of(r, new Results())) {
            String svg = Report.svg("t", "s", res);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertTrue(svg.contains("time relative to generic"));
        }
    }

    @Test
    void jsonHasSamplesMediansRatiosAndFailures() {
        String json = Report.json(new LinkedHashMap<>(), new LinkedHashMap<>(), sample());
        assertTrue(json.contains("\"seconds\": [1.0, 1.2, 1.1]"), json);
        assertTrue(json.contains("\"median_peak_mb\": null"), json);
        assertTrue(json.contains("\"failures\": [\n    \"richards\"\n  ]"), json);
        assertTrue(json.contains("\"generic_over_default\": 8.0"), json);
    }
}
