package dev.touban.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median with min and max over repeated runs, and nearest-rank percentiles over many samples. */
record Stats(double median, double min, double max, int n) {

    static Stats of(List<? extends Number> values) {
        List<Double> sorted = sorted(values);
        if (sorted.isEmpty()) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** The nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
    static double percentile(List<? extends Number> values, double p) {
        List<Double> sorted = sorted(values);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    String format() {
        return n == 0 ? "-" : String.format("%.0f (%.0f–%.0f)", median, min, max);
    }

    private static List<Double> sorted(List<? extends Number> values) {
        List<Double> out = new ArrayList<>();
        values.forEach(v -> out.add(v.doubleValue()));
        Collections.sort(out);
        return out;
    }
}
