package dev.touban.domain.labor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.labor.LaborReport.CompDayLot;
import dev.touban.domain.labor.LaborReport.Figure;
import dev.touban.domain.labor.LaborReport.LotStatus;
import dev.touban.domain.labor.LaborReport.PersonLabor;
import dev.touban.domain.labor.LaborReport.TraceLine;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaborCalculatorTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static List<String> callOuts(LaborReport r, String member) {
        return r.trace().stream().filter(l -> l.memberId().equals(member) && l.figure() == Figure.CALL_OUT)
                .map(l -> l.day() + " " + l.kind() + " " + l.amount() + " " + (l.rate() == null ? "-" : l.rate().toPlainString())).toList();
    }

    @Test
    void callOut_acrossMidnightIntoTheLegalHoliday_isNightThenLegalHolidayNight() {
        // Saturday 21 November 23:00 to Sunday (the legal holiday) 01:30.
        LaborReport r = new LaborMonth(NOVEMBER, "alice").callOut(1, "alice", "2026-11-21T23:00", "2026-11-22T01:30").report();

        assertThat(callOuts(r, "alice")).containsExactly("2026-11-21 night 60 25", "2026-11-22 legal holiday night 90 60");
        PersonLabor alice = r.person("alice").orElseThrow();
        assertThat(alice.minutes(WorkBucket.NIGHT)).isEqualTo(60);
        assertThat(alice.minutes(WorkBucket.LEGAL_HOLIDAY_NIGHT)).isEqualTo(90);
        assertThat(alice.legalHolidayWorkDays()).isEqualTo(1);
    }

    @Test
    void callOut_across0500_splitsNightFromOrdinary_andOnTheLegalHolidayFromLegalHoliday() {
        LaborReport r = new LaborMonth(NOVEMBER, "alice")
                .clocked("alice", "2026-11-10T04:00", "2026-11-10T06:30")
                .clocked("alice", "2026-11-15T04:30", "2026-11-15T05:45")
                .report();

        assertThat(callOuts(r, "alice")).containsExactly("2026-11-10 night 60 25", "2026-11-10 ordinary 90 -",
                "2026-11-15 legal holiday night 30 60", "2026-11-15 legal holiday 45 35");
    }

    @Test
    void legalHoliday_thatIsAlsoAPublicHoliday_countsOnceAsTheLegalHoliday_namingBoth() {
        // 3 May 2026, 憲法記念日, is a Sunday.
        LaborReport r = new LaborMonth(YearMonth.of(2026, 5), "alice")
                .primary("alice", "2026-05-02T10:00", "2026-05-04T00:00")
                .callOut(7, "alice", "2026-05-03T14:00", "2026-05-03T15:00")
                .report();

        PersonLabor alice = r.person("alice").orElseThrow();
        assertThat(alice.standby(StandbyKind.LEGAL_HOLIDAY)).isEqualTo(1);
        assertThat(alice.standby(StandbyKind.PUBLIC_HOLIDAY)).isEqualTo(0);
        assertThat(alice.standby(StandbyKind.WEEKEND)).isEqualTo(1);
        assertThat(alice.minutes(WorkBucket.LEGAL_HOLIDAY)).isEqualTo(60);
        TraceLine may3 = r.trace().stream().filter(l -> l.figure() == Figure.STANDBY_DAY && l.day().equals(LocalDate.of(2026, 5, 3))).findFirst().orElseThrow();
        assertThat(may3.detail()).isEqualTo("primary duty 24 h of the day, the most that day; Sun 2026-05-03, legal holiday (also public holiday 憲法記念日)");
    }

    @Test
    void swap_recordedBeforeTheWorkedDay_makesItAnOrdinaryWorkingDay_withoutThePremium() {
        LaborReport r = new LaborMonth(NOVEMBER, "alice")
                .dayOff("alice", "2026-11-29", "2026-12-02", "2026-11-20T10:00")
                .clocked("alice", "2026-11-29T10:00", "2026-11-29T12:00")
                .report();

        assertThat(callOuts(r, "alice")).containsExactly("2026-11-29 ordinary 120 -");
        assertThat(r.dayOffs()).singleElement().satisfies(d -> {
            assertThat(d.dayOff().kind()).isEqualTo(DayOffKind.SWAP);
            assertThat(d.premiumOwed()).isFalse();
            assertThat(d.detail()).startsWith("recorded before the worked day: 2026-11-29 is an ordinary working day");
        });
        assertThat(r.person("alice").orElseThrow().legalHolidayWorkDays()).isZero();
    }

    @Test
    void swap_recordedTooLate_becomesCompensatoryLeave_andThePremiumIsStillOwed() {
        // Recorded at 00:10 on the worked Sunday itself: too late for a swap.
        LaborReport r = new LaborMonth(NOVEMBER, "bob")
                .dayOff("bob", "2026-11-15", "2026-11-18", "2026-11-15T00:10")
                .callOut(3, "bob", "2026-11-15T09:00", "2026-11-15T10:00")
                .report();

        assertThat(r.dayOffs()).singleElement().satisfies(d -> {
            assertThat(d.dayOff().kind()).isEqualTo(DayOffKind.COMPENSATORY);
            assertThat(d.premiumOwed()).isTrue();
            assertThat(d.legalHolidayMinutes()).isEqualTo(60);
            assertThat(d.detail()).isEqualTo("granted on or after the worked day: the 35% legal-holiday premium for 60 min is still owed");
        });
        PersonLabor bob = r.person("bob").orElseThrow();
        assertThat(bob.minutes(WorkBucket.LEGAL_HOLIDAY)).isEqualTo(60);
        assertThat(bob.premiumOwedMinutes()).isEqualTo(60);
    }

    @Test
    void memberInAnotherTimeZone_nightAndTheLegalHolidayFollowTheirOwnClock() {
        // Sunday 29 November 15:00-16:30 in Tokyo is Saturday 22:00-23:30 in Los Angeles.
        LaborReport r = new LaborMonth(NOVEMBER, "alice", "dave").livesIn("dave", "America/Los_Angeles")
                .callOut(9, "dave", "2026-11-29T15:00", "2026-11-29T16:30")
                .callOut(10, "alice", "2026-11-29T15:00", "2026-11-29T16:30")
                .report();

        assertThat(callOuts(r, "dave")).containsExactly("2026-11-28 night 90 25");
        assertThat(callOuts(r, "alice")).containsExactly("2026-11-29 legal holiday 90 35");
        assertThat(r.trace().stream().filter(l -> l.memberId().equals("dave")).findFirst().orElseThrow().detail())
                .endsWith("night (22:00-05:00); 22:00-23:30 in America/Los_Angeles");
        assertThat(r.notes()).contains("Night and the legal holiday are judged by each worker's own clock: dave works in America/Los_Angeles;"
                + " times in the sheets are Asia/Tokyo.");
    }

    @Test
    void callOut_coveredByAClockIn_countsOnce_andAnUnresolvedOneRunsToTheReportTime() {
        LaborReport r = new LaborMonth(NOVEMBER, "alice")
                .clocked("alice", "2026-11-11T10:00", "2026-11-11T12:00")
                .callOut(4, "alice", "2026-11-11T11:00", "2026-11-11T13:00")
                .callOut(5, "alice", "2026-11-30T20:00", null)
                .now("2026-11-30T21:00")
                .report();

        assertThat(callOuts(r, "alice")).containsExactly("2026-11-11 ordinary 120 -", "2026-11-11 ordinary 60 -", "2026-11-30 ordinary 60 -");
        assertThat(r.partial()).isTrue();
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Incident #5 was unresolved"));
    }

    @Test
    void standbyDays_goToWhoeverHeldPrimaryMostOfTheDay_byKind() {
        LaborReport r = new LaborMonth(NOVEMBER, "alice", "bob")
                .primary("alice", "2026-11-02T10:00", "2026-11-04T10:00")
                .primary("bob", "2026-11-04T10:00", "2026-11-08T10:00")
                .report();

        PersonLabor alice = r.person("alice").orElseThrow();
        PersonLabor bob = r.person("bob").orElseThrow();
        // Alice: Mon 2 (14 h), Tue 3 文化の日; Bob: Wed 4 (14 h), Thu, Fri, Sat, Sun 8 (10 h, the only one on duty).
        assertThat(alice.standby()).containsEntry(StandbyKind.WEEKDAY, 1).containsEntry(StandbyKind.PUBLIC_HOLIDAY, 1);
        assertThat(bob.standby()).containsEntry(StandbyKind.WEEKDAY, 3).containsEntry(StandbyKind.WEEKEND, 1)
                .containsEntry(StandbyKind.LEGAL_HOLIDAY, 1);
    }

    @Test
    void balances_compensatoryLeaveUsesTheDayLapsingFirst_unusedDaysLapse_andThoseAboutToLapseAreListed() {
        LaborPolicy warn31 = new LaborPolicy(DayOfWeek.SUNDAY, LaborPolicy.DEFAULT.nightFrom(), LaborPolicy.DEFAULT.nightTo(),
                LaborPolicy.Premiums.DEFAULT, LaborPolicy.Expiry.END_OF_FOLLOWING_MONTH, 31);
        LaborReport r = new LaborMonth(NOVEMBER, "bob").policy(warn31)
                .earnedEarlier("bob", "2026-10-03", "1.00")
                .earnedEarlier("bob", "2026-10-04", "1.00")
                .primary("bob", "2026-11-13T18:00", "2026-11-16T10:00")
                .dayOff("bob", "2026-11-15", "2026-11-18", "2026-11-16T09:00")
                .report();

        assertThat(r.lots()).extracting(CompDayLot::earned, CompDayLot::used, CompDayLot::remaining, CompDayLot::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 3), new BigDecimal("1.00"), new BigDecimal("0.00"), LotStatus.USED),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 4), new BigDecimal("0.00"), new BigDecimal("0.00"), LotStatus.LAPSED),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 14), new BigDecimal("0.00"), new BigDecimal("1.00"), LotStatus.LAPSES_SOON),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 15), new BigDecimal("0.00"), new BigDecimal("1.00"), LotStatus.LAPSES_SOON));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(r.person("bob").orElseThrow().compDayBalance()).isEqualByComparingTo("2.00");
        assertThat(r.lapsingSoon()).hasSize(2).allMatch(l -> l.lastDay().equals(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void everyFigure_isTheSumOfItsTraceLines() {
        LaborReport r = new LaborMonth(NOVEMBER, "alice", "bob", "dave").livesIn("dave", "America/Los_Angeles")
                .primary("alice", "2026-11-16T10:00", "2026-11-23T10:00")
                .primary("dave", "2026-11-23T10:00", "2026-11-30T10:00")
                .callOut(1, "alice", "2026-11-21T23:00", "2026-11-22T01:30")
                .clocked("alice", "2026-11-22T04:00", "2026-11-22T06:30")
                .callOut(2, "dave", "2026-11-29T15:00", "2026-11-29T16:30")
                .callOut(3, "bob", "2026-11-15T09:00", "2026-11-15T10:00")
                .dayOff("bob", "2026-11-15", "2026-11-18", "2026-11-16T09:00")
                .report();
        assertThat(r.people()).extracting(PersonLabor::memberId).containsExactly("alice", "bob", "dave");
        for (PersonLabor p : r.people()) {
            for (WorkBucket b : WorkBucket.values()) {
                assertThat(sum(r, p.memberId(), Figure.CALL_OUT, b.label())).as(p.memberId() + " " + b).isEqualTo(p.minutes(b));
            }
            for (StandbyKind k : StandbyKind.values()) {
                assertThat(sum(r, p.memberId(), Figure.STANDBY_DAY, k.label())).as(p.memberId() + " " + k).isEqualTo(p.standby(k));
            }
            assertThat(sum(r, p.memberId(), Figure.LEGAL_HOLIDAY_WORK_DAY, "legal holiday")).isEqualTo(p.legalHolidayWorkDays());
        }
    }

    private static long sum(LaborReport r, String member, Figure figure, String kind) {
        return r.trace().stream().filter(l -> l.memberId().equals(member) && l.figure() == figure && l.kind().equals(kind))
                .mapToLong(TraceLine::amount).sum();
    }
}
