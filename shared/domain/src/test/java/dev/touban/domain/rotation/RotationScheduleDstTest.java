package dev.touban.domain.rotation;

import static dev.touban.domain.rotation.Rotations.BERLIN;
import static dev.touban.domain.rotation.Rotations.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Walks rotations through a whole year, across both DST changes, in small steps (as GoAlert's rotation tests do). */
class RotationScheduleDstTest {

    @ParameterizedTest(name = "{0} every {1} day(s) at {2}")
    @CsvSource({
            "America/New_York, 7, 10:00",
            "America/New_York, 1, 02:30",
            "America/New_York, 1, 01:30",
            "Europe/Berlin, 7, 10:00",
            "Europe/Berlin, 1, 02:30",
            "Europe/Berlin, 14, 02:00",
    })
    void walkingAYear_neverSkipsOrDoublesAShift(String zoneName, int days, String time) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate start = LocalDate.of(2026, 1, 4);
        Rotation rotation = new Rotation("r", Layer.PRIMARY, List.of("a", "b", "c"), days, start.getDayOfWeek(),
                LocalTime.parse(time), zone, start);
        RotationSchedule schedule = new RotationSchedule(rotation);
        Instant first = ZonedDateTime.of(start, LocalTime.parse(time), zone).toInstant();
        Instant end = first.plus(Duration.ofDays(366));

        List<Long> seen = new ArrayList<>();
        Shift previous = null;
        for (Instant t = first; t.isBefore(end); t = t.plus(Duration.ofMinutes(10))) {
            Shift shift = schedule.onCallAt(t).orElseThrow();
            assertThat(shift.covers(t)).isTrue();
            if (previous == null || previous.index() != shift.index()) {
                if (previous != null) {
                    assertThat(shift.index()).as("no shift skipped at %s", t).isEqualTo(previous.index() + 1);
                    assertThat(shift.start()).as("contiguous at %s", t).isEqualTo(previous.end());
                }
                seen.add(shift.index());
            }
            previous = shift;
        }
        long expected = (366L + days - 1) / days;
        assertThat(seen).hasSize((int) expected).doesNotHaveDuplicates();
        assertThat(schedule.onCallAt(first.minusSeconds(1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: shift from {1}")
    @CsvSource({
            // spring forward: the weekly shift over the change is an hour short, the one over fall back an hour long
            "America/New_York, 2026-03-02, 167",
            "America/New_York, 2026-10-26, 169",
            "Europe/Berlin, 2026-03-23, 167",
            "Europe/Berlin, 2026-10-19, 169",
            "Europe/Berlin, 2026-03-30, 168",
    })
    void weeklyShiftOverADstChange_keepsTheWallClockHandoff(String zoneName, String shiftStart, long hours) {
        ZoneId zone = ZoneId.of(zoneName);
        Rotation rotation = Rotations.weekly("r", Layer.PRIMARY, zone, LocalDate.of(2026, 1, 5), LocalTime.of(10, 0), "a", "b");
        Instant inside = ZonedDateTime.of(LocalDate.parse(shiftStart), LocalTime.NOON, zone).toInstant();

        Shift shift = new RotationSchedule(rotation).onCallAt(inside).orElseThrow();

        assertThat(shift.start().atZone(zone).toLocalDateTime()).isEqualTo(LocalDate.parse(shiftStart).atTime(10, 0));
        assertThat(shift.end().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(Duration.between(shift.start(), shift.end()).toHours()).isEqualTo(hours);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"America/New_York, 2026-03-08", "Europe/Berlin, 2026-03-29"})
    void handoffInsideTheSpringGap_movesAnHourLaterThatDayOnly(String zoneName, String gapDay) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate day = LocalDate.parse(gapDay);
        Rotation rotation = Rotations.days("r", Layer.PRIMARY, zone, day.minusDays(3), LocalTime.of(2, 30), 1, "a", "b", "c");
        RotationSchedule schedule = new RotationSchedule(rotation);

        Shift gapShift = schedule.onCallAt(ZonedDateTime.of(day, LocalTime.NOON, zone).toInstant()).orElseThrow();
        Shift dayAfter = schedule.shift(gapShift.index() + 1);

        assertThat(gapShift.start().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(dayAfter.start().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(schedule.shift(gapShift.index() - 1).end()).isEqualTo(gapShift.start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"America/New_York", "Europe/Berlin"})
    void shiftsBetween_overAYear_tileTheRange(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        Rotation rotation = Rotations.weekly("r", Layer.PRIMARY, zone, LocalDate.of(2026, 1, 5), LocalTime.of(9, 0), "a", "b", "c");
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        Instant to = Instant.parse("2027-02-01T00:00:00Z");

        List<Shift> shifts = new RotationSchedule(rotation).shiftsBetween(from, to);

        assertThat(shifts.getFirst().covers(from)).isTrue();
        assertThat(shifts.getLast().covers(to.minusMillis(1))).isTrue();
        for (int i = 1; i < shifts.size(); i++) {
            assertThat(shifts.get(i).start()).isEqualTo(shifts.get(i - 1).end());
            assertThat(shifts.get(i).index()).isEqualTo(shifts.get(i - 1).index() + 1);
        }
        assertThat(shifts).hasSize(53);
    }
}
