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

    /**
     * A distribution-free confidence interval for the median: the k-th smallest and k-th largest
     * of the values, with k the largest rank whose binomial tail, P(at most k-1 of n values fall
     * below the true median), is at most (1 - confidence) / 2. With 21 values and 95% that is the
     * 6th and the 16th (97.3% coverage); with too few values for the confidence asked, min and max.
     */
    static double[] medianInterval(List<? extends Number> values, double confidence) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double tail = (1 - confidence) / 2;
        double cumulative = 0;
        int k = 1;
        for (int below = 0; below < n; below++) {
            cumulative += binomialHalf(n, below);
            if (cumulative > tail) {
                break;
            }
            k = below + 1;
        }
        return new double[] {sorted.get(k - 1), sorted.get(n - k)};
    }

    /** P(B = j) for B ~ Binomial(n, 1/2). */
    private static double binomialHalf(int n, int j) {
        double logChoose = 0;
        for (int i = 1; i <= j; i++) {
            logChoose += Math.log(n - j + i) - Math.log(i);
        }
        return Math.exp(logChoose - n * Math.log(2));
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
