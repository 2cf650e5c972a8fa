package dev.touban.domain.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.ChangeKind;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.RotationSchedule;
import dev.touban.domain.rotation.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffPlannerTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final Rotation PRIMARY = new Rotation("sre-primary", Layer.PRIMARY, List.of("alice", "bob", "carol", "dave"), 7,
            DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, START);
    static final Rotation SECONDARY = new Rotation("sre-secondary", Layer.SECONDARY, List.of("carol", "dave", "alice", "bob"), 7,
            DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, START);
    static final Team SRE = new Team("sre", "SRE", TOKYO, "JP", "C0ONCALL", "S0ONCALL", List.of("alice", "bob", "carol", "dave"),
            List.of("alice"), List.of(PRIMARY, SECONDARY));
    static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void handoff_namesTheShift_whoIsOnNow_next_andTheShiftBefore() {
        Shift shift = new RotationSchedule(PRIMARY).onCallAt(DEC_7).orElseThrow();

        Handoff handoff = HandoffPlanner.handoff(SRE, PRIMARY, shift, DEC_7, new ConfiguredOnCall());

        assertThat(handoff.starting().memberId()).isEqualTo("alice");
        assertThat(handoff.current().memberId()).isEqualTo("alice");
        assertThat(handoff.onNow().get(Layer.SECONDARY).memberId()).isEqualTo("carol");
        assertThat(handoff.next().orElseThrow().memberId()).isEqualTo("bob");
        assertThat(handoff.previous().orElseThrow().memberId()).isEqualTo("dave");
        assertThat(handoff.previousTurns()).extracting(Shift::memberId).containsExactly("dave");
        assertThat(handoff.ref()).isEqualTo(new ShiftRef("sre", "sre-primary", DEC_7, "alice"));
    }

    @Test
    void firstShift_hasNoPrevious_andNoHoursToReport() {
        Instant first = Instant.parse("2026-01-05T01:00:00Z");
        Shift shift = new RotationSchedule(PRIMARY).onCallAt(first).orElseThrow();

        Handoff handoff = HandoffPlanner.handoff(SRE, PRIMARY, shift, first, new ConfiguredOnCall());

        assertThat(handoff.previous()).isEmpty();
        assertThat(handoff.lastShiftAttendance(List.of(clocked("alice", first.plusSeconds(60), 2)))).isEmpty();
    }

    @Test
    void lastShiftAttendance_isWhatThisLayersOnCallClocked_whileOnCallThere() {
        Instant from = DEC_7.minus(Duration.ofDays(7));
        Instant overrideFrom = from.plus(Duration.ofDays(2));
        Instant overrideTo = from.plus(Duration.ofDays(4));
        // the last primary shift was dave's, with bob covering two days of it by an override
        List<Shift> turns = List.of(
                new Shift("sre-primary", Layer.PRIMARY, 47, "dave", from, overrideFrom),
                new Shift("sre-primary", Layer.PRIMARY, 47, "bob", overrideFrom, overrideTo,
                        new Shift.Replacement("o1", ChangeKind.OVERRIDE, "dave")),
                new Shift("sre-primary", Layer.PRIMARY, 47, "dave", overrideTo, DEC_7));
        Handoff handoff = new Handoff(SRE, PRIMARY, new Shift("sre-primary", Layer.PRIMARY, 48, "alice", DEC_7, DEC_7.plus(Duration.ofDays(7))),
                Map.of(), Optional.empty(), Optional.of(turns.getFirst()), turns);
        AttendanceRecord daveSaturday = clocked("dave", from.plus(Duration.ofDays(5)), 3);
        AttendanceRecord bobCovering = clocked("bob", overrideFrom.plus(Duration.ofHours(3)), 2);
        AttendanceRecord bobAsSecondary = clocked("bob", from.plus(Duration.ofDays(1)), 1);
        AttendanceRecord daveDuringTheOverride = clocked("dave", overrideFrom.plus(Duration.ofHours(5)), 1);
        AttendanceRecord carolNeither = clocked("carol", from.plus(Duration.ofDays(3)), 4);

        assertThat(handoff.lastShiftAttendance(List.of(daveSaturday, bobCovering, bobAsSecondary, daveDuringTheOverride, carolNeither)))
                .containsExactly(daveSaturday, bobCovering);
    }

    static AttendanceRecord clocked(String member, Instant start, int hours) {
        return new AttendanceRecord(member, "sre", start, start.plus(Duration.ofHours(hours)), "", start.atZone(TOKYO).toLocalDate(), false);
    }
}
