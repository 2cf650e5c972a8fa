package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of rotations with overrides and swaps on top, over random rotations in zones
 * with DST (New York, Berlin, Lord Howe's half hour) and without, random shift lengths and
 * handoff times (some inside a DST gap or overlap), and random overrides.
 */
class ChangedSchedulePropertyTest {
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "Asia/Tokyo",
            "Australia/Lord_Howe", "America/Sao_Paulo", "UTC");
    private static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin");

    @Property(tries = 300)
    void exactlyOnePrimaryAtEveryInstant(@ForAll("rotations") Rotation rotation, @ForAll("overrideSpecs") List<int[]> specs,
            @ForAll @IntRange(min = 0, max = 400 * 24) int hoursAfterStart, @ForAll @IntRange(min = 0, max = 3599) int seconds) {
        List<ScheduleChange> changes = overrides(rotation, specs);
        Instant t = firstStart(rotation).plus(Duration.ofHours(hoursAfterStart)).plusSeconds(seconds);
        List<Shift> around = ChangedSchedule.shifts(rotation, changes, t.minus(Duration.ofDays(20)), t.plus(Duration.ofDays(20)));

        assertThat(around.stream().filter(s -> s.covers(t))).hasSize(1);
        Shift at = ChangedSchedule.onCallAt(rotation, changes, t).orElseThrow();
        assertThat(at.covers(t)).isTrue();
        assertThat(around).contains(at);
    }

    @Property(tries = 300)
    void shiftsAreContiguous_andTileTheRange(@ForAll("rotations") Rotation rotation, @ForAll("overrideSpecs") List<int[]> specs,
            @ForAll @IntRange(min = 0, max = 300) int daysAfterStart, @ForAll @IntRange(min = 1, max = 90) int days) {
        List<ScheduleChange> changes = overrides(rotation, specs);
        Instant from = firstStart(rotation).plus(Duration.ofDays(daysAfterStart)).plusSeconds(1234);
        Instant to = from.plus(Duration.ofDays(days));

        List<Shift> shifts = ChangedSchedule.shifts(rotation, changes, from, to);

        assertThat(shifts.getFirst().covers(from)).isTrue();
        assertThat(shifts.getLast().covers(to.minusMillis(1))).isTrue();
        for (int i = 1; i < shifts.size(); i++) {
            Shift before = shifts.get(i - 1);
            Shift after = shifts.get(i);
            assertThat(after.start()).isEqualTo(before.end());
            assertThat(after.index()).isBetween(before.index(), before.index() + 1);
            // pieces are merged: two neighbours of one shift never show the same person for the same reason
            if (after.index() == before.index()) {
                assertThat(after.memberId().equals(before.memberId()) && java.util.Objects.equals(after.replacement(), before.replacement()))
                        .isFalse();
            }
        }
    }

    @Property(tries = 200)
    void noShiftSkippedOrDoubled_acrossDstChanges(@ForAll("dstRotations") Rotation rotation) {
        // walk two months around each 2026 DST change of the rotation's zone in 20-minute steps
        for (Instant change : dstChanges2026(rotation.zone())) {
            Instant from = change.minus(Duration.ofDays(30));
            Instant to = change.plus(Duration.ofDays(30));
            RotationSchedule schedule = new RotationSchedule(rotation);
            Shift previous = null;
            for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(20))) {
                Optional<Shift> now = schedule.onCallAt(t);
                if (now.isEmpty()) {
                    assertThat(t).isBefore(firstStart(rotation));
                    continue;
                }
                Shift shift = now.get();
                if (previous != null && previous.index() != shift.index()) {
                    assertThat(shift.index()).isEqualTo(previous.index() + 1);
                    assertThat(shift.start()).isEqualTo(previous.end());
                }
                // shift n starts at the handoff time on start + n * days, as that wall-clock time resolves that day
                LocalDate day = rotation.start().plusDays(shift.index() * rotation.shiftDays());
                assertThat(shift.start()).isEqualTo(ZonedDateTime.of(day, rotation.handoffTime(), rotation.zone()).toInstant());
                long minutes = Duration.between(shift.start(), shift.end()).toMinutes();
                assertThat(minutes).isBetween(rotation.shiftDays() * 24L * 60 - 120, rotation.shiftDays() * 24L * 60 + 120);
                previous = shift;
            }
        }
    }

    @Property(tries = 300)
    void overridesNeverLeakOutsideTheirRange(@ForAll("rotations") Rotation rotation, @ForAll("overrideSpecs") @Size(min = 1) List<int[]> specs,
            @ForAll @IntRange(min = 0, max = 200 * 24 * 4) int quarterHours) {
        List<ScheduleChange> changes = overrides(rotation, specs);
        Instant t = firstStart(rotation).plus(Duration.ofMinutes(15L * quarterHours)).plusSeconds(7);

        Shift scheduled = new RotationSchedule(rotation).onCallAt(t).orElseThrow();
        Shift effective = ChangedSchedule.onCallAt(rotation, changes, t).orElseThrow();

        Optional<Cover> newest = changes.stream().flatMap(c -> c.covers().stream()).filter(c -> c.covers(t))
                .max(Comparator.comparing(Cover::createdAt).thenComparing(Cover::changeId));
        if (newest.isEmpty()) {
            assertThat(effective.memberId()).isEqualTo(scheduled.memberId());
            assertThat(effective.replaced()).isFalse();
        } else {
            assertThat(effective.memberId()).isEqualTo(newest.get().memberId());
            assertThat(effective.scheduledMemberId()).isEqualTo(scheduled.memberId());
        }
        assertThat(effective.index()).isEqualTo(scheduled.index());
    }

    @Property(tries = 200)
    void aSwapExchangesExactlyTheTwoShifts(@ForAll("rotations") Rotation rotation, @ForAll @IntRange(min = 0, max = 30) int shiftNumber,
            @ForAll @IntRange(min = 0, max = 2000) int probeHours) {
        RotationSchedule schedule = new RotationSchedule(rotation);
        Shift first = schedule.shift(shiftNumber);
        Shift second = null;
        for (long n = shiftNumber + 1; n < shiftNumber + 10; n++) {
            if (!schedule.shift(n).memberId().equals(first.memberId())) {
                second = schedule.shift(n);
                break;
            }
        }
        if (second == null) {
            return; // a one-person rotation has nobody to swap with
        }
        ShiftSwap swap = new ShiftSwap("s1", "t", rotation.layer(), first.memberId(), first.start(), first.end(),
                second.memberId(), second.start(), second.end(), first.memberId(), first.start());
        Instant t = firstStart(rotation).plus(Duration.ofHours(probeHours));

        String effective = ChangedSchedule.onCallAt(rotation, List.of(swap), t).orElseThrow().memberId();

        if (first.covers(t)) {
            assertThat(effective).isEqualTo(second.memberId());
        } else if (second.covers(t)) {
            assertThat(effective).isEqualTo(first.memberId());
        } else {
            assertThat(effective).isEqualTo(schedule.onCallAt(t).orElseThrow().memberId());
        }
    }

    @Provide
    Arbitrary<Rotation> rotations() {
        return Combinators.combine(
                        Arbitraries.of(ZONES),
                        Arbitraries.of(1, 2, 3, 7, 7, 7, 14),
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.of(0, 15, 30, 45),
                        Arbitraries.integers().between(0, 700),
                        Arbitraries.integers().between(1, 5))
                .as((zone, days, hour, minute, startOffset, size) -> rotation(ZoneId.of(zone), days, LocalTime.of(hour, minute),
                        LocalDate.of(2025, 6, 1).plusDays(startOffset), size));
    }

    @Provide
    Arbitrary<Rotation> dstRotations() {
        return Combinators.combine(
                        Arbitraries.of("America/New_York", "Europe/Berlin"),
                        Arbitraries.of(1, 2, 7, 14),
                        Arbitraries.of(0, 1, 2, 3, 9, 10, 23),
                        Arbitraries.of(0, 30),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(1, 4))
                .as((zone, days, hour, minute, startOffset, size) -> rotation(ZoneId.of(zone), days, LocalTime.of(hour, minute),
                        LocalDate.of(2025, 12, 1).plusDays(startOffset - 200L), size));
    }

    /** Each spec is {start hours after the rotation's start, length in hours, member index, creation order}. */
    @Provide
    Arbitrary<List<int[]>> overrideSpecs() {
        Arbitrary<int[]> spec = Combinators.combine(
                        Arbitraries.integers().between(-100, 200 * 24),
                        Arbitraries.integers().between(1, 21 * 24),
                        Arbitraries.integers().between(0, PEOPLE.size() - 1),
                        Arbitraries.integers().between(0, 1000))
                .as((start, length, member, order) -> new int[] {start, length, member, order});
        return spec.list().ofMaxSize(6);
    }

    private static Rotation rotation(ZoneId zone, int days, LocalTime time, LocalDate start, int size) {
        return new Rotation("r", Layer.PRIMARY, PEOPLE.subList(0, size), days, start.getDayOfWeek(), time, zone, start);
    }

    private static List<ScheduleChange> overrides(Rotation rotation, List<int[]> specs) {
        List<ScheduleChange> changes = new ArrayList<>();
        Instant origin = firstStart(rotation);
        for (int i = 0; i < specs.size(); i++) {
            int[] s = specs.get(i);
            Instant from = origin.plus(Duration.ofHours(s[0])).plusSeconds(17L * i);
            changes.add(new OnCallOverride("o" + i, "t", Layer.PRIMARY, PEOPLE.get(s[2]), from, from.plus(Duration.ofHours(s[1])),
                    "alice", origin.plusSeconds(s[3])));
        }
        return changes;
    }

    private static Instant firstStart(Rotation rotation) {
        return ZonedDateTime.of(rotation.start(), rotation.handoffTime(), rotation.zone()).toInstant();
    }

    private static List<Instant> dstChanges2026(ZoneId zone) {
        List<Instant> changes = new ArrayList<>();
        var rules = zone.getRules();
        var t = rules.nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
        while (t != null && t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"))) {
            changes.add(t.getInstant());
            t = rules.nextTransition(t.getInstant());
        }
        assertThat(changes).hasSize(2);
        return changes;
    }
}
