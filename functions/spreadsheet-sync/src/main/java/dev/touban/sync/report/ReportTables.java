package dev.touban.sync.report;

import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.PersonMonth;
import dev.touban.domain.compday.ReportLines.AttendanceLine;
import dev.touban.domain.compday.ReportLines.IncidentLine;
import dev.touban.domain.compday.ReportLines.ShiftLine;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.holiday.Holiday;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Msg;
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

/**
 * Turns a month report into the tables HR gets: Summary, Comp days, Shifts, Attendance, Incidents,
 * Notes, their sheet names and headers in {@code language}.
 */
public final class ReportTables {
    private ReportTables() {}

    public static List<Table> of(MonthReport report, OncallConfig config, Language language) {
        Headings h = new Headings(language);
        ZoneId zone = report.zone();
        return List.of(summary(report, config, h), compDays(report, config, h), shifts(report, config, zone, h),
                attendance(report, config, zone, h), incidents(report, config, zone, h), notes(report, h));
    }

    private static Table summary(MonthReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonMonth p : r.people()) {
            rows.add(row(p.memberId(), config.displayName(p.memberId()), (long) p.dutyDays(), (long) p.weekendDays(),
                    (long) p.holidayDays(), hours(p.clocked()), (long) p.nightPages(), p.compDays()));
        }
        return new Table(h.say(Msg.SHEET_SUMMARY), "summary", List.of(
                h.member(), h.name(),
                h.column(Msg.COL_DUTY_DAYS, Kind.INTEGER, 11), h.column(Msg.COL_WEEKEND_DAYS, Kind.INTEGER, 14),
                h.column(Msg.COL_HOLIDAY_DAYS, Kind.INTEGER, 13), h.column(Msg.COL_CLOCKED_HOURS, Kind.DECIMAL, 14),
                h.column(Msg.COL_NIGHT_PAGES, Kind.INTEGER, 12), h.column(Msg.COL_COMP_DAYS_EARNED, Kind.DECIMAL, 17)), rows);
    }

    private static Table compDays(MonthReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (Award a : r.awards()) {
            rows.add(row(a.memberId(), config.displayName(a.memberId()), a.kind() == null ? null : a.day(),
                    a.kind() == null ? "month" : a.kind().label(), a.holidayName(), a.rule().label(), a.days(), a.detail()));
        }
        return new Table(h.say(Msg.SHEET_COMP_DAYS), "comp-days", List.of(
                h.member(), h.name(), h.column(Msg.COL_DATE, Kind.DATE, 12),
                h.column(Msg.COL_DAY, Kind.TEXT, 10), h.column(Msg.COL_HOLIDAY, Kind.TEXT, 18), h.column(Msg.COL_RULE, Kind.TEXT, 32),
                h.column(Msg.COL_DAYS, Kind.DECIMAL, 8), h.column(Msg.COL_WHY, Kind.TEXT, 60)), rows);
    }

    private static Table shifts(MonthReport r, OncallConfig config, ZoneId zone, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (ShiftLine l : r.shifts()) {
            rows.add(row(l.shift().rotationId(), l.shift().layer().label(), l.shift().memberId(), config.displayName(l.shift().memberId()),
                    local(l.shift().start(), zone), local(l.shift().end(), zone), hours(l.inMonth()), (long) l.restDaysCredited()));
        }
        return new Table(h.say(Msg.SHEET_SHIFTS), "shifts", List.of(
                h.column(Msg.COL_ROTATION, Kind.TEXT, 16), h.column(Msg.COL_LAYER, Kind.TEXT, 10), h.member(),
                h.name(), h.zoned(Msg.COL_START, 24, zone), h.zoned(Msg.COL_END, 24, zone),
                h.column(Msg.COL_HOURS_IN_MONTH, Kind.DECIMAL, 15), h.column(Msg.COL_DUTY_DAYS_CREDITED, Kind.INTEGER, 19)), rows);
    }

    private static Table attendance(MonthReport r, OncallConfig config, ZoneId zone, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceLine l : r.attendance()) {
            rows.add(row(l.memberId(), config.displayName(l.memberId()), l.day(), l.dayKind().label(), local(l.start(), zone),
                    l.end() == null ? null : local(l.end(), zone), local(l.countedEnd(), zone), hours(l.countedInMonth()), l.note(), l.flag()));
        }
        return new Table(h.say(Msg.SHEET_ATTENDANCE), "attendance", List.of(
                h.member(), h.name(), h.column(Msg.COL_DAY_DATE, Kind.DATE, 12),
                h.column(Msg.COL_DAY_KIND, Kind.TEXT, 10), h.zoned(Msg.COL_CLOCK_IN, 24, zone),
                h.zoned(Msg.COL_CLOCK_OUT, 24, zone), h.zoned(Msg.COL_COUNTED_UNTIL, 28, zone),
                h.column(Msg.COL_HOURS_IN_MONTH, Kind.DECIMAL, 15), h.column(Msg.COL_NOTE, Kind.TEXT, 24), h.column(Msg.COL_FLAG, Kind.TEXT, 44)),
                rows);
    }

    private static Table incidents(MonthReport r, OncallConfig config, ZoneId zone, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentLine l : r.incidents()) {
            String ack = l.incident().acknowledgedBy();
            rows.add(row(l.incident().number(), local(l.incident().triggeredAt(), zone), ack == null ? null : config.displayName(ack),
                    l.night() ? "yes" : "no", l.creditedTo() == null ? null : config.displayName(l.creditedTo()), l.incident().summary()));
        }
        return new Table(h.say(Msg.SHEET_INCIDENTS), "incidents", List.of(
                h.column(Msg.COL_NUMBER, Kind.INTEGER, 9), h.zoned(Msg.COL_TRIGGERED, 24, zone),
                h.column(Msg.COL_ACKNOWLEDGED_BY, Kind.TEXT, 20), h.column(Msg.COL_NIGHT_PAGE, Kind.TEXT, 11),
                h.column(Msg.COL_CREDITED_TO, Kind.TEXT, 20), h.column(Msg.COL_SUMMARY, Kind.TEXT, 60)), rows);
    }

    private static Table notes(MonthReport r, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Team", r.teamName() + " (" + r.teamId() + ")", null));
        rows.add(row("Month", r.month().toString() + (r.partial() ? " (partial)" : ""), null));
        rows.add(row("Time zone", r.zone().toString(), null));
        r.policy().forEach(p -> rows.add(row("Policy", p, null)));
        for (Holiday holiday : r.holidays()) {
            rows.add(row("Holiday", holiday.name(), holiday.date()));
        }
        r.notes().forEach(n -> rows.add(row("Note", n, null)));
        return new Table(h.say(Msg.SHEET_NOTES), "notes", List.of(h.column(Msg.COL_TOPIC, Kind.TEXT, 12), h.column(Msg.COL_TEXT, Kind.TEXT, 90),
                h.column(Msg.COL_DATE, Kind.DATE, 12)), rows);
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
