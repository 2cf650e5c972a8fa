package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static Bench.ColdSample cpu(double ms) {
        return new Bench.ColdSample(ms, ms, 0, 0, Map.of());
    }

    @Test
    void pairedRatio_dividesWithinEachRound_thenTakesTheMedian() {
        // Round 2 ran on a slow machine: both sides doubled, so its ratio is still 1.1.
        List<Bench.ColdSample> row = List.of(cpu(110), cpu(220), cpu(120));
        List<Bench.ColdSample> floor = List.of(cpu(100), cpu(200), cpu(100));

        assertThat(Report.pairedRatio(row, floor, Bench.ColdSample::cpuMs)).isCloseTo(1.1, within(1e-9));
    }

    @Test
    void pairedRatio_differsFromTheRatioOfMedians_whenRoundsDrift() {
        List<Bench.ColdSample> row = List.of(cpu(100), cpu(105), cpu(300));
        List<Bench.ColdSample> floor = List.of(cpu(100), cpu(300), cpu(300));

        // Ratios 1.0, 0.35, 1.0: median 1.0; the ratio of medians would be 105 / 300.
        assertThat(Report.pairedRatio(row, floor, Bench.ColdSample::cpuMs)).isCloseTo(1.0, within(1e-9));
    }
}
