package org.specula.bench;

import java.util.Arrays;
import java.util.List;

/** The statistics the harness reports: medians and geometric means. */
public final class Stats {
    private Stats() {
    }

    /** The median (mean of the two middle values for an even count); NaN for no values. */
    public static double median(List<? extends Number> values) {
        if (values.isEmpty()) return Double.NaN;
        double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The median of the last {@code k} values (all of them when there are fewer). */
    public static double medianOfLast(List<? extends Number> values, int k) {
        return median(values.subList(Math.max(0, values.size() - k), values.size()));
    }

    /**
     * The geometric mean of the positive finite values; values that are NaN, infinite or not
     * positive (a missing ratio) are skipped. NaN when none is left.
     */
    public static double geomean(List<Double> values) {
        double[] ok = values.stream().mapToDouble(Double::doubleValue)
                .filter(x -> Double.isFinite(x) && x > 0).toArray();
        if (ok.length == 0) return Double.NaN;
        return Math.exp(Arrays.stream(ok).map(Math::log).sum() / ok.length);
    }

    /** a / b, or NaN when either is missing (NaN) or b is not positive. */
    public static double ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b <= 0) return Double.NaN;
        return a / b;
    }
}
