package dev.touban.domain.labor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stretch of work where its bucket may change: at the worker's local midnight (the day
 * may be the legal holiday) and at the start and end of the night window. Every piece lies in
 * one local day and wholly inside or outside the night.
 */
final class WorkPieces {
    /** [start, end) on {@code day} (local to the worker), at night or not. */
    record Piece(Instant start, Instant end, LocalDate day, boolean night) {}

    private WorkPieces() {}

    static List<Piece> split(Instant start, Instant end, ZoneId zone, LaborPolicy policy) {
        List<Piece> pieces = new ArrayList<>();
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            LocalDateTime local = LocalDateTime.ofInstant(cursor, zone);
            LocalDate day = local.toLocalDate();
            Instant next = ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant();
            for (LocalTime t : List.of(policy.nightFrom(), policy.nightTo())) {
                Instant b = ZonedDateTime.of(day, t, zone).toInstant();
                if (b.isAfter(cursor) && b.isBefore(next)) {
                    next = b;
                }
            }
            Instant stop = next.isBefore(end) ? next : end;
            pieces.add(new Piece(cursor, stop, day, policy.isNight(local.toLocalTime())));
            cursor = stop;
        }
        return pieces;
    }
}
