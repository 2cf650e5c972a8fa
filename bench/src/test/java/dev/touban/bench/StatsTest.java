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
}
