package dev.touban.domain.compday;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a month report is computed from, gathered by the caller: the shifts of every
 * layer overlapping the month (overrides already applied), finished attendance starting
 * from a check-in maximum before the month, open check-ins, incidents, and {@code now}.
 */
public record MonthFacts(
        Team team,
        YearMonth month,
        HolidayCalendar calendar,
        CompDayPolicy policy,
        List<Shift> shifts,
        List<AttendanceRecord> attendance,
        List<CheckIn> openCheckIns,
        List<IncidentSummary> incidents,
        Instant now) {

    public MonthFacts {
        shifts = List.copyOf(shifts);
        attendance = List.copyOf(attendance);
        openCheckIns = List.copyOf(openCheckIns);
        incidents = List.copyOf(incidents);
    }
}
