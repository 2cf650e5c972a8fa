package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final Subject FLOOR = new Subject("floor: Query", "f.jar", "F::h", "e.json", "", Map.of(), null, Subject.Kind.REFERENCE);
    private static final Subject WHO = new Subject("slack-webhook: who", "w.jar", "W::h", "e.json", "", Map.of(), "floor: Query",
            Subject.Kind.TOUBAN);
    private static final Subject WHO_BEFORE = new Subject("slack-webhook (before): who", "b.jar", "W::h", "e.json", "", Map.of(),
            "floor: Query", Subject.Kind.TOUBAN);

    private static Bench.ColdSample cpu(double ms) {
        return new Bench.ColdSample(ms, ms, 0, 0, Map.of(), 0);
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

    @Test
    void verdict_isMetOnlyWhenTheIntervalStaysUnderTheLimit_andMissedWhenAMedianIsOver() {
        List<Double> steady = ratios(1.00, 1.02, 21);
        // Median 1.06, 95% interval from the 6th to the 16th of 21: 1.01 to 1.11.
        List<Double> spread = ratios(0.96, 1.16, 21);
        List<Double> over = ratios(1.06, 1.14, 21);

        assertThat(Report.verdict(1.08, steady, steady)).isEqualTo("≤ 1.08 met");
        assertThat(Report.verdict(1.08, steady, spread)).isEqualTo("≤ 1.08 met by the medians; interval to 1.11");
        assertThat(Report.verdict(1.08, over, steady)).isEqualTo("≤ 1.08 missed");
        assertThat(Report.verdict(1.15, over, spread)).isEqualTo("≤ 1.15 met");
    }

    /** n ratios evenly from low to high. */
    private static List<Double> ratios(double low, double high, int n) {
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(low + (high - low) * i / (n - 1));
        }
        return out;
    }

    @Test
    void aComparedBuild_getsItsOwnRow_withThisBuildOverItRoundByRound_andTheMainThreadApart() {
        // This build moved 10 ms of 100 off the main thread; its total CPU is the same, round by round.
        Map<String, List<Bench.ColdSample>> cold = Map.of(
                "floor: Query", List.of(sample(500, 80), sample(500, 80), sample(500, 80)),
                "slack-webhook: who", List.of(sample(550, 90), sample(1100, 180), sample(550, 90)),
                "slack-webhook (before): who", List.of(sample(550, 100), sample(1100, 200), sample(550, 100)));
        List<Subject> subjects = List.of(FLOOR, WHO, WHO_BEFORE);

        String table = Report.render(new Report.Inputs(subjects, subjects, cold, Map.of(), Map.of(), "", "", Map.of(), "java",
                new Bench.Options(3, 0, 0, "", List.of(), false)));

        assertThat(table).contains("### Compared builds")
                .contains("| slack-webhook: who | before | 1.00 [1.00–1.00] | 0.90 [0.90–0.90] | 1.00 [1.00–1.00] |");
    }

    private static Bench.ColdSample sample(double cpuMs, long mainMs) {
        return new Bench.ColdSample(cpuMs, cpuMs, 0, 0, Map.of("main", mainMs), 0);
    }

    @Test
    void instructionCounts_getTheirOwnTable_withPairedRatiosAndTheTarget() {
        Subject intake = new Subject("alert-intake: trigger", "i.jar", "I::h", "e.json", "", Map.of(), "floor: Query", Subject.Kind.TOUBAN);
        Map<String, List<Bench.ColdSample>> cold = Map.of(
                "floor: Query", List.of(counted(3_000_000_000L), counted(3_010_000_000L), counted(2_990_000_000L)),
                "slack-webhook: who", List.of(counted(3_090_000_000L), counted(3_100_000_000L), counted(3_080_000_000L)),
                "alert-intake: trigger", List.of(counted(3_300_000_000L), counted(3_320_000_000L), counted(3_310_000_000L)));
        List<Subject> subjects = List.of(FLOOR, WHO, intake);

        String table = Report.renderInstructions(subjects, subjects, cold, "java", new Bench.Options(3, 0, 0, "", List.of(), true));

        assertThat(table).contains("| floor: Query | 3000 (2990–3010) | floor |  |")
                // Round by round 1.03, 1.0299, 1.0301: under 1.08 from min to max.
                .contains("| slack-webhook: who | 3090 (3080–3100) | 1.030 [1.030–1.030] (Query) | ≤ 1.08 met |")
                // 1.10 against the Slack webhook's 1.08 would miss; the other functions have 1.15.
                .contains("| alert-intake: trigger | 3310 (3300–3320) | 1.103 [1.100–1.107] (Query) | ≤ 1.15 met |");
    }

    @Test
    void aComparedBuild_inInstructions_getsThisBuildOverIt_andHowManyFewer() {
        Map<String, List<Bench.ColdSample>> cold = Map.of(
                "floor: Query", List.of(counted(3_000_000_000L), counted(3_000_000_000L)),
                "slack-webhook: who", List.of(counted(3_090_000_000L), counted(3_090_000_000L)),
                "slack-webhook (before): who", List.of(counted(3_180_000_000L), counted(3_180_000_000L)));
        List<Subject> subjects = List.of(FLOOR, WHO, WHO_BEFORE);

        String table = Report.renderInstructions(subjects, subjects, cold, "java", new Bench.Options(2, 0, 0, "", List.of(), true));

        assertThat(table).contains("### Compared builds in instructions")
                .contains("| slack-webhook: who | before | 0.972 [0.972–0.972] | 90 |");
    }

    @Test
    void aCountOverTheTarget_isMissed() {
        assertThat(Report.verdict(1.08, List.of(1.09, 1.10, 1.09))).isEqualTo("≤ 1.08 missed");
        assertThat(Report.verdict(1.08, List.of(1.07, 1.09, 1.06))).isEqualTo("≤ 1.08 met by the medians; interval to 1.09");
    }

    private static Bench.ColdSample counted(long instructions) {
        return new Bench.ColdSample(0, 0, 0, 0, Map.of(), instructions);
    }
}
