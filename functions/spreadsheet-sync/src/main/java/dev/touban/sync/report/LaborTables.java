package dev.touban.sync.report;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.LaborReport;
import dev.touban.domain.labor.LaborReport.CompDayLot;
import dev.touban.domain.labor.LaborReport.DayOffLine;
import dev.touban.domain.labor.LaborReport.PersonLabor;
import dev.touban.domain.labor.LaborReport.TraceLine;
import dev.touban.domain.labor.StandbyKind;
import dev.touban.domain.labor.WorkBucket;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Msg;
import dev.touban.sync.report.Column.Kind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The labor-law view as tables of the HR workbook, beside the comp-day sheets: "Labor summary"
 * (a row per person), "Labor trace" (each item a figure counts, the way the comp-day sheet
 * explains each award), "Days off" (振替休日 and 代休), "Comp-day balance" (lots with their last
 * day), "Lapsing soon" (the warning list) and "Labor notes" (the rules in words).
 */
public final class LaborTables {
    private LaborTables() {}

    public static List<Table> of(LaborReport report, OncallConfig config, Language language) {
        Headings h = new Headings(language);
        return List.of(summary(report, config, h), trace(report, config, h), dayOffs(report, config, h), balance(report, config, h),
                lapsing(report, config, h), notes(report, h));
    }

    private static Table summary(LaborReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonLabor p : r.people()) {
            List<Object> cells = new ArrayList<>(List.of(p.memberId(), config.displayName(p.memberId())));
            for (StandbyKind k : StandbyKind.values()) {
                cells.add((long) p.standby(k));
            }
            for (WorkBucket b : WorkBucket.values()) {
                cells.add(p.minutes(b));
            }
            cells.add((long) p.legalHolidayWorkDays());
            cells.add(p.premiumOwedMinutes());
            cells.add(p.compDayBalance());
            cells.add(p.lapsingSoon());
            rows.add(ReportTables.row(cells.toArray()));
        }
        List<Column> columns = new ArrayList<>(List.of(h.member(), h.name()));
        for (StandbyKind k : StandbyKind.values()) {
            columns.add(h.column(Msg.COL_STANDBY, Kind.INTEGER, 16, "kind", h.say(standby(k))));
        }
        for (WorkBucket b : WorkBucket.values()) {
            columns.add(h.column(Msg.COL_CALL_OUT, Kind.INTEGER, 18, "bucket", h.say(bucket(b))));
        }
        columns.add(h.column(Msg.COL_LEGAL_HOLIDAY_WORK_DAYS, Kind.INTEGER, 20));
        columns.add(h.column(Msg.COL_PREMIUM_OWED_MINUTES, Kind.INTEGER, 20));
        columns.add(h.column(Msg.COL_COMP_DAY_BALANCE, Kind.DECIMAL, 16));
        columns.add(h.column(Msg.COL_LAPSING_SOON, Kind.DECIMAL, 13));
        return new Table(h.say(Msg.SHEET_LABOR_SUMMARY), "labor-summary", columns, rows);
    }

    private static Msg standby(StandbyKind k) {
        return switch (k) {
            case WEEKDAY -> Msg.STANDBY_WEEKDAY;
            case WEEKEND -> Msg.STANDBY_WEEKEND;
            case PUBLIC_HOLIDAY -> Msg.STANDBY_PUBLIC_HOLIDAY;
            case LEGAL_HOLIDAY -> Msg.STANDBY_LEGAL_HOLIDAY;
        };
    }

    private static Msg bucket(WorkBucket b) {
        return switch (b) {
            case ORDINARY -> Msg.BUCKET_ORDINARY;
            case NIGHT -> Msg.BUCKET_NIGHT;
            case LEGAL_HOLIDAY -> Msg.BUCKET_LEGAL_HOLIDAY;
            case LEGAL_HOLIDAY_NIGHT -> Msg.BUCKET_LEGAL_HOLIDAY_NIGHT;
        };
    }

    private static Table trace(LaborReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraceLine l : r.trace()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.figure().label(), l.day(),
                    local(l.start(), r.zone()), local(l.end(), r.zone()), l.amount(), l.kind(), l.rate(), l.detail()));
        }
        return new Table(h.say(Msg.SHEET_LABOR_TRACE), "labor-trace", List.of(
                h.member(), h.name(), h.column(Msg.COL_FIGURE, Kind.TEXT, 26),
                h.column(Msg.COL_WORKER_DAY, Kind.DATE, 12), h.zoned(Msg.COL_FROM, 22, r.zone()),
                h.zoned(Msg.COL_TO, 22, r.zone()), h.column(Msg.COL_AMOUNT, Kind.INTEGER, 12),
                h.column(Msg.COL_KIND, Kind.TEXT, 20), h.column(Msg.COL_PREMIUM_PERCENT, Kind.DECIMAL, 10), h.column(Msg.COL_WHY, Kind.TEXT, 90)),
                rows);
    }

    private static Table dayOffs(LaborReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayOffLine l : r.dayOffs()) {
            DayOff d = l.dayOff();
            rows.add(ReportTables.row(d.memberId(), config.displayName(d.memberId()), d.workedDay(), d.dayOff(), d.kind().label(),
                    local(d.recordedAt(), r.zone()), config.displayName(d.recordedBy()), l.legalHolidayMinutes(),
                    l.premiumOwed() ? "yes" : "no", l.detail()));
        }
        return new Table(h.say(Msg.SHEET_DAYS_OFF), "days-off", List.of(
                h.member(), h.name(), h.column(Msg.COL_WORKED_DAY, Kind.DATE, 12),
                h.column(Msg.COL_DAY_OFF, Kind.DATE, 12), h.column(Msg.COL_KIND, Kind.TEXT, 26), h.zoned(Msg.COL_RECORDED, 22, r.zone()),
                h.column(Msg.COL_RECORDED_BY, Kind.TEXT, 20), h.column(Msg.COL_LEGAL_HOLIDAY_WORK_MINUTES, Kind.INTEGER, 14),
                h.column(Msg.COL_PREMIUM_OWED, Kind.TEXT, 12), h.column(Msg.COL_WHY, Kind.TEXT, 80)), rows);
    }

    private static Table balance(LaborReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (CompDayLot l : r.lots()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.earned(), l.days(), l.used(), l.lapsed(),
                    l.remaining(), l.lastDay(), l.status().label(), l.detail()));
        }
        return new Table(h.say(Msg.SHEET_COMP_DAY_BALANCE), "comp-day-balance", List.of(
                h.member(), h.name(), h.column(Msg.COL_EARNED_ON, Kind.DATE, 12),
                h.column(Msg.COL_DAYS, Kind.DECIMAL, 8), h.column(Msg.COL_USED, Kind.DECIMAL, 10), h.column(Msg.COL_LAPSED, Kind.DECIMAL, 8),
                h.column(Msg.COL_REMAINING, Kind.DECIMAL, 10), h.column(Msg.COL_LAST_DAY, Kind.DATE, 12), h.column(Msg.COL_STATUS, Kind.TEXT, 12),
                h.column(Msg.COL_WHY, Kind.TEXT, 80)), rows);
    }

    private static Table lapsing(LaborReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (CompDayLot l : r.lapsingSoon()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.earned(), l.remaining(), l.lastDay(),
                    ChronoUnit.DAYS.between(r.asOf(), l.lastDay()) + 1));
        }
        return new Table(h.say(Msg.SHEET_LAPSING_SOON), "lapsing-soon", List.of(
                h.member(), h.name(), h.column(Msg.COL_EARNED_ON, Kind.DATE, 12),
                h.column(Msg.COL_REMAINING, Kind.DECIMAL, 10), h.column(Msg.COL_LAST_DAY, Kind.DATE, 12),
                h.column(Msg.COL_DAYS_LEFT, Kind.INTEGER, 22, "date", r.asOf())), rows);
    }

    private static Table notes(LaborReport r, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ReportTables.row("Month", r.month() + (r.partial() ? " (partial)" : "")));
        rows.add(ReportTables.row("Balances as of", r.asOf() + " 00:00 " + r.zone()));
        r.policy().forEach(p -> rows.add(ReportTables.row("Rule", p)));
        r.notes().forEach(n -> rows.add(ReportTables.row("Note", n)));
        return new Table(h.say(Msg.SHEET_LABOR_NOTES), "labor-notes", List.of(h.column(Msg.COL_TOPIC, Kind.TEXT, 14),
                h.column(Msg.COL_TEXT, Kind.TEXT, 110)), rows);
    }

    private static LocalDateTime local(Instant t, ZoneId zone) {
        return LocalDateTime.ofInstant(t, zone);
    }
}
