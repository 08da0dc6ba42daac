package org.specula.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tests of the corpus harness itself (normalisation, comparison and diff output). */
class CorpusSupportTest {

    @Test
    void onlyTheCorpusDirectoryIsNormalised() {
        Path dir = Path.of("/abs/corpus");
        String err = "  File \"/abs/corpus/001_x.py\", line 1, in <module>\n  File \"/other/y.py\", line 2\n";
        assertEquals("  File \"<corpus>/001_x.py\", line 1, in <module>\n  File \"/other/y.py\", line 2\n",
                Corpus.normaliseStderr(err, dir));
    }

    @Test
    void equalResultsCompareEmpty() {
        Corpus.Result r = new Corpus.Result("a\n", "", 0);
        assertEquals("", Corpus.compare(r, new Corpus.Result("a\n", "", 0)));
    }

    @Test
    void differencesAreReportedAsDiff() {
        Corpus.Result expected = new Corpus.Result("1\n2\n3\n4\n", "E\n", 1);
        Corpus.Result actual = new Corpus.Result("1\n2\nX\n4\n", "E\n", 0);
        String report = Corpus.compare(expected, actual);
        assertTrue(report.startsWith("exit status: expected 1, got 0\nstdout differs:\n"), report);
        assertTrue(report.contains("\n-3\n+X\n"), report);
        assertTrue(report.contains(" 2\n"), report);
        assertTrue(!report.contains("stderr differs"), report);
    }

    @Test
    void missingFinalNewlineIsVisible() {
        String d = Corpus.LineDiff.unified("a\n", "a");
        assertTrue(d.contains("+a\\ (no newline at end)"), d);
    }

    @Test
    void corpusHasGoldenFilesForEveryProgram() throws Exception {
        Path dir = Corpus.dir();
        assertTrue(Corpus.programs(dir).size() >= 70);
        for (Path p : Corpus.programs(dir)) Corpus.golden(p);
    }
}
