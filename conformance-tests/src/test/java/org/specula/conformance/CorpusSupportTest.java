package org.specula.conformance;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinaryOps;
import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.AdaptivePolicy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

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

    /** A specializer whose int + is off by one: the corpus must notice. */
    static final class OffByOne implements Specializer {
        @Override public String id() { return "off-by-one"; }

        @Override public Set<Family> families() { return EnumSet.of(Family.BINARY_OP); }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override public Specialization specialize(SiteContext site) {
            if (BinaryOps.base(site.oparg()) != BinaryOps.ADD || !(site.operand(0) instanceof Long)) {
                return Specialization.fail("not int +");
            }
            return Specialization.of(new BinaryOpHandler() {
                @Override public String name() { return "BINARY_OP_ADD_INT_WRONG"; }

                @Override public Object apply(Object left, Object right) {
                    if (!(left instanceof Long a && right instanceof Long b)) return MISS;
                    return a + b + 1;
                }
            });
        }
    }

    @Test
    void aWrongSpecializerMakesTheCorpusFail() throws Exception {
        Path dir = Corpus.dir();
        Path program = Corpus.programs(dir).stream().filter(p -> p.getFileName().toString().startsWith("255_"))
                .findFirst().orElseThrow();
        CorpusBuild broken = CorpusBuild.exact("broken", "int + off by one", AdaptivePolicy.EAGER, OffByOne::new);
        CorpusTest.Run run = CorpusTest.run(broken, dir, program);
        assertTrue(run.stats().family(Family.BINARY_OP).hits() > 0, "the wrong handler never ran");
        String report = Corpus.compare(Corpus.golden(program), run.result());
        assertTrue(report.contains("stdout differs"), "a wrong int + went unnoticed:\n" + report);
    }
}
