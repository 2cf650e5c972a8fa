package dev.touban.domain.compday;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.holiday.Holiday;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds month facts in a team's local time, so tests read like a calendar. */
final class Facts {
    private final Team team;
    private final YearMonth month;
    private final List<Holiday> holidays = new ArrayList<>();
    private final List<Shift> shifts = new ArrayList<>();
    private final List<AttendanceRecord> attendance = new ArrayList<>();
    private final List<CheckIn> open = new ArrayList<>();
    private final List<IncidentSummary> incidents = new ArrayList<>();
    private CompDayPolicy policy = CompDayPolicy.DEFAULT;
    private Instant now;

    Facts(String zone, String country, YearMonth month, String... members) {
        this.team = new Team("sre", "SRE", ZoneId.of(zone), country, null, null, List.of(members), List.of(members[0]), List.of());
        this.month = month;
        this.now = month.plusMonths(1).atDay(1).atTime(9, 0).atZone(team.timeZone()).toInstant();
    }

    Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(team.timeZone()).toInstant();
    }

    Facts policy(CompDayPolicy p) {
        this.policy = p;
        return this;
    }

    Facts holiday(String date, String name) {
        holidays.add(new Holiday(java.time.LocalDate.parse(date), name));
        return this;
    }

    Facts primary(String member, String from, String to) {
        shifts.add(new Shift("sre-primary", Layer.PRIMARY, shifts.size(), member, at(from), at(to)));
        return this;
    }

    Facts secondary(String member, String from, String to) {
        shifts.add(new Shift("sre-secondary", Layer.SECONDARY, shifts.size(), member, at(from), at(to)));
        return this;
    }

    Facts clocked(String member, String from, String to) {
        attendance.add(AttendanceRecord.close(new CheckIn(member, team.id(), at(from), null), at(to), team.timeZone()));
        return this;
    }

    Facts openCheckIn(String member, String from) {
        open.add(new CheckIn(member, team.id(), at(from), "weekend standby"));
        return this;
    }

    Facts page(long number, String when, String acknowledgedBy) {
        incidents.add(new IncidentSummary(number, at(when), acknowledgedBy, "incident " + number));
        return this;
    }

    Facts now(String localDateTime) {
        this.now = at(localDateTime);
        return this;
    }

    MonthReport report() {
        return CompDayCalculator.calculate(new MonthFacts(team, month, new HolidayCalendar(team.country(), holidays), policy,
                shifts, attendance, open, incidents, now));
    }
}
