package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void median_min_max_ofOddAndEvenCounts() {
        assertThat(Stats.of(List.of(5, 1, 3))).isEqualTo(new Stats(3, 1, 5, 3));
        assertThat(Stats.of(List.of(4, 1, 3, 2))).isEqualTo(new Stats(2.5, 1, 4, 4));
        assertThat(Stats.of(List.of(7, 1, 3)).format()).isEqualTo("3 (1–7)");
    }

    @Test
    void percentile_isNearestRank() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1000; i >= 1; i--) {
            values.add(i);
        }
        assertThat(Stats.percentile(values, 50)).isEqualTo(500);
        assertThat(Stats.percentile(values, 99)).isEqualTo(990);
        assertThat(Stats.percentile(List.of(42), 99)).isEqualTo(42);
    }

    @Test
    void medianInterval_takesTheOrderStatisticsWhoseBinomialTailsFitTheConfidence() {
        // 21 rounds: P(B <= 5) = 0.013 fits 2.5%, P(B <= 6) = 0.039 does not: the 6th and 16th values.
        assertThat(Stats.medianInterval(shuffled(21), 0.95)).containsExactly(6, 16);
        // 9 rounds: P(B <= 1) = 0.020 fits, P(B <= 2) = 0.090 does not: the 2nd and 8th.
        assertThat(Stats.medianInterval(shuffled(9), 0.95)).containsExactly(2, 8);
        // 5 rounds cannot reach 95% (min to max covers 93.75%): min and max.
        assertThat(Stats.medianInterval(shuffled(5), 0.95)).containsExactly(1, 5);
    }

    /** 1..n, out of order. */
    private static List<Integer> shuffled(int n) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            values.add(i % 2 == 0 ? values.size() : 0, i);
        }
        return values;
    }
}
