package dev.touban.domain.labor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A day off recorded for a member's work on {@code workedDay}: {@code dayOff} instead. Its kind is
 * decided once, when recorded: a swap when {@code recordedAt} is before the worked day starts in
 * the team's zone, otherwise compensatory leave. One per member and worked day.
 */
public record DayOff(String memberId, String teamId, LocalDate workedDay, LocalDate dayOff, DayOffKind kind, Instant recordedAt,
        String recordedBy) {

    public DayOff {
        if (workedDay.equals(dayOff)) {
            throw new IllegalArgumentException("the day off cannot be the worked day itself");
        }
    }

    /** Records a day off at {@code now}: a swap only while the worked day has not begun in {@code teamZone}. */
    public static DayOff record(String memberId, String teamId, LocalDate workedDay, LocalDate dayOff, Instant now, String recordedBy,
            ZoneId teamZone) {
        DayOffKind kind = now.isBefore(workedDay.atStartOfDay(teamZone).toInstant()) ? DayOffKind.SWAP : DayOffKind.COMPENSATORY;
        return new DayOff(memberId, teamId, workedDay, dayOff, kind, now, recordedBy);
    }
}
