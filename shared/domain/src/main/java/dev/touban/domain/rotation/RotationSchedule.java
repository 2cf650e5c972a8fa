package dev.touban.domain.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a rotation puts on call, as a pure function of the rotation and an instant.
 *
 * <p>Shift {@code n} starts at the wall-clock handoff time on {@code start + n * shiftDays}
 * in the rotation's zone, so a DST change moves the instant but never skips or doubles a
 * shift: consecutive shifts share their boundary and every instant after the start lies
 * in exactly one shift. Before the first handoff nobody is on call.
 */
public final class RotationSchedule {
    private final Rotation rotation;

    public RotationSchedule(Rotation rotation) {
        this.rotation = rotation;
    }

    public Rotation rotation() {
        return rotation;
    }

    public Optional<Shift> onCallAt(Instant t) {
        if (t.isBefore(startOf(0))) {
            return Optional.empty();
        }
        LocalDate day = t.atZone(rotation.zone()).toLocalDate();
        long n = Math.floorDiv(ChronoUnit.DAYS.between(rotation.start(), day), rotation.shiftDays());
        while (n > 0 && startOf(n).isAfter(t)) {
            n--;
        }
        while (!startOf(n + 1).isAfter(t)) {
            n++;
        }
        return Optional.of(shift(n));
    }

    /** The shifts overlapping [from, to), in order. */
    public List<Shift> shiftsBetween(Instant from, Instant to) {
        List<Shift> shifts = new ArrayList<>();
        if (!from.isBefore(to)) {
            return shifts;
        }
        Instant cursor = from.isBefore(startOf(0)) ? startOf(0) : from;
        Optional<Shift> current = onCallAt(cursor);
        while (current.isPresent() && current.get().start().isBefore(to)) {
            shifts.add(current.get());
            current = Optional.of(shift(current.get().index() + 1));
        }
        return shifts;
    }

    public Shift shift(long n) {
        String member = rotation.memberIds().get((int) Math.floorMod(n, (long) rotation.memberIds().size()));
        return new Shift(rotation.id(), rotation.layer(), n, member, startOf(n), startOf(n + 1));
    }

    private Instant startOf(long n) {
        LocalDate day = rotation.start().plusDays(n * rotation.shiftDays());
        return ZonedDateTime.of(day, rotation.handoffTime(), rotation.zone()).toInstant();
    }
}
