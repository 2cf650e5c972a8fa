package dev.touban.domain.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median and 90th percentile of {@code count} durations; both null when there are none.
 * The median is the middle value (the mean of the two middle ones for an even count); the
 * 90th percentile is the nearest rank: the value at position ceil(0.9 x count) in ascending
 * order, so it is always a time that was measured.
 */
public record Stat(int count, Duration median, Duration p90) {
    public static final Stat NONE = new Stat(0, null, null);

    public static Stat of(List<Duration> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        Duration median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        int rank = (int) Math.ceil(0.9 * n);
        return new Stat(n, median, sorted.get(rank - 1));
    }
}
