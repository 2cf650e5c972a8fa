package dev.touban.domain.compday;

import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.holiday.DayKind;
import dev.touban.domain.rotation.Shift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The detail rows of a month report, one type per sheet. */
public final class ReportLines {
    private ReportLines() {}

    /** A shift overlapping the month; {@code inMonth} is the part inside it, {@code restDaysCredited} the duty days it gave. */
    public record ShiftLine(Shift shift, Duration inMonth, int restDaysCredited) {}

    /**
     * A stretch of clocked-in work. {@code countedEnd} is where counting stopped: the check-out,
     * or the configured maximum for one left open or too long, which {@code flag} then says.
     */
    public record AttendanceLine(String memberId, Instant start, Instant end, Instant countedEnd, Duration countedInMonth,
            LocalDate day, DayKind dayKind, String note, String flag) {}

    /** An incident of the month, whom its night-page credit went to (if anyone), and whether it paged at night. */
    public record IncidentLine(IncidentSummary incident, String creditedTo, boolean night) {}
}
