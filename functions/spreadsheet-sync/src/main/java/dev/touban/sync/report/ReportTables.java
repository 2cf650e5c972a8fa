package dev.touban.sync.report;

import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.PersonMonth;
import dev.touban.domain.compday.ReportLines.AttendanceLine;
import dev.touban.domain.compday.ReportLines.IncidentLine;
import dev.touban.domain.compday.ReportLines.ShiftLine;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.holiday.Holiday;
import dev.touban.sync.report.Column.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a month report into the tables HR gets: Summary, Comp days, Shifts, Attendance, Incidents, Notes. */
public final class ReportTables {
    private ReportTables() {}

    public static List<Table> of(MonthReport report, OncallConfig config) {
        ZoneId zone = report.zone();
        String tz = " (" + zone + ")";
        return List.of(summary(report, config), compDays(report, config), shifts(report, config, zone, tz),
                attendance(report, config, zone, tz), incidents(report, config, zone, tz), notes(report));
    }

    private static Table summary(MonthReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonMonth p : r.people()) {
            rows.add(row(p.memberId(), config.displayName(p.memberId()), (long) p.dutyDays(), (long) p.weekendDays(),
                    (long) p.holidayDays(), hours(p.clocked()), (long) p.nightPages(), p.compDays()));
        }
        return new Table("Summary", "summary", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20),
                new Column("Duty days", Kind.INTEGER, 11), new Column("Weekend days", Kind.INTEGER, 14),
                new Column("Holiday days", Kind.INTEGER, 13), new Column("Clocked hours", Kind.DECIMAL, 14),
                new Column("Night pages", Kind.INTEGER, 12), new Column("Comp days earned", Kind.DECIMAL, 17)), rows);
    }

    private static Table compDays(MonthReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (Award a : r.awards()) {
            rows.add(row(a.memberId(), config.displayName(a.memberId()), a.kind() == null ? null : a.day(),
                    a.kind() == null ? "month" : a.kind().label(), a.holidayName(), a.rule().label(), a.days(), a.detail()));
        }
        return new Table("Comp days", "comp-days", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Date", Kind.DATE, 12),
                new Column("Day", Kind.TEXT, 10), new Column("Holiday", Kind.TEXT, 18), new Column("Rule", Kind.TEXT, 32),
                new Column("Days", Kind.DECIMAL, 8), new Column("Why", Kind.TEXT, 60)), rows);
    }

    private static Table shifts(MonthReport r, OncallConfig config, ZoneId zone, String tz) {
        List<List<Object>> rows = new ArrayList<>();
        for (ShiftLine l : r.shifts()) {
            rows.add(row(l.shift().rotationId(), l.shift().layer().label(), l.shift().memberId(), config.displayName(l.shift().memberId()),
                    local(l.shift().start(), zone), local(l.shift().end(), zone), hours(l.inMonth()), (long) l.restDaysCredited()));
        }
        return new Table("Shifts", "shifts", List.of(
                new Column("Rotation", Kind.TEXT, 16), new Column("Layer", Kind.TEXT, 10), new Column("Member", Kind.TEXT, 12),
                new Column("Name", Kind.TEXT, 20), new Column("Start" + tz, Kind.DATETIME, 24), new Column("End" + tz, Kind.DATETIME, 24),
                new Column("Hours in month", Kind.DECIMAL, 15), new Column("Duty days credited", Kind.INTEGER, 19)), rows);
    }

    private static Table attendance(MonthReport r, OncallConfig config, ZoneId zone, String tz) {
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceLine l : r.attendance()) {
            rows.add(row(l.memberId(), config.displayName(l.memberId()), l.day(), l.dayKind().label(), local(l.start(), zone),
                    l.end() == null ? null : local(l.end(), zone), local(l.countedEnd(), zone), hours(l.countedInMonth()), l.note(), l.flag()));
        }
        return new Table("Attendance", "attendance", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Day", Kind.DATE, 12),
                new Column("Day kind", Kind.TEXT, 10), new Column("Clock-in" + tz, Kind.DATETIME, 24),
                new Column("Clock-out" + tz, Kind.DATETIME, 24), new Column("Counted until" + tz, Kind.DATETIME, 28),
                new Column("Hours in month", Kind.DECIMAL, 15), new Column("Note", Kind.TEXT, 24), new Column("Flag", Kind.TEXT, 44)), rows);
    }

    private static Table incidents(MonthReport r, OncallConfig config, ZoneId zone, String tz) {
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentLine l : r.incidents()) {
            String ack = l.incident().acknowledgedBy();
            rows.add(row(l.incident().number(), local(l.incident().triggeredAt(), zone), ack == null ? null : config.displayName(ack),
                    l.night() ? "yes" : "no", l.creditedTo() == null ? null : config.displayName(l.creditedTo()), l.incident().summary()));
        }
        return new Table("Incidents", "incidents", List.of(
                new Column("Number", Kind.INTEGER, 9), new Column("Triggered" + tz, Kind.DATETIME, 24),
                new Column("Acknowledged by", Kind.TEXT, 20), new Column("Night page", Kind.TEXT, 11),
                new Column("Credited to", Kind.TEXT, 20), new Column("Summary", Kind.TEXT, 60)), rows);
    }

    private static Table notes(MonthReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Team", r.teamName() + " (" + r.teamId() + ")", null));
        rows.add(row("Month", r.month().toString() + (r.partial() ? " (partial)" : ""), null));
        rows.add(row("Time zone", r.zone().toString(), null));
        r.policy().forEach(p -> rows.add(row("Policy", p, null)));
        for (Holiday h : r.holidays()) {
            rows.add(row("Holiday", h.name(), h.date()));
        }
        r.notes().forEach(n -> rows.add(row("Note", n, null)));
        return new Table("Notes", "notes", List.of(new Column("Topic", Kind.TEXT, 12), new Column("Text", Kind.TEXT, 90),
                new Column("Date", Kind.DATE, 12)), rows);
    }

    static List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells)));
    }

    private static LocalDateTime local(Instant t, ZoneId zone) {
        return LocalDateTime.ofInstant(t, zone);
    }

    static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
