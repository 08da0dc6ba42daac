package org.specula.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders results: the console table, the JSON document and the SVG chart. */
public final class Report {
    private Report() {
    }

    private static final Build[] BUILDS = Build.values();

    /** "1.234 s", or "n/a" for a missing value. */
    static String secs(double s) {
        return Double.isNaN(s) ? "n/a" : String.format(Locale.ROOT, "%.3f s", s);
    }

    /** "1.23x", or "n/a". */
    static String times(double r) {
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
    }

    /** "81.2", or "n/a". */
    static String mb(double m) {
        return Double.isNaN(m) ? "n/a" : String.format(Locale.ROOT, "%.1f", m);
    }

    /**
     * The console table: per program the median time and peak memory of each build, the ratios
     * generic/default and default/CPython, a FAILURE line instead for a failed program, and the
     * geometric means of the ratios.
     */
    public static String table(Results results) {
        int w = Math.max(10, results.programs().stream().mapToInt(p -> p.name().length()).max().orElse(0) + 2);
        String head = "%-" + w + "s%11s%11s%11s%9s%9s%12s%12s%12s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, head, "program", "CPython", "generic", "default",
                "gen/def", "def/CPy", "CPython MB", "generic MB", "default MB"));
        for (Results.ProgramResult p : results.programs()) {
            if (p.failure() != null) {
                sb.append(String.format(Locale.ROOT, "%-" + w + "s FAILURE: %s%n", p.name(), p.failure()));
                continue;
            }
            sb.append(String.format(Locale.ROOT, head, p.name(),
                    secs(p.seconds(Build.CPYTHON)), secs(p.seconds(Build.GENERIC)), secs(p.seconds(Build.DEFAULT)),
                    times(p.genericOverDefault()), times(p.defaultOverCpython()),
                    mb(p.peakMb(Build.CPYTHON)), mb(p.peakMb(Build.GENERIC)), mb(p.peakMb(Build.DEFAULT))));
        }
        sb.append(String.format(Locale.ROOT, head, "geomean", "", "", "",
                times(results.geomean(Results.ProgramResult::genericOverDefault)),
                times(results.geomean(Results.ProgramResult::defaultOverCpython)), "", "", ""));
        sb.append(String.format(Locale.ROOT, "(generic/CPython geomean: %s; gen/def > 1: specialization helps; "
                + "def/CPy < 1: Specula is faster than CPython)%n",
                times(results.geomean(Results.ProgramResult::genericOverCpython))));
        return sb.toString();
    }

    /** The JSON document: the run's settings and machine, every sample, medians and ratios. */
    public static String json(Map<String, Object> settings, Map<String, Object> machine, Results results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("settings", settings);
        doc.put("machine", machine);
        List<Object> programs = new ArrayList<>();
        for (Results.ProgramResult p : results.programs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("failure", p.failure());
            Map<String, Object> builds = new LinkedHashMap<>();
            for (Build b : BUILDS) {
                Results.BuildSamples s = p.samples().get(b);
                if (s == null) continue;
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("median_seconds", s.medianSeconds());
                bm.put("median_peak_mb", s.medianPeakMb());
                bm.put("seconds", s.seconds());
                bm.put("peak_kb", s.peakKb());
                builds.put(b.label(), bm);
            }
            m.put("builds", builds);
            m.put("generic_over_default", p.genericOverDefault());
            m.put("default_over_cpython", p.defaultOverCpython());
            m.put("generic_over_cpython", p.genericOverCpython());
            programs.add(m);
        }
        doc.put("programs", programs);
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("generic_over_default", results.geomean(Results.ProgramResult::genericOverDefault));
        geo.put("default_over_cpython", results.geomean(Results.ProgramResult::defaultOverCpython));
        geo.put("generic_over_cpython", results.geomean(Results.ProgramResult::genericOverCpython));
        doc.put("geomean", geo);
        doc.put("failures", results.programs().stream().filter(p -> p.failure() != null).map(Results.ProgramResult::name).toList());
        return Json.write(doc);
    }

    /** The colours of the bars, per build. */
    private static final String[] COLOURS = {"#4c72b0", "#dd8452", "#55a868"};

    /**
     * An SVG chart: per program a group of bars, one per build, the height the time relative to
     * the baseline build (CPython when it ran, else Specula generic) on a log2 scale, each bar
     * labelled with its ratio; a heavier line marks 1.0; a last group shows the geometric means.
     * Failed programs are labelled so and have no bars.
     */
    public static String svg(String title, String subtitle, Results results) {
        List<Results.ProgramResult> ps = results.programs();
        boolean hasCpython = ps.stream().anyMatch(p -> !Double.isNaN(p.seconds(Build.CPYTHON)));
        Build base = hasCpython ? Build.CPYTHON : Build.GENERIC;
        List<Build> shown = new ArrayList<>();
        for (Build b : BUILDS) if (b != Build.CPYTHON || hasCpython) shown.add(b);

        // the bars: one group per program, and a last group of the geometric means
        List<String> names = new ArrayList<>();
        List<double[]> ratios = new ArrayList<>();
        for (Results.ProgramResult p : ps) {
            names.add(p.failure() != null ? p.name() + " (FAILED)" : p.name());
            double[] rs = new double[shown.size()];
            for (int j = 0; j < shown.size(); j++) rs[j] = Stats.ratio(p.seconds(shown.get(j)), p.seconds(base));
            ratios.add(rs);
        }
        if (ps.stream().anyMatch(p -> p.failure() == null)) {
            double[] g = new double[shown.size()];
            for (int j = 0; j < shown.size(); j++) {
                final int jj = j;
                g[j] = Stats.geomean(ratios.stream().map(rs -> rs[jj]).toList());
            }
            names.add("geometric mean");
            ratios.add(g);
        }
        double lo = 1, hi = 1;
        for (double[] rs : ratios) {
            for (double r : rs) {
                if (Double.isFinite(r) && r > 0) { lo = Math.min(lo, r); hi = Math.max(hi, r); }
            }
        }
        final int minExp = Math.min((int) Math.floor(Math.log(lo) / Math.log(2)), -1);
        final int maxExp = Math.max((int) Math.ceil(Math.log(hi) / Math.log(2)), 1);

        int barW = 18, gap = 26, left = 70, top = 84, plotH = 320, bottom = 130;
        int groupW = shown.size() * barW + gap;
        int plotW = Math.max(groupW * Math.max(names.size(), 1), 760);
        int width = left + plotW + 30, height = top + plotH + bottom;
        java.util.function.DoubleUnaryOperator y = r ->
                top + plotH - (Math.log(r) / Math.log(2) - minExp) / (maxExp - minExp) * plotH;

        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">%s</text>%n", left, xml(title)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"40\" fill=\"#555\">%s</text>%n", left, xml(subtitle)));
        s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">"
                + "time relative to %s (log scale, lower is faster)</text>%n", top + plotH / 2, top + plotH / 2, xml(base.label())));
        for (int e = minExp; e <= maxExp; e++) {
            double r = Math.pow(2, e);
            double yy = y.applyAsDouble(r);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
                    left, left + plotW, yy, yy, e == 0 ? "#000" : "#ddd", e == 0 ? "1.5" : "1"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    left - 6, yy + 4, e >= 0 ? (long) r + "x" : trim(r) + "x"));
        }
        double floorY = top + plotH;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int gx = left + i * groupW + gap / 2;
            for (int j = 0; j < shown.size(); j++) {
                Build b = shown.get(j);
                double r = ratios.get(i)[j];
                if (!Double.isFinite(r) || r <= 0) continue;
                double yy = y.applyAsDouble(r);
                int x = gx + j * barW;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s %s: %.2fx</title></rect>%n",
                        x, yy, barW - 2, floorY - yy, COLOURS[b.ordinal()], xml(name), b.label(), r));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%s</text>%n",
                        x + (barW - 2) / 2.0, yy - 3, String.format(Locale.ROOT, "%.2f", r)));
            }
            double cx = gx + shown.size() * barW / 2.0;
            String style = name.endsWith(" (FAILED)") ? " fill=\"#c00\"" : i == ps.size() ? " font-weight=\"bold\"" : "";
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %.1f)\"%s>%s</text>%n",
                    cx, floorY + 14, cx, floorY + 14, style, xml(name)));
        }
        int lx = left;
        for (Build b : shown) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"52\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"62\">%s</text>%n", lx, COLOURS[b.ordinal()], lx + 16, xml(b == Build.CPYTHON ? "CPython 3.11" : "Specula " + b.label())));
            lx += 130;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String trim(double r) {
        String t = String.format(Locale.ROOT, "%.4f", r);
        return t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Text escaped for XML content and attribute values. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
