package dev.touban.domain.health;

import static dev.touban.domain.health.ExampleMonth.at;
import static dev.touban.domain.health.ExampleMonth.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.health.TraceLine.Figure;
import dev.touban.domain.language.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthCalculatorTest {

    private static Duration min(double minutes) {
        return Duration.ofSeconds((long) (minutes * 60));
    }

    @Test
    void exampleMonth_teamFigures() {
        HealthReport report = new ExampleMonth().report();

        Figures team = report.team();
        assertThat(report.partial()).isFalse();
        assertThat(team.incidents()).isEqualTo(6);
        assertThat(team.pages()).isEqualTo(9);
        assertThat(team.mtta()).isEqualTo(new Stat(5, min(3), min(10)));
        assertThat(team.mttr()).isEqualTo(new Stat(5, min(45), min(60)));
        assertThat(team.acknowledged()).isEqualTo(5);
        assertThat(team.escalated()).isEqualTo(2);
        assertThat(team.nightPages()).isEqualTo(5);
        assertThat(team.weekendPages()).isEqualTo(5);
        assertThat(team.holidayPages()).isEqualTo(1);
        assertThat(report.teamDuty()).isEqualTo(Duration.ofHours(1488));
        assertThat(report.teamPagesPerDutyHour()).isEqualByComparingTo("0.0060");
        assertThat(report.services()).containsExactly(new Noisy("web", null, 4, 7), new Noisy("db", null, 2, 2));
        assertThat(report.dedupKeys()).containsExactly(new Noisy("web", "disk-full", 3, 6), new Noisy("db", "replica-lag", 2, 2),
                new Noisy("web", "5xx", 1, 1));
    }

    @Test
    void exampleMonth_perPersonFigures_inEachPersonsZone() {
        HealthReport report = new ExampleMonth().report();

        assertThat(report.people()).extracting(PersonHealth::memberId).containsExactly("alice", "bob", "carol", "dave");
        PersonHealth alice = report.person("alice").orElseThrow();
        assertThat(alice.figures()).isEqualTo(new Figures(4, 4, new Stat(2, min(2), min(3)), new Stat(1, min(30), min(30)), 2, 1, 3, 2, 0));
        assertThat(alice.duty()).isEqualTo(Duration.ofHours(374));
        assertThat(alice.fairness()).isEqualByComparingTo("1.77");
        assertThat(alice.noisiestService()).isEqualTo("web");

        PersonHealth bob = report.person("bob").orElseThrow();
        assertThat(bob.figures()).isEqualTo(new Figures(1, 1, Stat.NONE, Stat.NONE, 0, 0, 1, 1, 0));
        assertThat(bob.duty()).isEqualTo(Duration.ofHours(370));
        assertThat(bob.fairness()).isEqualByComparingTo("0.45");

        PersonHealth carol = report.person("carol").orElseThrow();
        assertThat(carol.figures()).isEqualTo(new Figures(2, 2, new Stat(2, min(3.5), min(5)), new Stat(2, min(42.5), min(55)), 2, 0, 1, 1, 1));
        assertThat(carol.fairness()).isEqualByComparingTo("0.88");
        assertThat(carol.noisiestService()).as("a tie goes to the first service by id").isEqualTo("db");

        // Dave is in Los Angeles: #4 at 03:00 Tokyo is 11:00 Tuesday for him, #5 at 02:00 Sunday is 10:00 Saturday.
        PersonHealth dave = report.person("dave").orElseThrow();
        assertThat(dave.figures()).isEqualTo(new Figures(2, 2, new Stat(1, min(10), min(10)), new Stat(1, min(60), min(60)), 1, 1, 0, 1, 0));
        assertThat(dave.fairness()).isEqualByComparingTo("0.89");
    }

    @Test
    void exampleMonth_everyFigureHasItsTrace() {
        HealthReport report = new ExampleMonth().report();

        assertThat(lines(report, "alice", Figure.NIGHT_PAGES)).containsExactly(
                "#2 Sat 2026-03-07 23:30 Asia/Tokyo is between 22:00 and 05:00",
                "#5 Sun 2026-03-29 02:10 Asia/Tokyo is between 22:00 and 05:00",
                "#6 Tue 2026-03-31 22:30 Asia/Tokyo is between 22:00 and 05:00");
        assertThat(lines(report, "carol", Figure.HOLIDAY_PAGES)).containsExactly("#3 Fri 2026-03-20 10:30 Asia/Tokyo is a holiday (春分の日)");
        assertThat(lines(report, "carol", Figure.PAGES)).containsExactly(
                "#2 step 2 via slack+sms+voice at Sat 2026-03-07 23:35 Asia/Tokyo",
                "#3 step 1 via slack at Fri 2026-03-20 10:30 Asia/Tokyo");
        assertThat(lines(report, "carol", Figure.MTTA)).containsExactly(
                "#2 5 min from their first page to acknowledgement", "#3 2 min from their first page to acknowledgement");
        assertThat(lines(report, "alice", Figure.DUTY_HOURS)).containsExactly(
                "sre-primary (primary) Mon 2026-03-02 10:00 to Mon 2026-03-09 10:00 Asia/Tokyo: 168.00 h",
                "sre-secondary (secondary) Mon 2026-03-16 10:00 to Mon 2026-03-23 10:00 Asia/Tokyo: 168.00 h",
                "sre-primary (primary) Mon 2026-03-30 10:00 to Wed 2026-04-01 00:00 Asia/Tokyo: 38.00 h");
        assertThat(lines(report, "alice", Figure.FAIRNESS)).containsExactly(
                "4 pages / 374.00 duty h = 0.0107 per h; team 9 / 1488.00 h = 0.0060 per h; ratio 1.77");
        assertThat(lines(report, null, Figure.ESCALATED)).containsExactly(
                "#2 2 escalation steps paged before anyone acknowledged", "#5 3 escalation steps paged before anyone acknowledged");
        for (PersonHealth p : report.people()) {
            assertThat(lines(report, p.memberId(), Figure.PAGES)).hasSize(p.figures().pages());
            assertThat(lines(report, p.memberId(), Figure.WEEKEND_PAGES)).hasSize(p.figures().weekendPages());
            assertThat(lines(report, p.memberId(), Figure.ACKNOWLEDGED)).hasSize(p.figures().acknowledged());
            assertThat(lines(report, p.memberId(), Figure.MTTA)).hasSize(p.figures().mtta().count());
        }
    }

    @Test
    void incidentsOutsideTheMonth_andAfterNow_areLeftOut() {
        ExampleMonth month = new ExampleMonth();
        month.add(7, "web", "late", "04-01T00:00", null, null, null, 1, page("alice", "slack", "04-01T00:00", 0));
        month.add(8, "web", "early", "02-28T23:59", null, null, null, 1, page("dave", "slack", "02-28T23:59", 0));

        assertThat(month.report().team().incidents()).isEqualTo(6);
        Instant midMonth = at("03-10T00:00");
        HealthReport partial = HealthCalculator.calculate(new HealthFacts(month.config.team("sre").orElseThrow(), ExampleMonth.MARCH,
                new dev.touban.domain.holiday.HolidayCalendar("JP", List.of()), java.util.Map.of(), List.of(), month.incidents, midMonth));
        assertThat(partial.partial()).isTrue();
        assertThat(partial.team().incidents()).isEqualTo(2);
        assertThat(partial.notes()).anyMatch(n -> n.startsWith("Partial month: figures run up to Tue 2026-03-10 00:00"));
    }

    @Test
    void overlappingLayers_countOnce_andWithoutDutyThereIsNoFairness() {
        ExampleMonth month = new ExampleMonth();
        var team = month.config.team("sre").orElseThrow();
        var primary = new dev.touban.domain.rotation.Shift("p", dev.touban.domain.config.Layer.PRIMARY, 0, "alice", at("03-01T00:00"), at("03-02T00:00"));
        var secondary = new dev.touban.domain.rotation.Shift("s", dev.touban.domain.config.Layer.SECONDARY, 0, "alice", at("03-01T12:00"), at("03-02T12:00"));
        HealthReport report = HealthCalculator.calculate(new HealthFacts(team, ExampleMonth.MARCH,
                new dev.touban.domain.holiday.HolidayCalendar("JP", List.of()), java.util.Map.of(), List.of(primary, secondary),
                month.incidents, ExampleMonth.AFTER));

        assertThat(report.person("alice").orElseThrow().duty()).isEqualTo(Duration.ofHours(36));
        assertThat(lines(report, "alice", Figure.DUTY_HOURS)).last().isEqualTo("-12.00 h where layers overlapped (counted once)");
        assertThat(report.person("bob").orElseThrow().fairness()).isNull();
        assertThat(lines(report, "bob", Figure.FAIRNESS)).containsExactly("no duty hours in the month; 1 page counted for the team only");
    }

    @Test
    void slackCalls_countAsTheirOwnService_butNotAsNoisyAlerts() {
        ExampleMonth month = new ExampleMonth();
        month.add(7, null, "slack-command:0a1b", "03-10T12:00", null, null, null, 1, page("alice", "slack", "03-10T12:00", 0));

        HealthReport report = month.report();

        assertThat(report.services()).contains(new Noisy(HealthCalculator.SLACK_CALLS, null, 1, 1));
        assertThat(report.dedupKeys()).extracting(Noisy::serviceId).doesNotContain(HealthCalculator.SLACK_CALLS);
    }

    @Test
    void durations_readExactlyInTraces_andToTheMinuteInSummaries() {
        assertThat(HealthText.duration(Duration.ofSeconds(182))).isEqualTo("3 min 2 s");
        assertThat(HealthText.rounded(Duration.ofSeconds(182))).isEqualTo("3 min");
        assertThat(HealthText.rounded(Duration.ofSeconds(3899))).isEqualTo("1 h 5 min");
        assertThat(HealthText.rounded(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(HealthText.rounded(null)).isEqualTo("-");
    }

    @Test
    void durations_inJapanese_readAsAJapaneseReportWritesThem() {
        assertThat(HealthText.duration(Duration.ofSeconds(182), Language.JA)).isEqualTo("3分2秒");
        assertThat(HealthText.rounded(Duration.ofSeconds(182), Language.JA)).isEqualTo("3分");
        assertThat(HealthText.rounded(Duration.ofSeconds(3899), Language.JA)).isEqualTo("1時間5分");
        assertThat(HealthText.rounded(Duration.ofHours(2), Language.JA)).isEqualTo("2時間");
        assertThat(HealthText.rounded(Duration.ofSeconds(45), Language.JA)).isEqualTo("45秒");
        assertThat(HealthText.rounded(null, Language.JA)).isEqualTo("-");
        assertThat(HealthText.rounded(Duration.ofSeconds(3899), Language.EN)).isEqualTo("1 h 5 min");
    }

    @Test
    void stat_medianOfAnEvenCount_isTheMeanOfTheMiddleTwo_andP90IsANearestRank() {
        assertThat(Stat.of(List.of(min(1), min(4), min(2), min(3)))).isEqualTo(new Stat(4, min(2.5), min(4)));
        List<Duration> ten = List.of(min(1), min(2), min(3), min(4), min(5), min(6), min(7), min(8), min(9), min(10));
        assertThat(Stat.of(ten).p90()).isEqualTo(min(9));
        assertThat(Stat.of(List.of())).isEqualTo(Stat.NONE);
    }

    @Test
    void night_runsFrom22To05() {
        assertThat(HealthCalculator.night(java.time.LocalTime.of(21, 59))).isFalse();
        assertThat(HealthCalculator.night(java.time.LocalTime.of(22, 0))).isTrue();
        assertThat(HealthCalculator.night(java.time.LocalTime.of(4, 59))).isTrue();
        assertThat(HealthCalculator.night(java.time.LocalTime.of(5, 0))).isFalse();
    }

    private static List<String> lines(HealthReport report, String member, Figure figure) {
        return report.trace().stream()
                .filter(l -> java.util.Objects.equals(l.memberId(), member) && l.figure() == figure)
                .map(TraceLine::detail).toList();
    }
}
