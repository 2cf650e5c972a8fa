package dev.touban.domain.compday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.compday.CompDayPolicy.ClockIn;
import dev.touban.domain.compday.CompDayPolicy.NightPages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CompDayCalculatorTest {
    /** dutyDay 1 day (12 h), clockIn 4 h -> 0.5, night pages 22:00-07:00 -> 0.25 (at most 0.5), at most 4 a month, check-ins 12 h. */
    static final CompDayPolicy POLICY = new CompDayPolicy(new BigDecimal("1.00"), Duration.ofHours(12),
            new ClockIn(Duration.ofHours(4), new BigDecimal("0.50")),
            new NightPages(LocalTime.of(22, 0), LocalTime.of(7, 0), new BigDecimal("0.25"), new BigDecimal("0.50")),
            new BigDecimal("4.00"), Duration.ofHours(12));

    private static Facts november() {
        return new Facts("Asia/Tokyo", "JP", YearMonth.of(2026, 11), "alice", "bob").policy(POLICY);
    }

    /**
     * The worked example: Alice in November 2026 (Tokyo), every rule firing. She is primary from
     * Friday 20th 18:00 over the weekend and the 勤労感謝の日 Monday to Tuesday 10:00, and from
     * Monday 2nd 10:00 to Tuesday 3rd (文化の日) 09:00, which is only 9 h of that holiday.
     */
    @Test
    void calculate_workedExample_aliceNovember2026_everyRuleFiring() {
        MonthReport report = november()
                .primary("alice", "2026-11-02T10:00", "2026-11-03T09:00")
                .primary("bob", "2026-11-03T09:00", "2026-11-04T10:00")
                .primary("alice", "2026-11-20T18:00", "2026-11-24T10:00")
                .clocked("alice", "2026-11-21T10:00", "2026-11-21T15:30")
                .clocked("alice", "2026-11-22T23:00", "2026-11-23T04:00")
                .page(41, "2026-11-21T02:13", "alice")
                .page(42, "2026-11-22T03:00", "alice")
                .page(43, "2026-11-23T23:30", null)
                .page(44, "2026-11-21T14:00", "alice")
                .report();

        PersonMonth alice = report.person("alice").orElseThrow();
        assertThat(alice.awards()).extracting(Award::text).containsExactly(
                "2026-11-21 Sat (weekend) | weekend/holiday on primary duty | +1.00 | primary duty 24 h of the day (needs 12 h)",
                "2026-11-21 Sat (weekend) | clocked in on a weekend/holiday | +0.50 | clocked in 5 h 30 min that day (needs 4 h)",
                "2026-11-21 Sat (weekend) | night page | +0.25 | incident #41 paged at 02:13, acknowledged",
                "2026-11-22 Sun (weekend) | weekend/holiday on primary duty | +1.00 | primary duty 24 h of the day (needs 12 h)",
                "2026-11-22 Sun (weekend) | night page | +0.25 | incident #42 paged at 03:00, acknowledged",
                "2026-11-23 Mon (holiday: 勤労感謝の日) | weekend/holiday on primary duty | +1.00 | primary duty 24 h of the day (needs 12 h)",
                "2026-11-23 Mon (holiday: 勤労感謝の日) | clocked in on a weekend/holiday | +0.50 | clocked in 4 h that day (needs 4 h)",
                "2026-11-23 Mon (holiday: 勤労感謝の日) | night page | +0.25 | incident #43 paged at 23:30, unacknowledged; primary on duty",
                "2026-11 (month) | night page cap | -0.25 | night pages earned 0.75 days; at most 0.5 days a month",
                "2026-11 (month) | monthly cap | -0.50 | earned 4.5 days; at most 4 days a month");
        assertThat(alice.compDays()).isEqualByComparingTo("4.00");
        assertThat(alice.awards().stream().map(Award::days).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(alice.compDays());
        assertThat(alice.dutyDays()).isEqualTo(7);
        assertThat(alice.weekendDays()).isEqualTo(2);
        assertThat(alice.holidayDays()).isEqualTo(1);
        assertThat(alice.clocked()).isEqualTo(Duration.ofMinutes(10 * 60 + 30));
        assertThat(alice.nightPages()).isEqualTo(3);
        // Bob had 15 h of 文化の日: a holiday duty day for him, none for Alice's 9 h.
        assertThat(report.person("bob").orElseThrow().awards()).extracting(Award::text).containsExactly(
                "2026-11-03 Tue (holiday: 文化の日) | weekend/holiday on primary duty | +1.00 | primary duty 15 h of the day (needs 12 h)");
        assertThat(report.incidents()).extracting(l -> l.incident().number() + ":" + l.night() + ":" + l.creditedTo())
                .containsExactly("41:true:alice", "42:true:alice", "43:true:alice", "44:false:null");
    }

    @Test
    void calculate_weeklyHandoffOnAHolidayMonday_givesTheDayToWhoeverHeldMostOfIt() {
        MonthReport report = november()
                .primary("alice", "2026-11-16T10:00", "2026-11-23T10:00")
                .primary("bob", "2026-11-23T10:00", "2026-11-30T10:00")
                .report();

        assertThat(report.person("alice").orElseThrow().awards()).extracting(Award::day).extracting(Object::toString)
                .containsExactly("2026-11-21", "2026-11-22");
        assertThat(report.person("bob").orElseThrow().awards()).extracting(Award::dayText)
                .containsExactly("2026-11-23 Mon (holiday: 勤労感謝の日)", "2026-11-28 Sat (weekend)", "2026-11-29 Sun (weekend)");
        assertThat(report.shifts()).extracting(ReportLines.ShiftLine::restDaysCredited).containsExactly(2, 3);
    }

    @Test
    void calculate_overrideOnAHoliday_creditsTheOverridingMember() {
        // The lookup hands back overrides as shifts: Bob covers all of Monday 23rd inside Alice's week.
        MonthReport report = november()
                .primary("alice", "2026-11-20T18:00", "2026-11-23T00:00")
                .primary("bob", "2026-11-23T00:00", "2026-11-24T00:00")
                .primary("alice", "2026-11-24T00:00", "2026-11-27T18:00")
                .report();

        assertThat(report.person("bob").orElseThrow().holidayDays()).isEqualTo(1);
        assertThat(report.person("alice").orElseThrow().holidayDays()).isZero();
        assertThat(report.person("alice").orElseThrow().weekendDays()).isEqualTo(2);
    }

    @Test
    void calculate_checkInSpanningMidnight_isSplitAtMidnight() {
        MonthReport report = november()
                .clocked("alice", "2026-11-07T20:00", "2026-11-08T03:00")
                .report();

        PersonMonth alice = report.person("alice").orElseThrow();
        assertThat(alice.clocked()).isEqualTo(Duration.ofHours(7));
        // 4 h on Saturday reaches the 4 h threshold; the 3 h on Sunday do not.
        assertThat(alice.awards()).extracting(Award::text).containsExactly(
                "2026-11-07 Sat (weekend) | clocked in on a weekend/holiday | +0.50 | clocked in 4 h that day (needs 4 h)");
    }

    @Test
    void calculate_checkInLeftOpen_isClosedAtTheMaximum_andFlagged() {
        MonthReport report = november()
                .openCheckIn("bob", "2026-11-28T09:00")
                .clocked("alice", "2026-11-14T08:00", "2026-11-15T10:00")
                .report();

        assertThat(report.attendance()).extracting(ReportLines.AttendanceLine::memberId, ReportLines.AttendanceLine::countedInMonth,
                ReportLines.AttendanceLine::flag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alice", Duration.ofHours(12), "checked out after 26 h; counted 12 h (the maximum)"),
                org.assertj.core.groups.Tuple.tuple("bob", Duration.ofHours(12), "left open; closed at the 12 h maximum"));
        assertThat(report.person("bob").orElseThrow().clocked()).isEqualTo(Duration.ofHours(12));
        assertThat(report.person("alice").orElseThrow().clocked()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void calculate_checkInStillOpenDuringTheMonth_countsUpToNow_andSaysSo() {
        MonthReport report = november()
                .now("2026-11-28T12:00")
                .openCheckIn("bob", "2026-11-28T09:00")
                .report();

        assertThat(report.partial()).isTrue();
        assertThat(report.attendance().getFirst().countedInMonth()).isEqualTo(Duration.ofHours(3));
        assertThat(report.attendance().getFirst().flag()).startsWith("still open");
        assertThat(report.notes()).anyMatch(n -> n.startsWith("Partial month"));
    }

    @Test
    void calculate_monthWithNoDuty_listsTheTeamWithZeros_andSaysSo() {
        MonthReport report = november().report();

        assertThat(report.people()).extracting(PersonMonth::memberId).containsExactly("alice", "bob");
        assertThat(report.people()).allSatisfy(p -> {
            assertThat(p.compDays()).isEqualByComparingTo("0");
            assertThat(p.dutyDays()).isZero();
        });
        assertThat(report.notes()).contains("Nobody was on primary duty in 2026-11.");
        assertThat(report.shifts()).isEmpty();
    }

    @Test
    void calculate_memberWhoLeftTheRotationMidMonth_keepsTheDaysTheyServed() {
        // erin is no longer in the team's roster, but the lookup still returns her shifts of early November.
        MonthReport report = november()
                .primary("erin", "2026-10-26T10:00", "2026-11-09T10:00")
                .primary("alice", "2026-11-09T10:00", "2026-12-07T10:00")
                .report();

        assertThat(report.people()).extracting(PersonMonth::memberId).containsExactly("alice", "bob", "erin");
        PersonMonth erin = report.person("erin").orElseThrow();
        assertThat(erin.weekendDays()).isEqualTo(3); // Sun 1st, Sat 7th, Sun 8th
        assertThat(erin.holidayDays()).isEqualTo(1);
        assertThat(erin.dutyDays()).isEqualTo(9);
    }

    @Test
    void calculate_secondaryDuty_earnsNothing() {
        MonthReport report = november()
                .secondary("bob", "2026-11-20T18:00", "2026-11-24T10:00")
                .report();

        assertThat(report.person("bob").orElseThrow().compDays()).isEqualByComparingTo("0");
        assertThat(report.shifts()).hasSize(1);
    }

    @Test
    void calculate_losAngeles_usesLocalDays_theLongDstDay_andConfiguredHolidays() {
        // US public holidays are not built in: Thanksgiving comes from oncall.yaml.
        MonthReport report = new Facts("America/Los_Angeles", "US", YearMonth.of(2026, 11), "dave", "alice")
                .policy(POLICY)
                .holiday("2026-11-26", "Thanksgiving")
                .primary("dave", "2026-10-31T18:00", "2026-11-02T09:00")
                .primary("dave", "2026-11-25T18:00", "2026-11-27T09:00")
                .page(7, "2026-11-26T22:30", "dave")
                .report();

        PersonMonth dave = report.person("dave").orElseThrow();
        assertThat(dave.awards()).extracting(Award::text).containsExactly(
                // Sunday November 1st has 25 hours: DST ends at 02:00.
                "2026-11-01 Sun (weekend) | weekend/holiday on primary duty | +1.00 | primary duty 25 h of the day (needs 12 h)",
                "2026-11-26 Thu (holiday: Thanksgiving) | weekend/holiday on primary duty | +1.00 | primary duty 24 h of the day (needs 12 h)",
                "2026-11-26 Thu (holiday: Thanksgiving) | night page | +0.25 | incident #7 paged at 22:30, acknowledged");
        assertThat(report.from()).isEqualTo(java.time.Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(report.notes()).contains("Public holidays for US are not built in: only the holidays listed in oncall.yaml count.");
    }

    @Test
    void calculate_noCapsConfigured_addsEverything() {
        CompDayPolicy generous = new CompDayPolicy(new BigDecimal("1.50"), Duration.ofHours(8), null, null, null, Duration.ofHours(12));
        MonthReport report = november().policy(generous)
                .primary("alice", "2026-11-20T18:00", "2026-11-24T10:00")
                .page(41, "2026-11-21T02:13", "alice")
                .report();

        assertThat(report.person("alice").orElseThrow().compDays()).isEqualByComparingTo("4.50");
        assertThat(report.person("alice").orElseThrow().nightPages()).isZero();
        assertThat(report.incidents().getFirst().night()).isFalse();
    }
}
