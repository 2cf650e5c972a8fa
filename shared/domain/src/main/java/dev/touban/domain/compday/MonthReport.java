package dev.touban.domain.compday;

import dev.touban.domain.compday.ReportLines.AttendanceLine;
import dev.touban.domain.compday.ReportLines.IncidentLine;
import dev.touban.domain.compday.ReportLines.ShiftLine;
import dev.touban.domain.holiday.Holiday;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A team's comp-day report for one calendar month in the team's time zone, [from, to).
 * {@code partial} when the month had not ended at the time of the report, whose figures then
 * run up to that moment. Everything in it is derived; nothing is stored.
 */
public record MonthReport(
        String teamId,
        String teamName,
        YearMonth month,
        ZoneId zone,
        Instant from,
        Instant to,
        boolean partial,
        List<String> policy,
        List<Holiday> holidays,
        List<PersonMonth> people,
        List<ShiftLine> shifts,
        List<AttendanceLine> attendance,
        List<IncidentLine> incidents,
        List<String> notes) {

    public Optional<PersonMonth> person(String memberId) {
        return people.stream().filter(p -> p.memberId().equals(memberId)).findFirst();
    }

    public List<Award> awards() {
        return people.stream().flatMap(p -> p.awards().stream()).toList();
    }
}
