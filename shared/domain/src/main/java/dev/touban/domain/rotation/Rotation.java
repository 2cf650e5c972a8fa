package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A rotation as configured: members take turns in order, each for {@code shiftDays} days,
 * handing off at {@code handoffTime} local time in {@code zone}. The first shift starts on
 * {@code start}, which falls on {@code handoffDay} for week-based rotations.
 */
public record Rotation(
        String id,
        Layer layer,
        List<String> memberIds,
        int shiftDays,
        DayOfWeek handoffDay,
        LocalTime handoffTime,
        ZoneId zone,
        LocalDate start) {

    public Rotation {
        memberIds = List.copyOf(memberIds);
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one member");
        }
        if (shiftDays < 1) {
            throw new IllegalArgumentException("shift length must be at least one day");
        }
    }
}
