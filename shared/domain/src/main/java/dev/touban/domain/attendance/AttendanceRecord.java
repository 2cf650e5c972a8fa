package dev.touban.domain.attendance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A finished stretch of standby work, with what HR needs: who, for which team, when,
 * how long, and the local day it started on (and whether that day is a weekend).
 */
public record AttendanceRecord(
        String memberId, String teamId, Instant start, Instant end, String note, LocalDate day, boolean weekend) {

    public AttendanceRecord {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a check-out cannot come before its check-in");
        }
    }

    /** Closes {@code checkIn} at {@code end}; the day is the local date of the start in {@code zone}. */
    public static AttendanceRecord close(CheckIn checkIn, Instant end, ZoneId zone) {
        LocalDate day = checkIn.start().atZone(zone).toLocalDate();
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new AttendanceRecord(checkIn.memberId(), checkIn.teamId(), checkIn.start(), end, checkIn.note(), day, weekend);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
