package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationScheduleTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    /** 2026-01-05 10:00 in Tokyo. */
    private static final Instant FIRST_HANDOFF = Instant.parse("2026-01-05T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static RotationSchedule weekly(ZoneId zone, String... members) {
        return new RotationSchedule(new Rotation("r", Layer.PRIMARY, List.of(members), 7, DayOfWeek.MONDAY,
                LocalTime.of(10, 0), zone, MONDAY));
    }

    @Test
    void onCallAt_isEmpty_beforeTheFirstHandoff() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob", "carol");

        assertThat(schedule.onCallAt(FIRST_HANDOFF.minusNanos(1))).isEmpty();
        assertThat(schedule.onCallAt(Instant.parse("2020-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void onCallAt_theExactHandoffInstant_belongsToTheIncomingMember() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob", "carol");

        Shift first = schedule.onCallAt(FIRST_HANDOFF).orElseThrow();
        assertThat(first.memberId()).isEqualTo("alice");
        assertThat(first.index()).isZero();
        assertThat(first.start()).isEqualTo(FIRST_HANDOFF);
        assertThat(first.end()).isEqualTo(FIRST_HANDOFF.plus(WEEK));

        assertThat(schedule.onCallAt(FIRST_HANDOFF.plus(WEEK).minusNanos(1))).get()
                .extracting(Shift::memberId).isEqualTo("alice");
        assertThat(schedule.onCallAt(FIRST_HANDOFF.plus(WEEK))).get()
                .extracting(Shift::memberId).isEqualTo("bob");
    }

    @Test
    void onCallAt_takesMembersInOrder_andWrapsAround() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob", "carol");

        List<String> members = new ArrayList<>();
        for (int week = 0; week < 7; week++) {
            members.add(schedule.onCallAt(FIRST_HANDOFF.plus(WEEK.multipliedBy(week)).plusSeconds(3600)).orElseThrow().memberId());
        }

        assertThat(members).containsExactly("alice", "bob", "carol", "alice", "bob", "carol", "alice");
    }

    @Test
    void onCallAt_beforeTheHandoffTimeOnHandoffDay_isStillThePreviousMember() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob");
        Instant mondayMorning = ZonedDateTime.of(LocalDate.of(2026, 1, 12), LocalTime.of(9, 59), TOKYO).toInstant();

        assertThat(schedule.onCallAt(mondayMorning)).get().extracting(Shift::memberId).isEqualTo("alice");
        assertThat(schedule.onCallAt(mondayMorning.plusSeconds(60))).get().extracting(Shift::memberId).isEqualTo("bob");
    }

    @Test
    void onCallAt_farInTheFuture_isTheSameAsCountingShifts() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob", "carol");
        Instant t = FIRST_HANDOFF.plus(WEEK.multipliedBy(1000)).plusSeconds(5);

        Shift shift = schedule.onCallAt(t).orElseThrow();

        assertThat(shift.index()).isEqualTo(1000);
        assertThat(shift.memberId()).isEqualTo(List.of("alice", "bob", "carol").get(1000 % 3));
    }

    @Test
    void dayBasedShifts_handOffEveryNDays_whateverTheWeekday() {
        // Wednesday start, two-day shifts, 08:30 local: Wed, Fri, Sun, Tue...
        Rotation rotation = new Rotation("d", Layer.SECONDARY, List.of("alice", "bob"), 2, DayOfWeek.WEDNESDAY,
                LocalTime.of(8, 30), TOKYO, LocalDate.of(2026, 1, 7));
        RotationSchedule schedule = new RotationSchedule(rotation);

        List<Shift> shifts = schedule.shiftsBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-14T00:00:00Z"));

        assertThat(shifts).extracting(s -> s.start().atZone(TOKYO).toLocalDateTime().toString())
                .containsExactly("2026-01-07T08:30", "2026-01-09T08:30", "2026-01-11T08:30", "2026-01-13T08:30");
        assertThat(shifts).extracting(Shift::memberId).containsExactly("alice", "bob", "alice", "bob");
        assertThat(shifts).allSatisfy(s -> assertThat(s.layer()).isEqualTo(Layer.SECONDARY));
    }

    @Test
    void shiftsBetween_areContiguous_andCoverTheRange() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob", "carol");
        Instant from = FIRST_HANDOFF.plus(Duration.ofDays(3));
        Instant to = FIRST_HANDOFF.plus(Duration.ofDays(40));

        List<Shift> shifts = schedule.shiftsBetween(from, to);

        assertThat(shifts).hasSize(6);
        assertThat(shifts.getFirst().covers(from)).isTrue();
        assertThat(shifts.getLast().start()).isBefore(to);
        assertThat(shifts.getLast().end()).isAfterOrEqualTo(to);
        for (int i = 1; i < shifts.size(); i++) {
            assertThat(shifts.get(i).start()).isEqualTo(shifts.get(i - 1).end());
            assertThat(shifts.get(i).index()).isEqualTo(shifts.get(i - 1).index() + 1);
        }
    }

    @Test
    void shiftsBetween_startsAtTheFirstHandoff_whenTheRangeBeginsEarlier() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob");

        List<Shift> shifts = schedule.shiftsBetween(Instant.parse("2025-12-01T00:00:00Z"), FIRST_HANDOFF.plus(WEEK));

        assertThat(shifts).extracting(Shift::index).containsExactly(0L);
        assertThat(schedule.shiftsBetween(Instant.parse("2025-12-01T00:00:00Z"), FIRST_HANDOFF)).isEmpty();
    }

    @Test
    void shiftsBetween_isEmpty_forAnEmptyOrReversedRange() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob");
        Instant midShift = FIRST_HANDOFF.plus(Duration.ofDays(3));

        assertThat(schedule.shiftsBetween(midShift, midShift)).isEmpty();
        assertThat(schedule.shiftsBetween(midShift, midShift.minusSeconds(1))).isEmpty();
    }

    @Test
    void shiftsBetween_excludesTheShiftStartingExactlyAtTheEnd() {
        RotationSchedule schedule = weekly(TOKYO, "alice", "bob");

        assertThat(schedule.shiftsBetween(FIRST_HANDOFF, FIRST_HANDOFF.plus(WEEK))).extracting(Shift::memberId)
                .containsExactly("alice");
    }

    @Test
    void weeklyRotation_walkedAcrossBothDstChangesInNewYork_keepsLocalTenOClockAndSkipsNobody() {
        // US clocks go forward on 2026-03-08 and back on 2026-11-01.
        List<String> members = List.of("alice", "bob", "carol");
        RotationSchedule schedule = weekly(NEW_YORK, members.toArray(String[]::new));
        Instant from = ZonedDateTime.of(LocalDate.of(2026, 1, 5), LocalTime.of(10, 0), NEW_YORK).toInstant();
        Instant to = ZonedDateTime.of(LocalDate.of(2026, 12, 28), LocalTime.of(10, 0), NEW_YORK).toInstant();

        List<Shift> seen = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(15))) {
            Shift shift = schedule.onCallAt(t).orElseThrow();
            assertThat(shift.covers(t)).as("shift covering %s", t).isTrue();
            if (seen.isEmpty() || !seen.getLast().equals(shift)) {
                seen.add(shift);
            }
        }

        assertThat(seen).hasSize(51);
        for (int i = 0; i < seen.size(); i++) {
            Shift shift = seen.get(i);
            ZonedDateTime localStart = shift.start().atZone(NEW_YORK);
            assertThat(shift.index()).isEqualTo(i);
            assertThat(shift.memberId()).isEqualTo(members.get(i % members.size()));
            assertThat(localStart.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(localStart.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            if (i > 0) {
                assertThat(shift.start()).isEqualTo(seen.get(i - 1).end());
            }
        }
        // The weeks holding a change are an hour shorter (March) and an hour longer (November).
        assertThat(seen).extracting(s -> Duration.between(s.start(), s.end()).toHours())
                .containsOnly(167L, 168L, 169L)
                .containsOnlyOnce(167L, 169L);
        assertThat(schedule.shiftsBetween(from, to)).isEqualTo(seen);
    }

    @Test
    void dailyHandoffInsideTheSpringForwardGap_movesPastTheGap_andIsNotSkipped() {
        // 02:30 does not exist in New York on 2026-03-08; that day's handoff happens at 03:30 EDT.
        Rotation rotation = new Rotation("night", Layer.PRIMARY, List.of("alice", "bob"), 1, DayOfWeek.SATURDAY,
                LocalTime.of(2, 30), NEW_YORK, LocalDate.of(2026, 3, 7));
        RotationSchedule schedule = new RotationSchedule(rotation);

        List<Shift> shifts = schedule.shiftsBetween(Instant.parse("2026-03-07T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z"));

        assertThat(shifts).extracting(s -> s.start().atZone(NEW_YORK).toLocalDateTime().toString())
                .containsExactly("2026-03-07T02:30", "2026-03-08T03:30", "2026-03-09T02:30");
        assertThat(shifts).extracting(Shift::memberId).containsExactly("alice", "bob", "alice");
        assertThat(Duration.between(shifts.get(0).start(), shifts.get(0).end())).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(shifts.get(1).start(), shifts.get(1).end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void singleMemberRotation_isAlwaysThatMember() {
        RotationSchedule schedule = weekly(TOKYO, "alice");

        assertThat(schedule.shiftsBetween(FIRST_HANDOFF, FIRST_HANDOFF.plus(WEEK.multipliedBy(5))))
                .extracting(Shift::memberId).containsOnly("alice").hasSize(5);
    }
}
